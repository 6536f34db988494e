#include "gui/theme/themecontroller.h"

#include "settings/settings.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLabel>
#include <QStyle>
#include <QStyleHints>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString portalService = u"org.freedesktop.portal.Desktop"_s;
const QString portalPath = u"/org/freedesktop/portal/desktop"_s;
const QString portalSettings = u"org.freedesktop.portal.Settings"_s;
const QString appearance = u"org.freedesktop.appearance"_s;
const QString colorScheme = u"color-scheme"_s;

// The portal's color-scheme: 0 no preference, 1 prefer dark, 2 prefer light. Read() wraps the
// value in one more variant than SettingChanged does.
bool prefersDark(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toUInt() == 1;
}

// The desktop's own palette when it is light (its accent and colours stay); otherwise, as when
// the desktop is dark and the user chose light, the style's standard one.
QPalette lightPalette()
{
    QPalette desktop = QApplication::palette();
    if (desktop.color(QPalette::Window).lightness() >= 128 || !QApplication::style())
        return desktop;
    return QApplication::style()->standardPalette();
}

} // namespace

ThemeController::ThemeController(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_lightPalette(lightPalette())
{
    connect(&settings, &Settings::changed, this, [this](const QList<SettingKey> &keys) {
        if (keys.contains(SettingKey::Theme))
            apply();
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &ThemeController::apply);
#endif
    QDBusConnection::sessionBus().connect(portalService, portalPath, portalSettings, u"SettingChanged"_s, this,
        SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    askThePortal();
    apply();
}

bool ThemeController::systemPrefersDark() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return m_portalDark;
}

void ThemeController::askThePortal()
{
    QDBusMessage read = QDBusMessage::createMethodCall(portalService, portalPath, portalSettings, u"Read"_s);
    read << appearance << colorScheme;
    // Without a portal (a bare X session) the answer is an error, and the desktop is taken as light.
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QVariant> reply = *call;
        if (reply.isError())
            return;
        m_portalDark = prefersDark(reply.value());
        apply();
    });
}

void ThemeController::portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group != appearance || key != colorScheme)
        return;
    m_portalDark = prefersDark(value.variant());
    apply();
}

void ThemeController::apply()
{
    const QString theme = m_settings.theme();
    const bool dark = theme == u"dark"_s || (theme == u"system"_s && systemPrefersDark());
    if (m_applied && dark == m_dark)
        return;
    m_applied = true;
    m_dark = dark;
    QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
    // Style sheets read palette() when they are polished: polish again what is on screen.
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        app->setStyleSheet(app->styleSheet());
    // A label's links take their colour when its text is set: set again, they take the new one.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(u"<a "_s)) {
            const QString text = label->text();
            label->clear();
            label->setText(text);
        }
    }
    Q_EMIT applied(dark);
}

QPalette ThemeController::darkPalette()
{
    const QColor window(0x1e, 0x1f, 0x24);
    const QColor base(0x27, 0x29, 0x30);
    const QColor text(0xe8, 0xe9, 0xed);
    const QColor dimmed(0x80, 0x83, 0x8c);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2e, 0x30, 0x38));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x30, 0x32, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x48));
    palette.setColor(QPalette::Midlight, QColor(0x34, 0x36, 0x3e));
    palette.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x52));
    palette.setColor(QPalette::Dark, QColor(0x14, 0x15, 0x19));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0c));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x52));
    return palette;
}
