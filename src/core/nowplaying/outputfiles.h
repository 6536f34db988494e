#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <QCoroTask>

#include <optional>

class NowPlaying;
class Settings;
struct PlaybackState;

// Text files and the cover for OBS's Text and Image sources, in the folder of the
// `output_folder` setting: title.txt, artists.txt, album.txt, now-playing.txt (the
// `output_pattern` line) and cover.jpg. Each is replaced atomically (a temporary file in the
// same folder, then a rename) and only when its content changes; while paused or when nothing
// plays, the texts are emptied and the cover removed, unless `output_keep_when_paused`. Only
// MelodyHue's own files are ever replaced or removed (OutputFolder): a file of the user's at one
// of these names is left alone and named in the problem. The writing happens on a worker
// thread: the folder may be a slow or unplugged drive.
class OutputFiles : public QObject
{
    Q_OBJECT

public:
    OutputFiles(const NowPlaying &nowPlaying, const Settings &settings, QObject *parent = nullptr);
    ~OutputFiles() override;

    static QStringList fileNames();
    // What went wrong with the last write, as a sentence with what to do; empty when fine.
    QString problem() const { return m_problem; }
    // The folder written to, once a write there has succeeded.
    QString writtenFolder() const { return m_writtenFolder; }

Q_SIGNALS:
    void problemChanged();
    // A write finished (successfully or not).
    void written();

private:
    // A file's new content, or nullopt to remove it.
    using Content = std::optional<QByteArray>;

    void schedule();
    QHash<QString, Content> wanted(const PlaybackState &state) const;
    QCoro::Task<> writePending();
    void setProblem(const QString &problem);
    static QString notOursProblem(const QString &folder, const QStringList &names);

    const NowPlaying &m_nowPlaying;
    const Settings &m_settings;
    QTimer m_coalesce;
    bool m_writing = false;
    bool m_again = false;
    QString m_folder;
    // What the folder holds now, as far as MelodyHue wrote it.
    QHash<QString, Content> m_written;
    QString m_writtenFolder;
    QString m_problem;
};
