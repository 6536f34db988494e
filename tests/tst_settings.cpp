// Settings: typed defaults declared once, validation, persistence across restarts.

#include "settings/profileid.h"
#include "settings/settings.h"
#include "storage/database.h"
#include "storage/keyvaluetable.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString databasePath() const { return QDir(m_dir.path()).filePath(QStringLiteral("melodyhue.sqlite")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(databasePath());
        QFile::remove(databasePath() + QStringLiteral("-wal"));
        QFile::remove(databasePath() + QStringLiteral("-shm"));
    }

    void schema_isDeclaredInEnumOrder()
    {
        const auto &all = SettingsSchema::all();
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(int(all[i].key), i);
        for (const SettingSpec &spec : all)
            QVERIFY2(spec.normalize(spec.defaultValue).ok(), qPrintable(spec.name));
    }

    void freshDatabase_hasTheDocumentedDefaults()
    {
        auto database = Database::open(databasePath());
        QVERIFY(database);
        Settings settings(**database);
        QCOMPARE(settings.defaultOverlayColor(), QColor(QStringLiteral("#7c4dff")));
        QCOMPARE(settings.colorStyle(), Settings::ColorStyle::Dominant);
        QCOMPARE(settings.pollIntervalSeconds(), 10);
        QCOMPARE(settings.syncIntervalMinutes(), 30);
        QCOMPARE(settings.language(), QStringLiteral("system"));
        QCOMPARE(settings.startAtLogin(), false);
        QCOMPARE(settings.serverPort(), quint16(8765));
        QCOMPARE(settings.player(), QStringLiteral("spotify"));
        QCOMPARE(settings.outputFolder(), QString());
        QCOMPARE(settings.outputPattern(), QStringLiteral("{artists} — {title}"));
        QCOMPARE(settings.outputKeepWhenPaused(), false);
        QCOMPARE(settings.publicJson().keys(),
            QStringList({QStringLiteral("color_style"), QStringLiteral("default_overlay_color"),
                QStringLiteral("file_name_template"), QStringLiteral("history_days"), QStringLiteral("language"),
                QStringLiteral("music_folders"), QStringLiteral("output_folder"),
                QStringLiteral("output_keep_when_paused"), QStringLiteral("output_pattern"), QStringLiteral("player"),
                QStringLiteral("poll_interval_seconds"), QStringLiteral("spotify_daily_budget"),
                QStringLiteral("start_at_login"), QStringLiteral("sync_interval_minutes"), QStringLiteral("theme")}));
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QCOMPARE(settings.dailyBudget(SettingKey::SpotifyDailyBudget), 600);
        QCOMPARE(settings.fileNameTemplate(), QStringLiteral("{artist}/{album}/{track} - {title}.{ext}"));
        QCOMPARE(settings.musicFolders(), QStringList());
        QCOMPARE(settings.historyDays(), 90);
    }

    void musicFolders_areFullPaths_cleanedAndOnce()
    {
        auto database = Database::open(databasePath());
        QVERIFY(database);
        Settings settings(**database);
        QVERIFY(settings.set(SettingKey::MusicFolders,
            QJsonArray{u"/home/ana/Music/"_s, u"/home/ana/Music"_s, u"/media/ana/BLUE/../BLUE/Rips"_s}));
        QCOMPARE(settings.musicFolders(), QStringList({u"/home/ana/Music"_s, u"/media/ana/BLUE/Rips"_s}));
        for (const QJsonValue &bad : {QJsonValue(u"/home/ana/Music"_s), QJsonValue(QJsonArray{u"Music"_s}),
                 QJsonValue(QJsonArray{1}), QJsonValue(QJsonArray{u"/a\nb"_s})}) {
            const auto refused = settings.set(SettingKey::MusicFolders, bad);
            QVERIFY(!refused);
            QVERIFY2(refused.errorMessage().contains(u"music folders"_s), qPrintable(refused.errorMessage()));
        }
        QCOMPARE(settings.musicFolders(), QStringList({u"/home/ana/Music"_s, u"/media/ana/BLUE/Rips"_s}));
    }

    void changes_surviveARestart()
    {
        {
            auto database = Database::open(databasePath());
            QVERIFY(database);
            Settings settings(**database);
            QVERIFY(
                settings
                    .update({{QStringLiteral("default_overlay_color"), QStringLiteral("#ABCDEF")},
                        {QStringLiteral("color_style"), QStringLiteral("muted")},
                        {QStringLiteral("start_at_login"), true}, {QStringLiteral("language"), QStringLiteral("fr")}})
                    .ok());
            QVERIFY(settings.set(SettingKey::ServerPort, 9123).ok());
        }
        auto database = Database::open(databasePath());
        QVERIFY(database);
        Settings settings(**database);
        QCOMPARE(settings.defaultOverlayColor().name(), QStringLiteral("#abcdef"));
        QCOMPARE(settings.colorStyle(), Settings::ColorStyle::Muted);
        QCOMPARE(settings.startAtLogin(), true);
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        QCOMPARE(settings.serverPort(), quint16(9123));
    }

    void usualFileNamePatterns_areAccepted_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("default") << QStringLiteral("{artist}/{album}/{track} - {title}.{ext}");
        QTest::newRow("flat") << QStringLiteral("{artists} - {title}");
        QTest::newRow("folders") << QStringLiteral("{artists}/{album}/{track_number} - {title}");
        QTest::newRow("brackets and accents") << QStringLiteral("[{service}] {title} (écouté)");
        QTest::newRow("dots inside") << QStringLiteral("{artists}/Vol. 2/{title}");
    }

    void usualFileNamePatterns_areAccepted()
    {
        QFETCH(QString, pattern);
        auto database = Database::open(databasePath());
        QVERIFY(database);
        Settings settings(**database);
        const auto result = settings.update({{QStringLiteral("file_name_template"), pattern}});
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    }

    void invalidChanges_areRefusedAsAWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("colour name") << QStringLiteral("default_overlay_color") << QJsonValue(QStringLiteral("red"));
        QTest::newRow("colour alpha") << QStringLiteral("default_overlay_color")
                                      << QJsonValue(QStringLiteral("#11223344"));
        QTest::newRow("colour number") << QStringLiteral("default_overlay_color") << QJsonValue(123);
        QTest::newRow("colour with a final line break")
            << QStringLiteral("default_overlay_color") << QJsonValue(QStringLiteral("#123456\n"));
        QTest::newRow("colour with a space first")
            << QStringLiteral("default_overlay_color") << QJsonValue(QStringLiteral(" #123456"));
        QTest::newRow("style") << QStringLiteral("color_style") << QJsonValue(QStringLiteral("loud"));
        QTest::newRow("poll too fast") << QStringLiteral("poll_interval_seconds") << QJsonValue(1);
        QTest::newRow("poll as text") << QStringLiteral("poll_interval_seconds") << QJsonValue(QStringLiteral("10"));
        QTest::newRow("sync zero") << QStringLiteral("sync_interval_minutes") << QJsonValue(0);
        QTest::newRow("language") << QStringLiteral("language") << QJsonValue(QStringLiteral("de"));
        QTest::newRow("login") << QStringLiteral("start_at_login") << QJsonValue(1);
        QTest::newRow("template empty") << QStringLiteral("file_name_template") << QJsonValue(QStringLiteral(" "));
        QTest::newRow("template no title")
            << QStringLiteral("file_name_template") << QJsonValue(QStringLiteral("{album}"));
        QTest::newRow("template unknown")
            << QStringLiteral("file_name_template") << QJsonValue(QStringLiteral("{title} {genre}"));
        QTest::newRow("template absolute")
            << QStringLiteral("file_name_template") << QJsonValue(QStringLiteral("/etc/{title}"));
        QTest::newRow("template parent") << QStringLiteral("file_name_template")
                                         << QJsonValue(QStringLiteral("../{title}"));
        QTest::newRow("template long") << QStringLiteral("file_name_template")
                                       << QJsonValue(QStringLiteral("{title}") + QString(300, u'a'));
        QTest::newRow("player empty") << QStringLiteral("player") << QJsonValue(QStringLiteral(""));
        QTest::newRow("player path") << QStringLiteral("player") << QJsonValue(QStringLiteral("../vlc"));
        QTest::newRow("player newline") << QStringLiteral("player") << QJsonValue(QStringLiteral("vlc\nx"));
        QTest::newRow("player number") << QStringLiteral("player") << QJsonValue(3);
        QTest::newRow("budget below 0") << QStringLiteral("spotify_daily_budget") << QJsonValue(-1);
        QTest::newRow("budget not whole") << QStringLiteral("spotify_daily_budget") << QJsonValue(1.5);
        QTest::newRow("budget as text") << QStringLiteral("spotify_daily_budget") << QJsonValue(QStringLiteral("600"));
        QTest::newRow("unknown") << QStringLiteral("colour") << QJsonValue(QStringLiteral("#000000"));
    }

    void invalidChanges_areRefusedAsAWhole()
    {
        QFETCH(QString, name);
        QFETCH(QJsonValue, value);
        auto database = Database::open(databasePath());
        QVERIFY(database);
        Settings settings(**database);
        QSignalSpy changed(&settings, &Settings::changed);
        const QJsonObject before = settings.publicJson();
        const auto result = settings.update({{QStringLiteral("sync_interval_minutes"), 60}, {name, value}});
        QVERIFY(!result);
        QVERIFY(!result.errorMessage().isEmpty());
        QCOMPARE(settings.publicJson(), before);
        QCOMPARE(changed.count(), 0);
        QVERIFY(KeyValueTable(**database, KeyValueTable::Name::Settings).all().value().isEmpty());
    }

    void internalSettings_areOnlyChangedOnPurpose()
    {
        auto database = Database::open(databasePath());
        QVERIFY(database);
        Settings settings(**database);
        QVERIFY(!settings.update({{QStringLiteral("server_port"), 9000}}));
        QVERIFY(settings.update({{QStringLiteral("server_port"), 9000}}, true).ok());
        QVERIFY(!settings.set(SettingKey::ServerPort, 80));
    }

    void changed_namesTheKeysOnlyWhenValuesChange()
    {
        auto database = Database::open(databasePath());
        QVERIFY(database);
        Settings settings(**database);
        QSignalSpy changed(&settings, &Settings::changed);
        QVERIFY(settings.set(SettingKey::DefaultOverlayColor, QStringLiteral("#7C4DFF")).ok());
        QCOMPARE(changed.count(), 0);
        QVERIFY(settings
                    .update({{QStringLiteral("poll_interval_seconds"), 20},
                        {QStringLiteral("color_style"), QStringLiteral("vibrant")}})
                    .ok());
        QCOMPARE(changed.count(), 1);
        const auto keys = changed.takeFirst().constFirst().value<QList<SettingKey>>();
        QCOMPARE(keys, QList<SettingKey>({SettingKey::ColorStyle, SettingKey::PollIntervalSeconds}));
    }

    void corruptStoredValue_fallsBackToTheDefault()
    {
        auto database = Database::open(databasePath());
        QVERIFY(database);
        KeyValueTable table(**database, KeyValueTable::Name::Settings);
        QVERIFY(table
                    .write({{QStringLiteral("default_overlay_color"), QStringLiteral("\"not a colour\"")},
                        {QStringLiteral("sync_interval_minutes"), QStringLiteral("{broken")}})
                    .ok());
        Settings settings(**database);
        QCOMPARE(settings.defaultOverlayColor(), QColor(QStringLiteral("#7c4dff")));
        QCOMPARE(settings.syncIntervalMinutes(), 30);
    }

    void profileId_isCreatedOnceAndKept()
    {
        QString first;
        {
            auto database = Database::open(databasePath());
            QVERIFY(database);
            const auto id = ProfileId::ensure(**database);
            QVERIFY(id);
            QVERIFY(ProfileId::isValid(*id));
            first = *id;
        }
        auto database = Database::open(databasePath());
        QVERIFY(database);
        QCOMPARE(*ProfileId::ensure(**database), first);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
