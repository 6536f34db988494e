// melodyhue-preview: the QtWebEngine helper renders a page from the local server.

#include "support/serverfixture.h"

#include <QProcess>
#include <QTest>

class TestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAPageOfTheLocalServer()
    {
        ServerFixture fixture;
        QProcess preview;
        const QString url = QStringLiteral("http://127.0.0.1:%1/health").arg(fixture.port());
        preview.start(QStringLiteral(MELODYHUE_PREVIEW_BINARY), {url});
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += QString::fromUtf8(preview.readAllStandardOutput())).contains(QStringLiteral("loaded ") + url),
            60000);
        preview.terminate();
        QVERIFY(preview.waitForFinished(10000));
    }

    void speaksTheLanguageItIsGiven()
    {
        QProcess preview;
        preview.start(QStringLiteral(MELODYHUE_PREVIEW_BINARY),
            {QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")});
        QVERIFY(preview.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(preview.readAllStandardOutput())
                    .contains(QStringLiteral("Affiche une incrustation MelodyHue.")));
    }

    void refusesAddressesOutsideThisComputer()
    {
        QProcess preview;
        preview.start(QStringLiteral(MELODYHUE_PREVIEW_BINARY), {QStringLiteral("https://example.com/")});
        QVERIFY(preview.waitForFinished(30000));
        QCOMPARE(preview.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
