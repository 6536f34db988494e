// Liked tracks onto drives: the user's music folders scanned with TagLib (files the test makes and
// tags), liked tracks matched by ISRC then by artist, title and duration (and near misses that
// must not match), file names made safe from hostile titles, copies that are byte for byte the
// user's files, the playlist and the lists on each drive, unliked tracks moved aside, a full drive,
// a drive unplugged before and during a sync that carries on by itself when it is back, and
// /api/drives.

#include "support/filesizelimit.h"
#include "support/musicfiles.h"
#include "support/spotifyconnection.h"

#include "library/musicscanner.h"
#include "library/trackmatcher.h"
#include "settings/settings.h"
#include "storage/drivestable.h"
#include "sync/filenamer.h"
#include "sync/syncengine.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `folder`, relative, sorted.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

qsizetype countEndingWith(const QStringList &files, const QString &suffix)
{
    return std::count_if(files.cbegin(), files.cend(), [&](const QString &file) { return file.endsWith(suffix); });
}

MusicFileTags tagsOf(const FakeSpotifyLibrary::Track &track, bool withIsrc)
{
    return {track.title, track.artists.join(u", "_s), track.album, withIsrc ? track.isrc : QString(), 1};
}

LikedTrack likedTrack(const QString &title, const QStringList &artists, qint64 durationMs, const QString &isrc = {})
{
    LikedTrack track;
    track.service = u"spotify"_s;
    track.id = u"id-"_s + title;
    track.title = title;
    track.artists = artists;
    track.album = u"Album"_s;
    track.durationMs = durationMs;
    track.isrc = isrc;
    return track;
}

