// The files for OBS's Text and Image sources: written in the chosen folder, each replaced in
// one piece and only when it changes, emptied while paused (or kept), one line of text whatever
// the title holds, and a clear problem when the folder is gone or cannot be written.

#include "support/syntheticcovers.h"

#include "library/database.h"
#include "nowplaying/nowplaying.h"
#include "nowplaying/outputfiles.h"
#include "settings/settings.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

PlaybackState playing(const QString &title, const QStringList &artists = {QStringLiteral("Daft Punk")})
{
    PlaybackState state;
    state.isPlaying = true;
    Track track;
    track.id = QStringLiteral("t1");
    track.title = title;
    track.artists = artists;
    track.album = QStringLiteral("Discovery");
    track.durationMs = 200000;
    state.track = track;
    state.progressAt = QDateTime::currentDateTimeUtc();
    state.coverImage = encoded(SyntheticCovers::flat(QColor(0x20, 0x60, 0xc0), 3, 64).image, "JPG");
    state.coverMimeType = QByteArrayLiteral("image/jpeg");
    return state;
}

QString read(const QString &folder, const QString &name)
{
    QFile file(QDir(folder).filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<missing>");
}

ino_t inode(const QString &path)
{
    struct stat info {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

class TestOutputFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<NowPlaying> m_nowPlaying;
    std::unique_ptr<OutputFiles> m_outputs;
    std::unique_ptr<QTemporaryDir> m_folderDir;
    QString folder() const { return m_folderDir->path(); }

    bool writeNow(const PlaybackState &state)
    {
        QSignalSpy written(m_outputs.get(), &OutputFiles::written);
        m_nowPlaying->setState(state);
        return written.wait(5000);
    }

private Q_SLOTS:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_folderDir = std::make_unique<QTemporaryDir>();
        m_database = Database::open(m_data->filePath(QStringLiteral("melodyhue.sqlite"))).value();
        m_settings = std::make_unique<Settings>(*m_database);
        m_nowPlaying = std::make_unique<NowPlaying>();
        m_outputs = std::make_unique<OutputFiles>(*m_nowPlaying, *m_settings);
    }

    void cleanup()
    {
        m_outputs.reset();
        m_nowPlaying.reset();
        m_settings.reset();
        m_database.reset();
        m_folderDir.reset();
        m_data.reset();
    }

    void withoutAFolder_nothingIsWritten()
    {
        QSignalSpy written(m_outputs.get(), &OutputFiles::written);
        m_nowPlaying->setState(playing(QStringLiteral("One More Time")));
        // The write would start from the next turn of the event loop.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(written.count(), 0);
        QVERIFY(QDir(folder()).isEmpty());
        QVERIFY(m_outputs->problem().isEmpty());
    }

    void whatPlays_isWrittenAsFiles()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(
            playing(QStringLiteral("One More Time"), {QStringLiteral("Daft Punk"), QStringLiteral("Romanthony")})));
        QCOMPARE(read(folder(), QStringLiteral("title.txt")), QStringLiteral("One More Time"));
        QCOMPARE(read(folder(), QStringLiteral("artists.txt")), QStringLiteral("Daft Punk, Romanthony"));
        QCOMPARE(read(folder(), QStringLiteral("album.txt")), QStringLiteral("Discovery"));
        QCOMPARE(
            read(folder(), QStringLiteral("now-playing.txt")), QStringLiteral("Daft Punk, Romanthony — One More Time"));
        QImage cover;
        QVERIFY(cover.load(QDir(folder()).filePath(QStringLiteral("cover.jpg")), "JPG"));
        QCOMPARE(cover.size(), QSize(64, 64));
        // Nothing else: no temporary file left behind.
        QStringList names = QDir(folder()).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        QStringList expected = OutputFiles::fileNames();
        expected.sort();
        QCOMPARE(names, expected);
        QVERIFY(m_outputs->problem().isEmpty());
        QCOMPARE(m_outputs->writtenFolder(), folder());
    }

    void theLine_followsThePattern()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(m_settings->set(SettingKey::OutputPattern, QStringLiteral("♪ {title} ({album})")));
        QVERIFY(writeNow(playing(QStringLiteral("Aerodynamic"))));
        QCOMPARE(read(folder(), QStringLiteral("now-playing.txt")), QStringLiteral("♪ Aerodynamic (Discovery)"));

        // With no artists, the default pattern leaves no dash hanging.
        QVERIFY(m_settings->set(SettingKey::OutputPattern, QStringLiteral("{artists} — {title}")));
        QVERIFY(writeNow(playing(QStringLiteral("Voyager"), {})));
        QCOMPARE(read(folder(), QStringLiteral("now-playing.txt")), QStringLiteral("Voyager"));
    }

    void aTitleWithLineBreaks_staysOneLine()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(playing(QStringLiteral("Line\nbreak\r\tand\x01 more"))));
        QCOMPARE(read(folder(), QStringLiteral("title.txt")), QStringLiteral("Line break and more"));
    }

    void whilePaused_theFilesAreEmptied_unlessKept()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(playing(QStringLiteral("Digital Love"))));
        PlaybackState paused = playing(QStringLiteral("Digital Love"));
        paused.isPlaying = false;
        QVERIFY(writeNow(paused));
        QCOMPARE(read(folder(), QStringLiteral("title.txt")), QString());
        QCOMPARE(read(folder(), QStringLiteral("now-playing.txt")), QString());
        QVERIFY(!QFile::exists(QDir(folder()).filePath(QStringLiteral("cover.jpg"))));

        QSignalSpy written(m_outputs.get(), &OutputFiles::written);
        QVERIFY(m_settings->set(SettingKey::OutputKeepWhenPaused, true));
        QVERIFY(written.wait(5000));
        QCOMPARE(read(folder(), QStringLiteral("title.txt")), QStringLiteral("Digital Love"));
        QVERIFY(QFile::exists(QDir(folder()).filePath(QStringLiteral("cover.jpg"))));
    }

    void aCoverInAnotherFormat_becomesAJpeg()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        PlaybackState state = playing(QStringLiteral("Crescendolls"));
        state.coverImage = encoded(SyntheticCovers::flat(QColor(0xe0, 0x30, 0x30), 4, 80).image, "PNG");
        state.coverMimeType = QByteArrayLiteral("image/png");
        QVERIFY(writeNow(state));
        QFile file(QDir(folder()).filePath(QStringLiteral("cover.jpg")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(3) == QByteArray("\xff\xd8\xff"));
    }

    void onlyWhatChanged_isReplaced()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        PlaybackState state = playing(QStringLiteral("Superheroes"));
        QVERIFY(writeNow(state));
        const QString title = QDir(folder()).filePath(QStringLiteral("title.txt"));
        const QString cover = QDir(folder()).filePath(QStringLiteral("cover.jpg"));
        const ino_t titleBefore = inode(title);
        const ino_t coverBefore = inode(cover);
        // Only the cover changes: title.txt stays the very same file.
        state.coverImage = encoded(SyntheticCovers::flat(QColor(0x10, 0xa0, 0x40), 5, 64).image, "JPG");
        QVERIFY(writeNow(state));
        QCOMPARE(inode(title), titleBefore);
        QVERIFY(inode(cover) != coverBefore);
    }

    void aFolderThatIsGone_isSaidClearly_andWrittenOnceBack()
    {
        const QString drive = QDir(folder()).filePath(QStringLiteral("usb-drive"));
        QVERIFY(m_settings->set(SettingKey::OutputFolder, drive));
        QSignalSpy problem(m_outputs.get(), &OutputFiles::problemChanged);
        m_nowPlaying->setState(playing(QStringLiteral("Face to Face")));
        QVERIFY(problem.wait(5000));
        QVERIFY2(m_outputs->problem().contains(QStringLiteral("is not there")), qPrintable(m_outputs->problem()));
        QVERIFY(m_outputs->problem().contains(QStringLiteral("Settings → Outputs")));
        QVERIFY(!QFile::exists(drive));

        QVERIFY(QDir().mkpath(drive));
        QVERIFY(writeNow(playing(QStringLiteral("Too Long"))));
        QVERIFY(m_outputs->problem().isEmpty());
        QCOMPARE(read(drive, QStringLiteral("title.txt")), QStringLiteral("Too Long"));
        QCOMPARE(read(drive, QStringLiteral("album.txt")), QStringLiteral("Discovery"));
    }

    void aFileThatCannotBeWritten_isSaid()
    {
        QVERIFY(QDir(folder()).mkdir(QStringLiteral("title.txt")));
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(playing(QStringLiteral("Short Circuit"))));
        QVERIFY2(m_outputs->problem().startsWith(QStringLiteral("Writing ")), qPrintable(m_outputs->problem()));
        QVERIFY(m_outputs->problem().contains(QStringLiteral("title.txt")));
    }

    void badSettings_areRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("relative folder") << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("obs/files"));
        QTest::newRow("folder with a line break")
            << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/tmp/a\nb"));
        QTest::newRow("folder not text") << QStringLiteral("output_folder") << QJsonValue(3);
        QTest::newRow("unknown placeholder")
            << QStringLiteral("output_pattern") << QJsonValue(QStringLiteral("{track}"));
        QTest::newRow("empty line") << QStringLiteral("output_pattern") << QJsonValue(QStringLiteral("  "));
        QTest::newRow("two lines") << QStringLiteral("output_pattern")
                                   << QJsonValue(QStringLiteral("{title}\n{artists}"));
        QTest::newRow("keep not a boolean")
            << QStringLiteral("output_keep_when_paused") << QJsonValue(QStringLiteral("yes"));
    }

    void badSettings_areRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const QJsonObject before = m_settings->publicJson();
        const auto updated = m_settings->update({{key, value}});
        QVERIFY(!updated);
        QVERIFY2(updated.errorMessage().contains(key), qPrintable(updated.errorMessage()));
        QCOMPARE(m_settings->publicJson(), before);
    }
};

QTEST_MAIN(TestOutputFiles)
#include "tst_outputfiles.moc"
