// SecretStore against the real keychain (gnome-keyring in the test session, see scripts/test).

#include "secrets/secretstore.h"

#include "support/waitfortask.h"

#include <QCoroTask>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static QString uniqueProfile() { return QUuid::createUuid().toString(QUuid::Id128).left(12); }

    // What the Secret Service itself holds, read with libsecret's command-line tool.
    static QString lookUpWithSecretTool(const SecretStore &store, const QString &name)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), SecretStore::serviceName(), QStringLiteral("user"),
                store.entryKey(name)});
        if (!tool.waitForFinished(10000))
            return {};
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

private Q_SLOTS:
    void writeThenRead_roundTripsThroughTheSystemKeychain()
    {
        SecretStore store(uniqueProfile());
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        const QString secret = QStringLiteral("refresh-token-\u00e9\u4e2d-%1").arg(QUuid::createUuid().toString());
        const auto written = waitForTask(store.write(QStringLiteral("spotify/refresh_token"), secret));
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(store.availability(), SecretStore::Availability::Available);
        QCOMPARE(availability.count(), 1);

        const auto read = waitForTask(store.read(QStringLiteral("spotify/refresh_token")));
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read.value(), std::optional<QString>(secret));
        QCOMPARE(lookUpWithSecretTool(store, QStringLiteral("spotify/refresh_token")), secret);
        QVERIFY(waitForTask(store.remove(QStringLiteral("spotify/refresh_token"))));
    }

    void missingEntry_readsAsNothing()
    {
        SecretStore store(uniqueProfile());
        const auto read = waitForTask(store.read(QStringLiteral("never-written")));
        QVERIFY(read);
        QVERIFY(!read.value().has_value());
    }

    void remove_forgetsTheEntry_andMissingEntriesAreFine()
    {
        SecretStore store(uniqueProfile());
        QVERIFY(waitForTask(store.write(QStringLiteral("k"), QStringLiteral("v"))));
        QVERIFY(waitForTask(store.remove(QStringLiteral("k"))));
        QVERIFY(!waitForTask(store.read(QStringLiteral("k"))).value().has_value());
        QVERIFY(waitForTask(store.remove(QStringLiteral("k"))));
    }

    void overwrite_keepsTheLatestValue()
    {
        SecretStore store(uniqueProfile());
        QVERIFY(waitForTask(store.write(QStringLiteral("k"), QStringLiteral("first"))));
        QVERIFY(waitForTask(store.write(QStringLiteral("k"), QStringLiteral("second"))));
        QCOMPARE(
            waitForTask(store.read(QStringLiteral("k"))).value(), std::optional<QString>(QStringLiteral("second")));
        QVERIFY(waitForTask(store.remove(QStringLiteral("k"))));
    }

    void jobs_runOneAtATimeInTheOrderAsked()
    {
        SecretStore store(uniqueProfile());
        const QString name = QStringLiteral("spotify/refresh_token");
        // Asked for without waiting, as a refresh and a disconnect might be: the removal, asked
        // last, must win.
        std::vector<std::optional<bool>> done(6);
        for (int i = 0; i < 5; ++i) {
            QCoro::connect(store.write(name, QStringLiteral("value-%1").arg(i)), &store,
                [&done, i](const Result<void> &r) { done[i] = r.ok(); });
        }
        QCoro::connect(store.remove(name), &store, [&done](const Result<void> &r) { done[5] = r.ok(); });
        QVERIFY(!store.isIdle());
        QSignalSpy idle(&store, &SecretStore::idle);
        QVERIFY(idle.wait(20000));
        QVERIFY(store.isIdle());
        for (const auto &ok : done)
            QCOMPARE(ok, std::optional<bool>(true));
        QCOMPARE(waitForTask(store.read(name)).value(), std::nullopt);
        QVERIFY(lookUpWithSecretTool(store, name).isEmpty());
    }

    void twoDataFolders_neverShareSecrets()
    {
        SecretStore first(uniqueProfile());
        SecretStore second(uniqueProfile());
        QVERIFY(waitForTask(first.write(QStringLiteral("api_key"), QStringLiteral("first-key"))));
        QVERIFY(waitForTask(second.write(QStringLiteral("api_key"), QStringLiteral("second-key"))));
        QCOMPARE(waitForTask(first.read(QStringLiteral("api_key"))).value(),
            std::optional<QString>(QStringLiteral("first-key")));
        QCOMPARE(waitForTask(second.read(QStringLiteral("api_key"))).value(),
            std::optional<QString>(QStringLiteral("second-key")));
        QVERIFY(waitForTask(first.remove(QStringLiteral("api_key"))));
        QCOMPARE(waitForTask(second.read(QStringLiteral("api_key"))).value(),
            std::optional<QString>(QStringLiteral("second-key")));
        QVERIFY(waitForTask(second.remove(QStringLiteral("api_key"))));
    }

    void oversizedSecret_isRefusedWithAReason()
    {
        SecretStore store(uniqueProfile());
        const auto written = waitForTask(store.write(QStringLiteral("big"), QString(3000, u'x')));
        QVERIFY(!written);
        QVERIFY(written.errorMessage().contains(QStringLiteral("too long")));
        QVERIFY(!waitForTask(store.read(QStringLiteral("big"))).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
