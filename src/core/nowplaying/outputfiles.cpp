#include "nowplaying/outputfiles.h"

#include "nowplaying/nowplaying.h"
#include "nowplaying/nowplayingline.h"
#include "nowplaying/outputfolder.h"
#include "settings/settings.h"
#include "util/result.h"
#include "util/workerthread.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcOutputs, "melodyhue.outputs")

namespace {

const QString coverFile = u"cover.jpg"_s;

// Runs on a worker thread: the picture was decoded once already, by the cover cache.
QByteArray jpeg(const QByteArray &image, const QByteArray &mimeType, QImage decoded)
{
    if (mimeType == "image/jpeg")
        return image;
    // A state made without its picture (by hand, in a test) is decoded here.
    if (decoded.isNull())
        decoded = QImage::fromData(image);
    if (decoded.isNull())
        return {};
    // JPEG has no transparency: what was transparent becomes black, as OBS would show it.
    if (decoded.hasAlphaChannel())
        decoded = decoded.convertToFormat(QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    decoded.save(&buffer, "JPG", 92);
    return bytes;
}

} // namespace

OutputFiles::OutputFiles(const NowPlaying &nowPlaying, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_nowPlaying(nowPlaying)
    , m_settings(settings)
{
    // One write for a burst of changes (a new track, then its cover a moment later).
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, [this] { writePending(); });
    connect(&nowPlaying, &NowPlaying::changed, this, &OutputFiles::schedule);
    connect(&settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::OutputFolder) || keys.contains(SettingKey::OutputPattern)
            || keys.contains(SettingKey::OutputKeepWhenPaused))
            schedule();
    });
    schedule();
}

OutputFiles::~OutputFiles() = default;

QStringList OutputFiles::fileNames()
{
    return {u"title.txt"_s, u"artists.txt"_s, u"album.txt"_s, u"now-playing.txt"_s, coverFile};
}

void OutputFiles::schedule()
{
    m_coalesce.start();
}

QHash<QString, OutputFiles::Content> OutputFiles::wanted(const PlaybackState &state) const
{
    const bool shows = state.track && (state.isPlaying || m_settings.outputKeepWhenPaused());
    const QString title = shows ? plainLine(state.track->title) : QString();
    const QString artists = shows ? plainLine(state.track->artists.join(u", "_s)) : QString();
    const QString album = shows ? plainLine(state.track->album) : QString();
    const QString line = shows
        ? nowPlayingLine(m_settings.outputPattern(), state.track->title, state.track->artists, state.track->album)
        : QString();
    return {
        {u"title.txt"_s, title.toUtf8()},
        {u"artists.txt"_s, artists.toUtf8()},
        {u"album.txt"_s, album.toUtf8()},
        {u"now-playing.txt"_s, line.toUtf8()},
        {coverFile, shows && !state.coverImage.isEmpty() ? Content(state.coverImage) : Content()},
    };
}

QCoro::Task<> OutputFiles::writePending()
{
    if (m_writing) {
        m_again = true;
        co_return;
    }
    const QString folder = m_settings.outputFolder();
    if (folder != m_folder) {
        // Another folder: it holds nothing of ours yet. One left is left as it was.
        m_folder = folder;
        m_written.clear();
        m_writtenFolder.clear();
    }
    if (folder.isEmpty()) {
        setProblem({});
        co_return;
    }
    const PlaybackState &state = m_nowPlaying.state();
    const QHash<QString, Content> files = wanted(state);
    QHash<QString, Content> changes;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const auto known = m_written.constFind(it.key());
        if (known == m_written.constEnd() || known.value() != it.value())
            changes.insert(it.key(), it.value());
    }
    if (changes.isEmpty())
        co_return;

    m_writing = true;
    QPointer<OutputFiles> self(this);
    const QByteArray mimeType = state.coverMimeType;
    const QImage picture = state.coverPicture;
    auto work = [folder, changes, mimeType, picture] {
        OutputFolder::Changes encoded = changes;
        if (auto cover = encoded.find(coverFile); cover != encoded.end() && cover.value())
            cover.value() = jpeg(*cover.value(), mimeType, picture);
        return OutputFolder::apply(folder, encoded);
    };
    const Result<QStringList> result = co_await onWorkerThread(std::move(work));
    if (!self)
        co_return;
    m_writing = false;
    if (result) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (!result->contains(it.key()))
                m_written.insert(it.key(), it.value());
        }
        m_writtenFolder = folder;
        setProblem(result->isEmpty() ? QString() : notOursProblem(folder, *result));
    } else {
        // Everything is written again next time: the folder may hold anything now.
        m_written.clear();
        setProblem(result.errorMessage());
    }
    Q_EMIT written();
    if (std::exchange(m_again, false) || m_settings.outputFolder() != folder)
        schedule();
}

QString OutputFiles::notOursProblem(const QString &folder, const QStringList &names)
{
    return tr("MelodyHue leaves alone what it did not write in %1: %2. Choose an empty folder in Settings → "
              "Outputs, or move them out of this one.")
        .arg(QDir::toNativeSeparators(folder), names.join(u", "_s));
}

void OutputFiles::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    if (!problem.isEmpty())
        qCWarning(lcOutputs).noquote() << problem;
    Q_EMIT problemChanged();
}
