// The files for OBS's Text and Image sources: written in the chosen folder, each replaced in
// one piece and only when it changes, emptied while paused (or kept), one line of text whatever
// the title holds, and a clear problem when the folder is gone or cannot be written. The folder
// is the user's: files MelodyHue did not write there (or that changed since), links and folders
// at its names are left exactly as they are, and said in the window and the API.

#include "support/filesizelimit.h"
#include "support/rawhttp.h"
#include "support/serverfixture.h"
#include "support/syntheticcovers.h"

#include "nowplaying/nowplaying.h"
#include "nowplaying/outputfiles.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
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

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
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
        // ...but MelodyHue's record of what it wrote.
        QStringList expected = OutputFiles::fileNames() << QStringLiteral(".melodyhue-outputs.json");
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

    void aFileThatCannotBeWritten_isSaid_andLeavesNoPart()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        PlaybackState state = playing(QStringLiteral("Short Circuit"));
        state.coverImage = encoded(SyntheticCovers::photo(QColor(0x30, 0x80, 0x50), 21).image, "JPG");
        QVERIFY(state.coverImage.size() > 16 * 1024);
        {
            // Room for the texts, not for the cover: as a drive that fills up.
            FileSizeLimit full(8 * 1024);
            QVERIFY(writeNow(state));
        }
        QVERIFY2(m_outputs->problem().contains(QStringLiteral("There is no room left for")),
            qPrintable(m_outputs->problem()));
        QVERIFY(m_outputs->problem().contains(QStringLiteral("free space")));
        QVERIFY(m_outputs->problem().contains(QStringLiteral("cover.jpg")));
        QVERIFY(!QFile::exists(QDir(folder()).filePath(QStringLiteral("cover.jpg"))));
        QVERIFY(QDir(folder()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());

        // Once there is room again, everything is written.
        QVERIFY(writeNow(playing(QStringLiteral("Fresh"))));
        QVERIFY(m_outputs->problem().isEmpty());
        QVERIFY(QFile::exists(QDir(folder()).filePath(QStringLiteral("cover.jpg"))));
    }

    void theUsersOwnFiles_areLeftAlone()
    {
        const QDir dir(folder());
        // An album folder: its cover and a text of the user's, at names MelodyHue uses.
        const QByteArray albumCover = encoded(SyntheticCovers::flat(QColor(0x90, 0x20, 0x20), 9, 300).image, "JPG");
        QVERIFY(writeFile(dir.filePath(QStringLiteral("cover.jpg")), albumCover));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("title.txt")), "My own notes"));
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(playing(QStringLiteral("Harder, Better"))));
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("cover.jpg"))), albumCover);
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("title.txt"))), QByteArray("My own notes"));
        QCOMPARE(read(folder(), QStringLiteral("album.txt")), QStringLiteral("Discovery"));
        QVERIFY2(
            m_outputs->problem().contains(QStringLiteral("cover.jpg, title.txt")), qPrintable(m_outputs->problem()));

        // Paused: MelodyHue empties its own files, never the user's.
        PlaybackState paused = playing(QStringLiteral("Harder, Better"));
        paused.isPlaying = false;
        QVERIFY(writeNow(paused));
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("cover.jpg"))), albumCover);
        QCOMPARE(bytesOf(dir.filePath(QStringLiteral("title.txt"))), QByteArray("My own notes"));
        QCOMPARE(read(folder(), QStringLiteral("album.txt")), QString());
    }

    void aFileChangedSinceMelodyHueWroteIt_isTheUsersNow()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(playing(QStringLiteral("Veridis Quo"))));
        const QString title = QDir(folder()).filePath(QStringLiteral("title.txt"));
        QVERIFY(writeFile(title, "Edited by hand"));
        QVERIFY(writeNow(playing(QStringLiteral("Something About Us"))));
        QCOMPARE(bytesOf(title), QByteArray("Edited by hand"));
        QCOMPARE(read(folder(), QStringLiteral("now-playing.txt")), QStringLiteral("Daft Punk — Something About Us"));
        QVERIFY(m_outputs->problem().contains(QStringLiteral("title.txt")));
    }

    void aLinkPlantedAtAName_isNeverFollowed()
    {
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("precious.txt"));
        QVERIFY(writeFile(target, "precious"));
        const QString link = QDir(folder()).filePath(QStringLiteral("title.txt"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(playing(QStringLiteral("Fresh"))));
        QCOMPARE(bytesOf(target), QByteArray("precious"));
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(m_outputs->problem().contains(QStringLiteral("title.txt")));
        QCOMPARE(read(folder(), QStringLiteral("artists.txt")), QStringLiteral("Daft Punk"));
    }

    void itsOwnFiles_areKnownAgainAfterARestart()
    {
        QVERIFY(m_settings->set(SettingKey::OutputFolder, folder()));
        QVERIFY(writeNow(playing(QStringLiteral("Revolution 909"))));
        m_outputs = std::make_unique<OutputFiles>(*m_nowPlaying, *m_settings);
        QVERIFY(writeNow(playing(QStringLiteral("Da Funk"))));
        QCOMPARE(read(folder(), QStringLiteral("title.txt")), QStringLiteral("Da Funk"));
        QVERIFY(m_outputs->problem().isEmpty());
    }

    void theApi_saysWhatWentWrong()
    {
        ServerFixture app;
        QVERIFY(writeFile(QDir(folder()).filePath(QStringLiteral("title.txt")), "mine"));
        const QList<QPair<QByteArray, QByteArray>> key{{"Authorization", app.bearer()}};
        QCOMPARE(httpRequest(app.port(), "GET", "/api/outputs", key).json().value(QStringLiteral("problem")),
            QJsonValue(QJsonValue::Null));
        QCOMPARE(httpRequest(app.port(), "PATCH", "/settings/me",
                     {{"Authorization", app.bearer()}, {"Content-Type", "application/json"}},
                     QJsonDocument(QJsonObject{{QStringLiteral("output_folder"), folder()}}).toJson())
                     .status,
            200);
        QSignalSpy written(app.outputs.get(), &OutputFiles::written);
        app.nowPlaying.setState(playing(QStringLiteral("Rollin' & Scratchin'")));
        QVERIFY(written.wait(5000));
        const QJsonObject status = httpRequest(app.port(), "GET", "/api/outputs", key).json();
        QCOMPARE(status.value(QStringLiteral("folder")).toString(), folder());
        QVERIFY2(status.value(QStringLiteral("problem")).toString().contains(QStringLiteral("title.txt")),
            QJsonDocument(status).toJson().constData());
        QCOMPARE(httpRequest(app.port(), "GET", "/api/outputs").status, 401);
    }

    void badSettings_areRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("relative folder") << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("obs/files"));
        QTest::newRow("folder with a line break")
            << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/tmp/a\nb"));
        QTest::newRow("folder not text") << QStringLiteral("output_folder") << QJsonValue(3);
        QTest::newRow("folder with DEL") << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/tmp/a\x7f"));
        QTest::newRow("folder with a C1 control")
            << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/tmp/a\u0085b"));
        QTest::newRow("the root") << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/"));
        QTest::newRow("/etc") << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/etc"));
        QTest::newRow("/proc") << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/proc/self"));
        QTest::newRow("inside /usr") << QStringLiteral("output_folder")
                                     << QJsonValue(QStringLiteral("/tmp/../usr/share/obs"));
        QTest::newRow("/home itself") << QStringLiteral("output_folder") << QJsonValue(QStringLiteral("/home"));
        QTest::newRow("a regular file") << QStringLiteral("output_folder")
                                        << QJsonValue(QCoreApplication::applicationFilePath());
        QTest::newRow("unknown placeholder")
            << QStringLiteral("output_pattern") << QJsonValue(QStringLiteral("{track}"));
        QTest::newRow("empty line") << QStringLiteral("output_pattern") << QJsonValue(QStringLiteral("  "));
        QTest::newRow("two lines") << QStringLiteral("output_pattern")
                                   << QJsonValue(QStringLiteral("{title}\n{artists}"));
        QTest::newRow("keep not a boolean")
            << QStringLiteral("output_keep_when_paused") << QJsonValue(QStringLiteral("yes"));
    }

    void aLinkToASystemFolder_isRefused()
    {
        const QString link = QDir(folder()).filePath(QStringLiteral("obs"));
        QVERIFY(QFile::link(QStringLiteral("/etc"), link));
        const auto updated = m_settings->update({{QStringLiteral("output_folder"), link}});
        QVERIFY(!updated);
        QVERIFY2(updated.errorMessage().contains(QStringLiteral("a folder of the system")),
            qPrintable(updated.errorMessage()));
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
