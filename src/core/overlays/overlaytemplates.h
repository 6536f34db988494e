#pragma once

#include "overlays/overlay.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The built-in overlay templates. Their HTML and CSS use the same placeholders and live
// bindings as a custom overlay's, so any of them is a starting point for one of the user's own.
class OverlayTemplates
{
    Q_DECLARE_TR_FUNCTIONS(OverlayTemplates)

public:
    struct Template {
        QString name;
        // The defaults an overlay made from it starts with, its browser-source size included.
        OverlayOptions defaults;
    };

    static const QList<Template> &builtIns();
    static const Template *find(const QString &name);
    static bool isBuiltIn(const QString &name) { return find(name) != nullptr; }
    // Every name an overlay's template may have: the built-ins and "custom".
    static QStringList names();

    // For people, translated: "Card", "One line", …
    static QString title(const QString &name);
    static QString description(const QString &name);

    // The template's own HTML and CSS; a custom overlay's are its own.
    static QString html(const Overlay &overlay);
    static QString css(const Overlay &overlay);
    static QString builtInHtml(const QString &name);
    static QString builtInCss(const QString &name);
};
