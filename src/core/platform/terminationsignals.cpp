#include "platform/terminationsignals.h"

#include <QSocketNotifier>

#include <array>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#ifdef Q_OS_UNIX
namespace {

std::array<int, 2> socketPair{-1, -1};
constexpr std::array<int, 3> handledSignals{SIGTERM, SIGINT, SIGHUP};

extern "C" void writeSignalNumber(int signalNumber)
{
    const char byte = char(signalNumber);
    // Nothing else is async-signal-safe here; a full pipe only loses a repeated signal.
    [[maybe_unused]] const auto written = ::write(socketPair[0], &byte, 1);
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, socketPair.data()) != 0)
        return;
    m_notifier = new QSocketNotifier(socketPair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = writeSignalNumber;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : handledSignals)
        ::sigaction(signalNumber, &action, nullptr);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int signalNumber : handledSignals)
        ::sigaction(signalNumber, &action, nullptr);
    delete m_notifier;
    ::close(socketPair[0]);
    ::close(socketPair[1]);
    socketPair = {-1, -1};
#endif
}

void TerminationSignals::onReadable()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(socketPair[1], &byte, 1) == 1)
        Q_EMIT received(int(byte));
#endif
}
