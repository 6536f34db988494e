#include "server/http/refusallog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRefusals, "melodyhue.server.refusals")

RefusalLog::RefusalLog(int burst, std::chrono::milliseconds window, QObject *parent)
    : QObject(parent)
    , m_burst(burst)
{
    m_window.setSingleShot(true);
    m_window.setInterval(window);
    connect(&m_window, &QTimer::timeout, this, &RefusalLog::closeWindow);
}

void RefusalLog::record(int status, const QString &message)
{
    if (!m_window.isActive())
        m_window.start();
    if (m_logged < m_burst) {
        ++m_logged;
        qCInfo(lcRefusals).noquote() << "refused a request:" << status << message;
    } else {
        ++m_unlogged;
    }
}

void RefusalLog::closeWindow()
{
    if (m_unlogged > 0) {
        qCInfo(lcRefusals).noquote() << "refused" << m_unlogged << "more requests that were not logged one by one";
    }
    m_logged = 0;
    m_unlogged = 0;
}
