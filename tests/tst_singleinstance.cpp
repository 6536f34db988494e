// One MelodyHue per data folder: a second launch reaches the first instead of starting.

#include "platform/singleinstance.h"

#include <QFile>
#include <QHostInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLaunch_isSecondaryAndActivatesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QSignalSpy activation(&first, &SingleInstance::activationRequested);

        SingleInstance second(dir.path());
        QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
        QVERIFY(second.activatePrimary());
        QTRY_COMPARE(activation.count(), 1);
    }

    void otherDataFolders_runSideBySide()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        SingleInstance first(a.path());
        SingleInstance second(b.path());
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        QCOMPARE(second.claim(), SingleInstance::Role::Primary);
        QVERIFY(first.socketName() != second.socketName());
    }

    void quitting_freesTheFolder()
    {
        QTemporaryDir dir;
        {
            SingleInstance first(dir.path());
            QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        }
        SingleInstance again(dir.path());
        QCOMPARE(again.claim(), SingleInstance::Role::Primary);
    }

    void lockOfACrashedProcess_isTakenOver()
    {
        QTemporaryDir dir;
        QFile lock(dir.filePath(QStringLiteral("melodyhue.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // QLockFile's own format: pid, application name, host name. PID 2^22+1 is never alive.
        lock.write("4194305\nmelodyhue\n" + QHostInfo::localHostName().toUtf8() + "\n");
        lock.close();
        SingleInstance instance(dir.path());
        QCOMPARE(instance.claim(), SingleInstance::Role::Primary);
    }

    void noPrimaryListening_isReportedAsNoAnswer()
    {
        QTemporaryDir dir;
        const SingleInstance lonely(dir.path());
        QVERIFY(!lonely.activatePrimary(200));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
