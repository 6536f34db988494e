// Start at login: the XDG autostart entry appears and disappears with the setting.

#include "platform/autostart.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8()); }

    void enabling_writesAnEntryThatStartsMinimizedWithTheSameDataFolder()
    {
        const Autostart autostart(QStringLiteral("/opt/Melody Hue/melodyhue"),
            {QStringLiteral("--minimized"), QStringLiteral("--data-dir"), QStringLiteral("/home/u/My Music 100%")});
        QVERIFY(autostart.location().startsWith(m_config.path() + QStringLiteral("/autostart/")));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(true).ok());
        QVERIFY(autostart.isEnabled());

        QFile entry(autostart.location());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(entry.readAll());
        QVERIFY(content.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY2(content.contains(QStringLiteral("Exec=\"/opt/Melody Hue/melodyhue\" --minimized --data-dir "
                                                 "\"/home/u/My Music 100%%\"\n")),
            qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("Type=Application\n")));
    }

    void disabling_removesTheEntry_twiceIsFine()
    {
        const Autostart autostart(QStringLiteral("/usr/bin/melodyhue"), {QStringLiteral("--minimized")});
        QVERIFY(autostart.setEnabled(true).ok());
        QVERIFY(autostart.setEnabled(false).ok());
        QVERIFY(!autostart.isEnabled());
        QVERIFY(!QFile::exists(autostart.location()));
        QVERIFY(autostart.setEnabled(false).ok());
    }

    void unwritableFolder_isReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        const Autostart autostart(QStringLiteral("/usr/bin/melodyhue"), {});
        const auto result = autostart.setEnabled(true);
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QVERIFY(!result);
        QVERIFY(!result.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
