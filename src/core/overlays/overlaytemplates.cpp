#include "overlays/overlaytemplates.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace {

OverlayOptions defaults(int width, int height, int fontSize, int cornerRadius, OverlayOptions::TextAlign align)
{
    OverlayOptions options;
    options.width = width;
    options.height = height;
    options.fontSize = fontSize;
    options.cornerRadius = cornerRadius;
    options.textAlign = align;
    return options;
}

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

const QList<OverlayTemplates::Template> &OverlayTemplates::builtIns()
{
    using Align = OverlayOptions::TextAlign;
    static const QList<Template> templates{
        {u"default"_s, defaults(640, 200, 20, 16, Align::Left)},
        {u"minimal"_s, defaults(900, 64, 26, 32, Align::Left)},
        {u"compact"_s, defaults(420, 110, 16, 14, Align::Left)},
        {u"focus"_s, defaults(1920, 1080, 56, 24, Align::Center)},
        {u"color"_s, defaults(800, 450, 40, 0, Align::Left)},
    };
    return templates;
}

const OverlayTemplates::Template *OverlayTemplates::find(const QString &name)
{
    for (const Template &candidate : builtIns()) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList OverlayTemplates::names()
{
    QStringList names;
    for (const Template &candidate : builtIns())
        names.append(candidate.name);
    names.append(Overlay::customTemplate());
    return names;
}

QString OverlayTemplates::title(const QString &name)
{
    if (name == u"default"_s)
        return tr("Card");
    if (name == u"minimal"_s)
        return tr("One line");
    if (name == u"compact"_s)
        return tr("Compact card");
    if (name == u"focus"_s)
        return tr("Focus");
    if (name == u"color"_s)
        return tr("Colour panel");
    if (name == Overlay::customTemplate())
        return tr("Custom HTML and CSS");
    return name;
}

QString OverlayTemplates::description(const QString &name)
{
    if (name == u"default"_s)
        return tr("The cover, the title, the artists and a progress bar on the cover’s colour.");
    if (name == u"minimal"_s)
        return tr("One line of text: the title and the artists.");
    if (name == u"compact"_s)
        return tr("A small card for a corner of the scene.");
    if (name == u"focus"_s)
        return tr("A large cover on a blurred backdrop of its colours, for a whole scene.");
    if (name == u"color"_s)
        return tr("A panel filled with the cover’s colour, the track written on it.");
    if (name == Overlay::customTemplate())
        return tr("Your own HTML and CSS, with the placeholders and live bindings of the built-ins.");
    return {};
}

QString OverlayTemplates::html(const Overlay &overlay)
{
    return overlay.isCustom() ? overlay.html : builtInHtml(overlay.templateName);
}

QString OverlayTemplates::css(const Overlay &overlay)
{
    return overlay.isCustom() ? overlay.css : builtInCss(overlay.templateName);
}

QString OverlayTemplates::builtInHtml(const QString &name)
{
    return isBuiltIn(name) ? resourceText(u":/overlay-templates/%1.html"_s.arg(name)) : QString();
}

QString OverlayTemplates::builtInCss(const QString &name)
{
    return isBuiltIn(name) ? resourceText(u":/overlay-templates/%1.css"_s.arg(name)) : QString();
}
