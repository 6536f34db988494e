#include "server/overlays/overlaypage.h"

#include "color/contrast.h"
#include "nowplaying/overlaycolors.h"
#include "nowplaying/playbackclock.h"
#include "nowplaying/playbackstate.h"
#include "overlays/attribution.h"
#include "overlays/overlayjson.h"
#include "overlays/overlaytemplates.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString alignName(OverlayOptions::TextAlign align)
{
    switch (align) {
    case OverlayOptions::TextAlign::Center:
        return u"center"_s;
    case OverlayOptions::TextAlign::Right:
        return u"right"_s;
    case OverlayOptions::TextAlign::Left:
        break;
    }
    return u"left"_s;
}

// A service's id as a class name: letters, digits and dashes only.
QString serviceClass(const QString &service)
{
    QString name;
    for (const QChar c : service.left(40)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            name.append(c);
    }
    return name.isEmpty() ? u"mh-service-none"_s : u"mh-service-"_s + name;
}

// The page's state as classes of <html>, which the script keeps current.
QStringList stateClasses(const Overlay &overlay, const PlaybackState &state, bool hasCover)
{
    const OverlayOptions &options = overlay.options;
    QStringList classes{u"mh-template-"_s + overlay.templateName};
    classes.append(serviceClass(state.track ? state.service : QString()));
    if (state.track && Attribution::forService(state.service))
        classes.append(u"mh-attributed"_s);
    classes.append(
        u"mh-attribution-"_s + OverlayJson::optionsJson(options).value(u"attribution_position"_s).toString());
    classes.append(!state.track ? u"mh-idle"_s : state.isPlaying ? u"mh-playing"_s : u"mh-paused"_s);
    if (!state.track || (options.hideWhenPaused && !state.isPlaying))
        classes.append(u"mh-hidden"_s);
    if (!hasCover)
        classes.append(u"mh-no-cover"_s);
    if (!options.showCover)
        classes.append(u"mh-hide-cover"_s);
    if (!options.showProgress)
        classes.append(u"mh-hide-progress"_s);
    if (!options.transparentBackground)
        classes.append(u"mh-background"_s);
    return classes;
}

} // namespace

TemplateFiller::Values OverlayPage::values(
    const PlaybackState &state, const OverlayColors &colors, const OverlayOptions &options, const QString &coverPath)
{
    const OverlayColors shown = colors.forOverlay(options);
    const QColor color = shown.color;
    const QColor text = shown.text;
    const qint64 progressMs = state.progressMsAt(QDateTime::currentDateTimeUtc());
    const qint64 durationMs = state.track ? state.track->durationMs : 0;
    const double progress = durationMs > 0 ? double(progressMs) / double(durationMs) : 0.0;
    const auto credit = state.track ? Attribution::forService(state.service) : std::nullopt;
    return {
        {u"title"_s, state.track ? state.track->title : QString()},
        {u"artists"_s, state.track ? state.track->artists.join(u", "_s) : QString()},
        {u"album"_s, state.track ? state.track->album : QString()},
        {u"cover_url"_s, coverPath},
        {u"color"_s, color.name()},
        {u"text_color"_s, text.name()},
        {u"dominant"_s, colors.palette.dominant.name()},
        {u"vibrant"_s, colors.palette.vibrant.name()},
        {u"muted"_s, colors.palette.muted.name()},
        {u"progress"_s, QString::number(progress * 100.0, 'f', 2) + u'%'},
        {u"elapsed"_s, playbackClock(progressMs)},
        {u"duration"_s, playbackClock(durationMs)},
        {u"player"_s, state.reporter},
        {u"attribution"_s, credit ? credit->name : QString()},
        {u"attribution_logo"_s, credit ? credit->logoPath : QString()},
    };
}

QByteArray OverlayPage::render(const Overlay &overlay, const TemplateFiller::Values &values, const PlaybackState &state)
{
    const OverlayOptions &options = overlay.options;
    const QString coverPath = values.value(u"cover_url"_s);
    const QString percent = values.value(u"progress"_s);
    // What the page's script shows when no cover colours it: OverlayColors' rule, given to it.
    const OverlayColors idle = OverlayColors{}.forOverlay(options);
    const QString fallback = options.fallbackColor.isValid() ? idle.color.name() : QString();
    const QString fallbackText = options.fallbackColor.isValid() ? idle.text.name() : QString();

    // Every value below is either checked (colours, numbers, the font's name) or escaped.
    QString variables = u":root{"_s;
    for (const QString &name : {u"color"_s, u"dominant"_s, u"vibrant"_s, u"muted"_s})
        variables += u"--mh-%1:%2;"_s.arg(name, TemplateFiller::escapeCss(values.value(name)));
    variables += u"--mh-text:%1;"_s.arg(TemplateFiller::escapeCss(values.value(u"text_color"_s)));
    variables += u"--mh-progress:%1;"_s.arg(percent.chopped(1).toDouble() / 100.0);
    variables += u"--mh-cover:%1;"_s.arg(
        coverPath.isEmpty() ? u"none"_s : u"url(\"%1\")"_s.arg(TemplateFiller::escapeCss(coverPath)));
    variables += u"--mh-font:%1system-ui,\"Noto Sans\",\"DejaVu Sans\",sans-serif;"_s.arg(
        options.fontFamily.isEmpty() ? QString() : u"\"%1\","_s.arg(TemplateFiller::escapeCss(options.fontFamily)));
    variables += u"--mh-font-size:%1px;--mh-radius:%2px;--mh-align:%3;--mh-width:%4px;--mh-height:%5px}"_s.arg(
        QString::number(options.fontSize), QString::number(options.cornerRadius), alignName(options.textAlign),
        QString::number(options.width), QString::number(options.height));

    const QString htmlTag = u"<html lang=\"en\" class=\"%1\" data-mh-overlay=\"%2\" data-mh-hide-when-paused=\"%3\" "
                            "data-mh-show-seconds=\"%4\" data-mh-fallback=\"%5\" data-mh-fallback-text=\"%6\">"_s.arg(
                                stateClasses(overlay, state, !coverPath.isEmpty()).join(u' '),
                                TemplateFiller::escapeText(overlay.id), options.hideWhenPaused ? u"true"_s : u"false"_s,
                                QString::number(options.showSecondsAfterChange), fallback, fallbackText);
    const QString head
        = u"<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>%1 · MelodyHue</title>\n<link rel=\"icon\" href=\"data:,\">\n"
          "<style>%2\n%3</style>\n<style>\n%4</style>\n"
          "<script src=\"/overlay.js\" defer></script>\n</head>"_s.arg(TemplateFiller::escapeText(overlay.name),
              variables, QString::fromUtf8(resource(u":/pages/overlay-base.css"_s)),
              TemplateFiller::fillCss(OverlayTemplates::css(overlay), values));
    const QString page = u"<!DOCTYPE html>\n"_s + htmlTag + u'\n' + head + u"\n<body>\n"_s
        + TemplateFiller::fillHtml(OverlayTemplates::html(overlay), values) + u"</body>\n</html>\n"_s;
    return page.toUtf8();
}

QByteArray OverlayPage::contentSecurityPolicy(quint16 port)
{
    const QByteArray sockets = u"ws://127.0.0.1:%1 ws://localhost:%1"_s.arg(port).toLatin1();
    return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
           "font-src 'self' data:; connect-src 'self' "
        + sockets + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

QByteArray OverlayPage::script()
{
    static const QByteArray script = resource(u":/pages/overlay.js"_s);
    return script;
}
