#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP (a session logout, Ctrl+C, a closed terminal) into a Qt
// signal delivered by the event loop, so that MelodyHue can stop in order instead of dying
// mid-write. The handler only writes the signal's number to a socket pair (the self-pipe
// pattern); everything else runs in the event loop. One instance at a time; on other platforms
// than Unix it never emits.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
