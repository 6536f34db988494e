// With no Secret Service (no D-Bus session), MelodyHue says so clearly and keeps working
// without writing secrets anywhere. Run with DBUS_SESSION_BUS_ADDRESS pointing nowhere.

#include "auth/apikey.h"
#include "secrets/secretstore.h"

#include "support/waitfortask.h"

#include <QCoroTask>
#include <QTest>

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")),
            "this test must run without a D-Bus session (see tests/CMakeLists.txt)");
    }

    void everyOperation_failsWithASentenceAboutTheKeychain()
    {
        SecretStore store(QStringLiteral("nokeychain01"));
        const auto written = waitForTask(store.write(QStringLiteral("k"), QStringLiteral("secret")));
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(QStringLiteral("keychain")), qPrintable(written.errorMessage()));
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QVERIFY(!store.unavailableReason().isEmpty());
        QVERIFY(!waitForTask(store.read(QStringLiteral("k"))));
        QVERIFY(!waitForTask(store.remove(QStringLiteral("k"))));
    }

    void apiKey_fallsBackToAKeyForThisSessionOnly()
    {
        SecretStore store(QStringLiteral("nokeychain02"));
        ApiKey key(store, QString());
        const auto loaded = waitForTask(key.load());
        QVERIFY(!loaded);
        QVERIFY(key.isReady());
        QCOMPARE(key.source(), ApiKey::Source::Session);
        QCOMPARE(key.value().size(), 43);
        QVERIFY(key.matches(key.value().toUtf8()));
    }

    void environmentKey_needsNoKeychain()
    {
        SecretStore store(QStringLiteral("nokeychain03"));
        ApiKey key(store, QStringLiteral("automation-key-0123456789"));
        QVERIFY(waitForTask(key.load()));
        QCOMPARE(key.source(), ApiKey::Source::Environment);
        QCOMPARE(store.availability(), SecretStore::Availability::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
