// ApiKey with the real keychain: created once, kept across restarts, replaceable, overridable.

#include "auth/apikey.h"
#include "secrets/secretstore.h"

#include "support/waitfortask.h"

#include <QCoroTask>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestApiKey : public QObject
{
    Q_OBJECT

private:
    static QString uniqueProfile() { return QUuid::createUuid().toString(QUuid::Id128).left(12); }

private Q_SLOTS:
    void firstRun_createsAStrongKeyInTheKeychain()
    {
        SecretStore store(uniqueProfile());
        ApiKey key(store, QString());
        QVERIFY(!key.isReady());
        QSignalSpy changed(&key, &ApiKey::changed);
        const auto loaded = waitForTask(key.load());
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(key.source(), ApiKey::Source::Keychain);
        QCOMPARE(changed.count(), 1);
        // 32 random bytes, base64url: 256 bits.
        QCOMPARE(key.value().size(), 43);
        QCOMPARE(waitForTask(store.read(QStringLiteral("api_key"))).value(), std::optional<QString>(key.value()));
        QVERIFY(waitForTask(store.remove(QStringLiteral("api_key"))));
    }

    void restart_findsTheSameKey()
    {
        const QString profile = uniqueProfile();
        QString first;
        {
            SecretStore store(profile);
            ApiKey key(store, QString());
            QVERIFY(waitForTask(key.load()));
            first = key.value();
        }
        SecretStore store(profile);
        ApiKey key(store, QString());
        QVERIFY(waitForTask(key.load()));
        QCOMPARE(key.value(), first);
        QVERIFY(waitForTask(store.remove(QStringLiteral("api_key"))));
    }

    void regenerate_replacesTheKeyEverywhere()
    {
        SecretStore store(uniqueProfile());
        ApiKey key(store, QString());
        QVERIFY(waitForTask(key.load()));
        const QString old = key.value();
        QVERIFY(waitForTask(key.regenerate()));
        QVERIFY(key.value() != old);
        QVERIFY(!key.matches(old.toUtf8()));
        QVERIFY(key.matches(key.value().toUtf8()));
        QCOMPARE(waitForTask(store.read(QStringLiteral("api_key"))).value(), std::optional<QString>(key.value()));
        QVERIFY(waitForTask(store.remove(QStringLiteral("api_key"))));
    }

    void environment_overridesTheKeychain()
    {
        SecretStore store(uniqueProfile());
        ApiKey key(store, QStringLiteral("automation-key-0123456789"));
        QVERIFY(waitForTask(key.load()));
        QCOMPARE(key.source(), ApiKey::Source::Environment);
        QCOMPARE(key.value(), QStringLiteral("automation-key-0123456789"));
        QVERIFY(!waitForTask(store.read(QStringLiteral("api_key"))).value().has_value());
        QVERIFY(!waitForTask(key.regenerate()));
    }

    void matches_acceptsOnlyTheExactKey()
    {
        SecretStore store(uniqueProfile());
        ApiKey key(store, QStringLiteral("exact-key-value-0123"));
        QVERIFY(!key.matches("exact-key-value-0123"));
        QVERIFY(waitForTask(key.load()));
        QVERIFY(key.matches("exact-key-value-0123"));
        QVERIFY(!key.matches("exact-key-value-012"));
        QVERIFY(!key.matches("exact-key-value-01234"));
        QVERIFY(!key.matches("EXACT-KEY-VALUE-0123"));
        QVERIFY(!key.matches(""));
    }

    void generatedKeys_differ()
    {
        QSet<QString> keys;
        for (int i = 0; i < 100; ++i)
            keys.insert(ApiKey::generate());
        QCOMPARE(keys.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
