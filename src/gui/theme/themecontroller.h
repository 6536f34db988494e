#pragma once

#include <QDBusVariant>
#include <QObject>
#include <QPalette>

class Settings;

// The window's colours, from the `theme` setting: "dark", "light", or "system", which follows the
// desktop's colour scheme (Qt's style hints from Qt 6.5, and the XDG desktop portal's
// org.freedesktop.appearance color-scheme, which GNOME, KDE and others publish). Applied to
// the whole application at once, and again whenever either changes.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(const Settings &settings, QObject *parent = nullptr);

    bool isDark() const { return m_dark; }
    // What the desktop asks for, as far as MelodyHue can tell (false when it cannot).
    bool systemPrefersDark() const;

    static QPalette darkPalette();

Q_SIGNALS:
    void applied(bool dark);

private:
    void apply();
    void askThePortal();
    Q_SLOT void portalSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

    const Settings &m_settings;
    QPalette m_lightPalette;
    bool m_portalDark = false;
    bool m_dark = false;
    bool m_applied = false;
};
