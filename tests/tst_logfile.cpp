// LogFile: one message, one line, whatever the message holds; a log that rolls over while
// MelodyHue runs, so nothing (a web page sending refused requests, say) can make it grow
// without bound.

#include "platform/logfile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcLogTest, "logfiletest")

class TestLogFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString logPath() const { return m_dir.filePath(QStringLiteral("melodyhue.log")); }

    QByteArrayList lines() const
    {
        QFile file(logPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArrayList lines = file.readAll().split('\n');
        lines.removeLast(); // after the last '\n'
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LogFile::install(m_dir.path());
        QCOMPARE(LogFile::path(), logPath());
    }

    void aMessageFromTheNetwork_staysOnOneLine_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::newRow("line feed") << QStringLiteral("denied\n2026-01-01T00:00:00Z warning melodyhue.app: forged");
        QTest::newRow("carriage return") << QStringLiteral("denied\rforged");
        QTest::newRow("next line") << QStringLiteral("denied\u0085forged");
        QTest::newRow("line separator") << QStringLiteral("denied\u2028forged\u2029too");
        QTest::newRow("escape sequence") << QStringLiteral("denied\x1b[2Kforged");
    }

    void aMessageFromTheNetwork_staysOnOneLine()
    {
        QFETCH(QString, hostile);
        const qsizetype before = lines().size();
        qCInfo(lcLogTest).noquote() << "authorization refused:" << hostile;
        const QByteArrayList after = lines();
        QCOMPARE(after.size(), before + 1);
        QVERIFY2(after.last().contains("authorization refused: denied\\"), after.last().constData());
        QVERIFY(after.last().contains("forged"));
        for (char c : after.last())
            QVERIFY2(uchar(c) >= 0x20 || c == '\t', after.last().constData());
    }

    void theLog_rollsOverWhileMelodyHueRuns()
    {
        const QString line(200, u'x');
        // 3 MB, then 5 MB more: the two files together never pass 4 MB.
        for (int i = 0; i < 3 * 5000; ++i)
            qCInfo(lcLogTest).noquote() << line;
        const QString previous = logPath() + QStringLiteral(".1");
        QVERIFY(QFile::exists(previous));
        QVERIFY(QFileInfo(logPath()).size() < 2 * 1024 * 1024);
        for (int i = 0; i < 5 * 5000; ++i)
            qCInfo(lcLogTest).noquote() << line;
        QVERIFY(QFileInfo(logPath()).size() <= 2 * 1024 * 1024 + 512);
        QVERIFY(QFileInfo(previous).size() <= 2 * 1024 * 1024 + 512);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2);
        // Logging goes on in the new file.
        qCInfo(lcLogTest) << "after the roll-over";
        QVERIFY(lines().last().endsWith("after the roll-over"));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