// A connected Spotify with `likes` liked tracks, a music folder and two drives in a temporary
// folder of the test's.
struct DriveSetup : SpotifyConnection {
    explicit DriveSetup(int likes)
    {
        spotify->library().fill(likes);
        QDir().mkpath(music());
        QDir().mkpath(drive(1));
        QDir().mkpath(drive(2));
        [[maybe_unused]] const auto set = app->settings->set(SettingKey::MusicFolders, QJsonArray{music()});
    }
    SyncEngine &engine() const { return *app->sync; }
    QString music() const { return folder.filePath(u"Music"_s); }
    QString drive(int number) const { return folder.filePath(u"Drive %1"_s.arg(number)); }
    // The user's own file of the `number`th liked track (tagged with its ISRC or not).
    QString addMusic(int number, bool withIsrc = true) const
    {
        const auto track = FakeSpotifyLibrary::generated(number);
        const QString path = music() + u"/rips/%1.wav"_s.arg(number);
        return MusicFiles::write(path, track.durationMs, tagsOf(track, withIsrc)) ? path : QString();
    }
    bool sync() const
    {
        QSignalSpy finished(&engine(), &SyncEngine::finished);
        engine().start();
        return !finished.isEmpty() || finished.wait(60'000);
    }
    RawResponse addDrive(const QString &path) const
    {
        const QByteArray body = QJsonDocument(QJsonObject{{u"path"_s, path}}).toJson();
        return httpRequest(port(), "POST", "/api/drives", key({{"Content-Type", "application/json"}}), body);
    }
    // Adds the drive through the API and waits for the copies that adding it starts.
    bool addDriveAndWait(const QString &path) const
    {
        if (addDrive(path).status != 201)
            return false;
        return QTest::qWaitFor([&] { return !engine().isRunning(); }, 60'000);
    }
    QJsonArray drives() const
    {
        return QJsonDocument::fromJson(httpRequest(port(), "GET", "/api/drives", key()).body).array();
    }
    // The expected place of the `number`th liked track with the default pattern.
    static QString placeOf(int number)
    {
        const auto track = FakeSpotifyLibrary::generated(number);
        return u"%1/%2/01 - %3.wav"_s.arg(track.artists.first(), track.album, track.title);
    }

    QTemporaryDir folder;
};

} // namespace

class TestDriveSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_areRead_andTheScanIsIncremental()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"a/song.wav"_s);
        QVERIFY(MusicFiles::write(path, 3'000, {u"Ünïcode title"_s, u"Ana; Bo"_s, u"Album"_s, u"FRZ031900123"_s, 7}));
        // Not audio by its name: never read.
        QVERIFY(QFile(folder.filePath(u"a/notes.txt"_s)).open(QIODevice::WriteOnly));
        const auto file = MusicScanner::read(path);
        QVERIFY(file);
        QCOMPARE(file->title, u"Ünïcode title"_s);
        QCOMPARE(file->isrc, u"FRZ031900123"_s);
        QCOMPARE(file->trackNumber, 7);
        QVERIFY(std::abs(file->durationMs - 3'000) < 50);

        const MusicScan first = MusicScanner::scan({folder.path()}, {});
        QCOMPARE(first.changed.size(), 1);
        MusicScanner::Known known;
        for (const AudioFile &found : first.changed)
            known.insert(found.path, {found.size, found.modifiedMs});
        const MusicScan second = MusicScanner::scan({folder.path()}, known);
        QVERIFY(second.changed.isEmpty());
        QCOMPARE(second.unchanged, 1);
        QVERIFY(QFile::remove(path));
        QCOMPARE(MusicScanner::scan({folder.path()}, known).gone, QStringList{path});
        // A music folder on a drive that is not plugged in: what was known in it stays.
        QVERIFY(QDir(folder.filePath(u"a"_s)).removeRecursively());
        const MusicScan unplugged = MusicScanner::scan({folder.filePath(u"a"_s)}, known);
        QVERIFY(unplugged.gone.isEmpty());
        QCOMPARE(unplugged.missingFolders, QStringList{folder.filePath(u"a"_s)});
    }

    void matching_byIsrc_thenArtistTitleAndDuration_notNearMisses()
    {
        auto file = [](QString path, QString artists, QString title, qint64 ms, QString isrc = {}) {
            AudioFile audio;
            audio.path = std::move(path);
            audio.artists = std::move(artists);
            audio.title = std::move(title);
            audio.durationMs = ms;
            audio.isrc = std::move(isrc);
            return audio;
        };
        const TrackMatcher matcher({
            file(u"/m/isrc.flac"_s, u"Someone"_s, u"Other name"_s, 100'000, u"GB-AAA-99-00001"_s),
            file(u"/m/remaster.flac"_s, u"Beyoncé & Jay-Z"_s, u"Crazy in Love (Remastered 2011)"_s, 236'000),
            file(u"/m/feat.mp3"_s, u"Daft Punk"_s, u"Get Lucky feat. Pharrell Williams"_s, 248'000),
            file(u"/m/live.mp3"_s, u"Queen"_s, u"Bohemian Rhapsody"_s, 360'000),
            file(u"/m/other-artist.mp3"_s, u"Panic! at the Disco"_s, u"Bohemian Rhapsody"_s, 354'000),
            file(u"/m/two.mp3"_s, u"Blur"_s, u"Song 2"_s, 122'000),
        });
        const auto matched = [&](const LikedTrack &track) {
            const AudioFile *found = matcher.match(track);
            return found ? found->path : QString();
        };
        // The ISRC, whatever the tags say, written with or without dashes.
        QCOMPARE(matched(likedTrack(u"Title"_s, {u"Artist"_s}, 100'500, u"GBAAA9900001"_s)), u"/m/isrc.flac"_s);
        // Accents, "&", remarks in brackets and featured artists aside; durations within 3 s.
        QCOMPARE(matched(likedTrack(u"Crazy In Love"_s, {u"Beyonce"_s, u"JAY-Z"_s}, 235'500)), u"/m/remaster.flac"_s);
        QCOMPARE(
            matched(likedTrack(u"Get Lucky (feat. Pharrell Williams)"_s, {u"Daft Punk"_s}, 247'000)), u"/m/feat.mp3"_s);
        // Near misses: a live version 6 minutes long, another artist's song of the same name, a
        // title that only starts the same, and an ISRC nobody has.
        QCOMPARE(matched(likedTrack(u"Bohemian Rhapsody"_s, {u"Queen"_s}, 354'000)), QString());
        QCOMPARE(matched(likedTrack(u"Song"_s, {u"Blur"_s}, 122'000)), QString());
        QCOMPARE(matched(likedTrack(u"Song 2"_s, {u"Blur"_s}, 140'000)), QString());
        QCOMPARE(matched(likedTrack(u"Nothing"_s, {u"Nobody"_s}, 100'000, u"USXXX0000001"_s)), QString());
    }

    void hostileTitles_makeSafeNames_insideTheDrive_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("artist");
        QTest::newRow("climbs out") << u"../../x"_s << u".."_s;
        QTest::newRow("reserved") << u"CON"_s << u"nul.txt"_s;
        QTest::newRow("separators") << u"a/b\\c"_s << u"AC/DC"_s;
        QTest::newRow("very long") << QString(300, u'é') << QString(300, u'x');
        QTest::newRow("emoji") << u"🎵🎶 Song 😀"_s << u"👩‍👩‍👧‍👦"_s;
        QTest::newRow("trailing dots") << u"Song..."_s << u"Artist. "_s;
        QTest::newRow("controls") << u"a\tb\nc\u0007"_s << u"<>:\"|?*"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void hostileTitles_makeSafeNames_insideTheDrive()
    {
        QFETCH(QString, title);
        QFETCH(QString, artist);
        LikedTrack track = likedTrack(title, {artist}, 1000);
        track.album = title;
        AudioFile file;
        file.path = u"/music/x.FLAC"_s;
        file.trackNumber = 3;
        const QString relative = FileNamer(u"{artist}/{album}/{track} - {title}.{ext}"_s).relativePath(track, file);
        QVERIFY2(FileNamer::staysInside(relative), qPrintable(relative));
        QVERIFY(relative.size() <= FileNamer::maximumPathLength);
        const QStringList names = relative.split(u'/');
        QCOMPARE(names.size(), 3);
        static const QRegularExpression reserved(
            u"^(CON|PRN|AUX|NUL|COM\\d|LPT\\d)(\\..*)?$"_s, QRegularExpression::CaseInsensitiveOption);
        for (const QString &name : names) {
            QVERIFY2(name.toUtf8().size() <= FileNamer::maximumNameBytes, qPrintable(name));
            QVERIFY(!name.endsWith(u'.') && !name.endsWith(u' ') && !name.startsWith(u'.'));
            QVERIFY(!reserved.match(name).hasMatch());
            QVERIFY(std::none_of(name.cbegin(), name.cend(),
                [](QChar c) { return c.unicode() < 0x20 || QStringLiteral("<>:\"/\\|?*").contains(c); }));
            // Never half an emoji.
            QVERIFY(!name.back().isHighSurrogate());
        }
        QVERIFY(names.last().endsWith(u".flac"_s));
        // And on disk, in a real folder, it is a file inside it.
        QTemporaryDir drive;
        QVERIFY(QDir(drive.path()).mkpath(QFileInfo(relative).path()));
        QFile written(drive.filePath(relative));
        QVERIFY2(written.open(QIODevice::WriteOnly), qPrintable(written.errorString()));
        QVERIFY(QFileInfo(written).canonicalFilePath().startsWith(QFileInfo(drive.path()).canonicalFilePath() + u'/'));
    }

    void aSync_placesTheUsersFiles_withThePlaylistAndTheLists()
    {
        DriveSetup setup(30);
        QVERIFY(setup.connectAccount());
        QStringList sources;
        for (int number : {0, 3, 7})
            sources.append(setup.addMusic(number, true));
        // Found by artist, title and duration only.
        sources.append(setup.addMusic(12, false));
        QVERIFY(!sources.contains(QString()));
        const QStringList musicBefore = filesUnder(setup.music());
        QVERIFY(setup.sync());
        QVERIFY(setup.addDriveAndWait(setup.drive(1)));

        for (int i = 0; i < 4; ++i) {
            const int number = QList<int>{0, 3, 7, 12}.at(i);
            const QString placed = setup.drive(1) + u'/' + DriveSetup::placeOf(number);
            QVERIFY2(QFileInfo::exists(placed), qPrintable(placed));
            QCOMPARE(bytesOf(placed), bytesOf(sources.at(i)));
        }
        // The user's folder is as it was.
        QCOMPARE(filesUnder(setup.music()), musicBefore);

        const QByteArray playlist = bytesOf(setup.drive(1) + u"/MelodyHue/Liked Songs.m3u8"_s);
        QVERIFY(playlist.startsWith("#EXTM3U\n"));
        const auto first = FakeSpotifyLibrary::generated(0);
        QVERIFY(playlist.contains(u"#EXTINF:%1,%2 - %3\n../%4\n"_s.arg(first.durationMs / 1000)
                                      .arg(first.artists.first(), first.title, DriveSetup::placeOf(0))
                                      .toUtf8()));
        QCOMPARE(playlist.count("#EXTINF"), 4);
        const QJsonArray listed = QJsonDocument::fromJson(bytesOf(setup.drive(1) + u"/MelodyHue/liked-tracks.json"_s))
                                      .object()
                                      .value(u"tracks"_s)
                                      .toArray();
        QCOMPARE(listed.size(), 30);
        QCOMPARE(listed.at(0)[u"file"_s].toString(), DriveSetup::placeOf(0));
        QCOMPARE(listed.at(1)[u"file"_s].toString(), QString());
        QCOMPARE(listed.at(0)[u"isrc"_s].toString(), first.isrc);
        const QByteArray csv = bytesOf(setup.drive(1) + u"/MelodyHue/liked-tracks.csv"_s);
        QCOMPARE(csv.count("\r\n"), 31);

        const QJsonArray drives = setup.drives();
        QCOMPARE(drives.size(), 1);
        QCOMPARE(drives.at(0)[u"tracks_present"_s].toInt(), 4);
        QCOMPARE(drives.at(0)[u"tracks_missing"_s].toInt(), 26);
        QCOMPARE(drives.at(0)[u"mounted"_s].toBool(), true);
        QVERIFY(drives.at(0)[u"free_bytes"_s].toDouble() > 0);
        QCOMPARE(setup.engine().status().withAudio, 4);
        QCOMPARE(setup.engine().status().withoutAudio, 26);

        // Nothing new: nothing copied again.
        const QDateTime placedAt = QFileInfo(setup.drive(1) + u'/' + DriveSetup::placeOf(0)).lastModified();
        QVERIFY(setup.sync());
        QCOMPARE(QFileInfo(setup.drive(1) + u'/' + DriveSetup::placeOf(0)).lastModified(), placedAt);
        QCOMPARE(countEndingWith(filesUnder(setup.drive(1)), u".part"_s), 0);
    }

    void filesOfTheUsers_onTheDrive_areKeptAndNeverReplaced()
    {
        DriveSetup setup(5);
        QVERIFY(setup.connectAccount());
        const QString source0 = setup.addMusic(0);
        const QString source1 = setup.addMusic(1);
        QVERIFY(setup.sync());
        // Already there and identical: kept as it is. Another file at the name: left alone.
        const QString same = setup.drive(1) + u'/' + DriveSetup::placeOf(0);
        const QString other = setup.drive(1) + u'/' + DriveSetup::placeOf(1);
        QVERIFY(QDir().mkpath(QFileInfo(same).path()) && QDir().mkpath(QFileInfo(other).path()));
        QVERIFY(QFile::copy(source0, same));
        {
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("the user's own file") > 0);
        }
        // And a planted link where a folder goes.
        const auto third = FakeSpotifyLibrary::generated(2);
        QVERIFY(QFile::link(setup.folder.path(), setup.drive(1) + u'/' + third.artists.first()));
        setup.addMusic(2);

        QVERIFY(setup.addDriveAndWait(setup.drive(1)));
        QCOMPARE(bytesOf(other), QByteArray("the user's own file"));
        const QString numbered = QString(other).replace(u".wav"_s, u" (2).wav"_s);
        QCOMPARE(bytesOf(numbered), bytesOf(source1));
        QCOMPARE(bytesOf(same), bytesOf(source0));
        // Nothing went through the link.
        QVERIFY(!QFileInfo::exists(setup.folder.filePath(third.album)));
        const QJsonObject drive = setup.drives().at(0).toObject();
        QCOMPARE(drive[u"tracks_present"_s].toInt(), 2);
        QCOMPARE(drive[u"failed"_s].toInt(), 1);
        QVERIFY2(drive[u"problem"_s].toString().contains(u"in the way"_s), qPrintable(drive[u"problem"_s].toString()));

        // Unliked: the file MelodyHue copied moves to MelodyHue/Unliked; the user's stays.
        QVERIFY(setup.spotify->library().unlike(FakeSpotifyLibrary::generated(1).id));
        QVERIFY(setup.spotify->library().unlike(FakeSpotifyLibrary::generated(0).id));
        QVERIFY(setup.sync());
        QVERIFY(!QFileInfo::exists(numbered));
        QCOMPARE(bytesOf(setup.drive(1) + u"/MelodyHue/Unliked/"_s
                     + DriveSetup::placeOf(1).replace(u".wav"_s, u" (2).wav"_s)),
            bytesOf(source1));
        QCOMPARE(bytesOf(same), bytesOf(source0));
        QCOMPARE(bytesOf(other), QByteArray("the user's own file"));
    }

    void aFullDrive_leavesNoPartialFile_andSaysSo()
    {
        DriveSetup setup(6);
        QVERIFY(setup.connectAccount());
        for (int number = 0; number < 6; ++number)
            setup.addMusic(number);
        QVERIFY(setup.sync());
        {
            // Each file is more than 1 MB; the database's own writes stay below.
            const FileSizeLimit full(1'100'000);
            QVERIFY(setup.addDriveAndWait(setup.drive(1)));
        }
        const QJsonObject drive = setup.drives().at(0).toObject();
        QCOMPARE(drive[u"tracks_present"_s].toInt(), 0);
        QCOMPARE(drive[u"failed"_s].toInt(), 6);
        QVERIFY2(
            drive[u"problem"_s].toString().contains(u"no room left"_s), qPrintable(drive[u"problem"_s].toString()));
        const QStringList left = filesUnder(setup.drive(1));
        QVERIFY2(
            countEndingWith(left, u".wav"_s) + countEndingWith(left, u".part"_s) == 0, qPrintable(left.join(u", "_s)));
        // With room again, the next sync copies them all.
        QVERIFY(setup.sync());
        QCOMPARE(setup.drives().at(0)[u"tracks_present"_s].toInt(), 6);
        QCOMPARE(setup.drives().at(0)[u"problem"_s].toString(), QString());
    }

    void aDriveUnplugged_waits_andTheSyncGoesOnWhenItIsBack()
    {
        DriveSetup setup(8);
        QVERIFY(setup.connectAccount());
        for (int number = 0; number < 8; ++number)
            setup.addMusic(number);
        QVERIFY(setup.sync());
        QVERIFY(setup.addDriveAndWait(setup.drive(1)));
        QVERIFY(setup.addDriveAndWait(setup.drive(2)));
        QCOMPARE(setup.drives().at(1)[u"tracks_present"_s].toInt(), 8);

        // Emptied (say, on another computer), then unplugged in the middle of the copies to it.
        QVERIFY(setup.spotify->library().unlike(FakeSpotifyLibrary::generated(0).id));
        QVERIFY(QDir(setup.drive(1)).removeRecursively());
        QVERIFY(QDir().mkpath(setup.drive(1)));
        const QString away = setup.folder.filePath(u"Drive 1 (unplugged)"_s);
        bool unplugged = false;
        QMetaObject::Connection watch = connect(&setup.engine(), &SyncEngine::statusChanged, this, [&] {
            const SyncStatus &status = setup.engine().status();
            if (!unplugged && status.step.contains(u"Drive 1"_s) && status.done >= 2) {
                unplugged = QFile::rename(setup.drive(1), away);
            }
        });
        QVERIFY(setup.sync());
        disconnect(watch);
        QVERIFY(unplugged);
        QJsonArray drives = setup.drives();
        QCOMPARE(drives.at(0)[u"mounted"_s].toBool(), false);
        QVERIFY(drives.at(0)[u"problem"_s].toString().contains(u"not connected"_s));
        // The other drive had its part: the unliked track moved aside.
        QCOMPARE(drives.at(1)[u"tracks_present"_s].toInt(), 7);

        // Plugged in again: the sync goes on by itself.
        setup.engine().startScheduling();
        QVERIFY(QFile::rename(away, setup.drive(1)));
        // The playlist is written once the drive's part is done.
        QTRY_COMPARE_WITH_TIMEOUT(
            bytesOf(setup.drive(1) + u"/MelodyHue/Liked Songs.m3u8"_s).count("#EXTINF"), 7, 30'000);
        QCOMPARE(setup.drives().at(0)[u"tracks_present"_s].toInt(), 7);
        QCOMPARE(setup.drives().at(0)[u"mounted"_s].toBool(), true);
        const QStringList files = filesUnder(setup.drive(1));
        QCOMPARE(countEndingWith(files, u".wav"_s), 7);
        QVERIFY2(countEndingWith(files, u".part"_s) == 0, qPrintable(files.join(u", "_s)));
    }

    void theDrivesApi_refusesWhatIsNotADrive()
    {
        DriveSetup setup(1);
        const auto refused = [&](const QString &path, const QString &words) {
            const RawResponse answer = setup.addDrive(path);
            return answer.status == 400 && answer.errorMessage().contains(words);
        };
        QVERIFY(refused(u"relative/folder"_s, u"full path"_s));
        QVERIFY(refused(u"/etc"_s, u"system"_s));
        QVERIFY(refused(setup.folder.filePath(u"nowhere"_s), u"does not exist"_s));
        QVERIFY(refused(setup.music(), u"music folder"_s));
        QVERIFY(refused(setup.music() + u"/inside"_s, u"does not exist"_s));
        const RawResponse noPath = httpRequest(
            setup.port(), "POST", "/api/drives", setup.key({{"Content-Type", "application/json"}}), R"({"folder":1})");
        QCOMPARE(noPath.status, 400);
        QCOMPARE(httpRequest(setup.port(), "GET", "/api/drives", {}).status, 401);

        QCOMPARE(setup.addDrive(setup.drive(1)).status, 201);
        QVERIFY(refused(setup.drive(1) + u"/"_s, u"already"_s));
        QCOMPARE(setup.drives().size(), 1);
        const qint64 id = setup.drives().at(0)[u"id"_s].toInteger();
        QCOMPARE(httpRequest(setup.port(), "DELETE", "/api/drives/999", setup.key()).status, 404);
        QCOMPARE(httpRequest(setup.port(), "DELETE", "/api/drives/x", setup.key()).status, 404);
        QCOMPARE(httpRequest(setup.port(), "DELETE", "/api/drives/" + QByteArray::number(id), setup.key()).status, 204);
        QCOMPARE(setup.drives().size(), 0);
        QTRY_VERIFY(!setup.engine().isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDriveSync)
#include "tst_drivesync.moc"
