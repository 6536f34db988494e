#include "gui/tray/servicenotices.h"

#include "gui/tray/trayicon.h"
#include "providers/serviceaccount.h"
#include "providers/serviceregistry.h"
#include "settings/settings.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

ServiceNotices::ServiceNotices(ServiceRegistry &registry, Settings &settings, TrayIcon &tray, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_settings(settings)
    , m_tray(tray)
{
    for (ServiceAccount *account : registry.accounts())
        connect(account, &ServiceAccount::problemChanged, this, &ServiceNotices::refresh);
    m_daily.setInterval(1h);
    connect(&m_daily, &QTimer::timeout, this, &ServiceNotices::refresh);
    m_daily.start();
    refresh();
}

QStringList ServiceNotices::lines() const
{
    QStringList lines;
    for (const ServiceAccount *account : m_registry.accounts()) {
        if (account->problemKind() != ServiceAccount::Problem::None)
            lines << account->problem();
        else if (const auto end = account->authorizationEndingSoon())
            lines << tr("Reconnect %1 before %2.")
                         .arg(account->name(), QLocale().toString(end->toLocalTime().date(), u"d MMMM"_s));
    }
    return lines;
}

void ServiceNotices::refresh()
{
    m_tray.setNotices(lines());
    warnOfRenewals();
}

void ServiceNotices::warnOfRenewals()
{
    // "spotify:2026-12-01T10:00:00Z": the authorization already warned about.
    QStringList warned = m_settings.value(SettingKey::RenewalsWarned).toString().split(u' ', Qt::SkipEmptyParts);
    bool changed = false;
    for (const ServiceAccount *account : m_registry.accounts()) {
        const auto end = account->authorizationEndingSoon();
        if (!end)
            continue;
        const QString mark = account->id() + u':' + account->authorizedAt().toString(Qt::ISODate);
        if (warned.contains(mark))
            continue;
        m_tray.notify(tr("Reconnect %1 before %2")
                          .arg(account->name(), QLocale().toString(end->toLocalTime().date(), u"d MMMM"_s)),
            tr("%1 asks you to agree again every six months. Open MelodyHue and click Reconnect on the Connect page; "
               "it takes one click in your browser.")
                .arg(account->name()));
        warned.removeIf([account](const QString &entry) { return entry.startsWith(account->id() + u':'); });
        warned << mark;
        changed = true;
    }
    if (changed) [[maybe_unused]]
        const auto saved = m_settings.set(SettingKey::RenewalsWarned, warned.join(u' '));
}
