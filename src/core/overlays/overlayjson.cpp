#include "overlays/overlayjson.h"

#include "color/hexcolor.h"
#include "overlays/overlayplaceholders.h"
#include "overlays/overlaysourcerules.h"
#include "overlays/overlaytemplates.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &alignNames()
{
    static const QStringList names{u"left"_s, u"center"_s, u"right"_s};
    return names;
}

const QStringList &attributionNames()
{
    static const QStringList names{u"inline"_s, u"top-left"_s, u"top-right"_s, u"bottom-left"_s, u"bottom-right"_s};
    return names;
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error invalid(const QString &message)
{
    return Error{message, ErrorKind::InvalidInput};
}

// Fields the API gives that a client may send back unchanged.
bool isReadOnly(const QString &field)
{
    return field == u"id"_s || field == u"created_at"_s || field == u"updated_at"_s;
}

} // namespace

QJsonObject OverlayJson::optionsJson(const OverlayOptions &options)
{
    return {
        {u"hide_when_paused"_s, options.hideWhenPaused},
        {u"show_seconds_after_change"_s, options.showSecondsAfterChange},
        {u"fallback_color"_s, options.fallbackColor.isValid() ? options.fallbackColor.name() : QString()},
        {u"font_family"_s, options.fontFamily},
        {u"font_size"_s, options.fontSize},
        {u"corner_radius"_s, options.cornerRadius},
        {u"text_align"_s, alignNames().value(int(options.textAlign))},
        {u"background"_s, options.transparentBackground ? u"transparent"_s : u"color"_s},
        {u"show_progress"_s, options.showProgress},
        {u"show_cover"_s, options.showCover},
        {u"attribution_position"_s, attributionNames().value(int(options.attributionPosition))},
        {u"width"_s, options.width},
        {u"height"_s, options.height},
    };
}

QJsonObject OverlayJson::toJson(const Overlay &overlay)
{
    return {
        {u"id"_s, overlay.id},
        {u"name"_s, overlay.name},
        {u"template"_s, overlay.templateName},
        {u"html"_s, overlay.html},
        {u"css"_s, overlay.css},
        {u"options"_s, optionsJson(overlay.options)},
        {u"created_at"_s, timestamp(overlay.createdAt)},
        {u"updated_at"_s, timestamp(overlay.updatedAt)},
    };
}

QJsonObject OverlayJson::publicJson(const Overlay &overlay)
{
    return {
        {u"id"_s, overlay.id},
        {u"name"_s, overlay.name},
        {u"template"_s, overlay.templateName},
        {u"options"_s, optionsJson(overlay.options)},
        {u"updated_at"_s, timestamp(overlay.updatedAt)},
    };
}

Result<Overlay> OverlayJson::create(const QJsonObject &fields)
{
    if (!fields.contains(u"name"_s))
        return invalid(tr("name: give the overlay a name."));
    const QString templateName = fields.value(u"template"_s).toString(u"default"_s);
    // update() applies the template as a change: a custom overlay starts as a copy of the
    // "default" template, which its own html and css (when given) then replace.
    Overlay overlay;
    if (templateName == Overlay::customTemplate()) {
        overlay.templateName = OverlayTemplates::builtIns().constFirst().name;
        overlay.options = OverlayTemplates::builtIns().constFirst().defaults;
    }
    QJsonObject changes = fields;
    changes.insert(u"template"_s, templateName);
    return update(std::move(overlay), changes);
}

Result<Overlay> OverlayJson::update(Overlay overlay, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        static const QStringList known{u"name"_s, u"template"_s, u"html"_s, u"css"_s, u"options"_s};
        if (!known.contains(it.key()) && !isReadOnly(it.key())) {
            return invalid(
                tr("%1: not a field of an overlay; use name, template, html, css or options.").arg(it.key()));
        }
    }

    if (changes.contains(u"name"_s)) {
        const QJsonValue value = changes.value(u"name"_s);
        const QString name = value.toString().trimmed();
        if (!value.isString() || name.isEmpty())
            return invalid(tr("name: give the overlay a name."));
        if (name.size() > maxNameLength)
            return invalid(tr("name: at most %1 characters.").arg(maxNameLength));
        overlay.name = name;
    }

    if (changes.contains(u"template"_s)) {
        const QString name = changes.value(u"template"_s).toString();
        if (!OverlayTemplates::names().contains(name)) {
            return invalid(tr("template: use one of %1.").arg(OverlayTemplates::names().join(QLatin1StringView(", "))));
        }
        if (name != overlay.templateName) {
            if (name == Overlay::customTemplate()) {
                overlay.html = OverlayTemplates::builtInHtml(overlay.templateName);
                overlay.css = OverlayTemplates::builtInCss(overlay.templateName);
            } else {
                overlay.html.clear();
                overlay.css.clear();
                overlay.options = OverlayTemplates::find(name)->defaults;
            }
            overlay.templateName = name;
        }
    }

    for (const QString &field : {u"html"_s, u"css"_s}) {
        if (!changes.contains(field))
            continue;
        const QJsonValue value = changes.value(field);
        if (!value.isString())
            return invalid(tr("%1: send the source as a string.").arg(field));
        const QString source = value.toString();
        if (!overlay.isCustom() && !source.isEmpty()) {
            return invalid(tr("%1: only custom overlays have their own HTML and CSS; set \"template\" to "
                              "\"custom\" first.")
                               .arg(field));
        }
        if (source.toUtf8().size() > maxSourceBytes)
            return invalid(tr("%1: at most %2 KB.").arg(field).arg(maxSourceBytes / 1024));
        if (const QStringList unknown = OverlayPlaceholders::unknownIn(source); !unknown.isEmpty()) {
            return invalid(
                tr("%1: {{%2}} is not a placeholder; use %3.")
                    .arg(field, unknown.constFirst(), OverlayPlaceholders::names().join(QLatin1StringView(", "))));
        }
        if (field == u"html"_s) {
            if (const QString problem = OverlaySourceRules::htmlProblem(source); !problem.isEmpty())
                return invalid(u"html: "_s + problem);
        }
        (field == u"html"_s ? overlay.html : overlay.css) = source;
    }
    if (OverlaySourceRules::placeholderCount(overlay.html) + OverlaySourceRules::placeholderCount(overlay.css)
        > OverlaySourceRules::maximumPlaceholders) {
        return invalid(tr("html: at most %1 placeholders in an overlay’s HTML and CSS together.")
                           .arg(OverlaySourceRules::maximumPlaceholders));
    }

    if (changes.contains(u"options"_s)) {
        auto options = applyOptions(overlay.options, changes.value(u"options"_s));
        if (!options)
            return options.error();
        overlay.options = *options;
    }
    return overlay;
}

Result<OverlayOptions> OverlayJson::applyOptions(OverlayOptions options, const QJsonValue &changes)
{
    if (!changes.isObject())
        return invalid(tr("options: send an object, e.g. {\"hide_when_paused\":true}."));
    const QJsonObject object = changes.toObject();
    const auto boolean = [](const QJsonValue &value, bool *target) {
        if (!value.isBool())
            return false;
        *target = value.toBool();
        return true;
    };
    const auto integer = [](const QJsonValue &value, int low, int high, int *target) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || number < low || number > high)
            return false;
        *target = int(number);
        return true;
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool ok = false;
        QString expected;
        if (key == u"hide_when_paused"_s) {
            ok = boolean(value, &options.hideWhenPaused);
            expected = tr("true or false");
        } else if (key == u"show_progress"_s) {
            ok = boolean(value, &options.showProgress);
            expected = tr("true or false");
        } else if (key == u"show_cover"_s) {
            ok = boolean(value, &options.showCover);
            expected = tr("true or false");
        } else if (key == u"show_seconds_after_change"_s) {
            ok = integer(value, 0, 3600, &options.showSecondsAfterChange);
            expected = tr("a whole number of seconds from 0 (always) to 3600");
        } else if (key == u"font_size"_s) {
            ok = integer(value, 8, 200, &options.fontSize);
            expected = tr("a size in pixels from 8 to 200");
        } else if (key == u"corner_radius"_s) {
            ok = integer(value, 0, 200, &options.cornerRadius);
            expected = tr("a radius in pixels from 0 to 200");
        } else if (key == u"width"_s) {
            ok = integer(value, 16, 7680, &options.width);
            expected = tr("a width in pixels from 16 to 7680");
        } else if (key == u"height"_s) {
            ok = integer(value, 16, 4320, &options.height);
            expected = tr("a height in pixels from 16 to 4320");
        } else if (key == u"fallback_color"_s) {
            const QString text = value.toString();
            const auto color = HexColor::parse(text);
            ok = value.isString() && (text.isEmpty() || color);
            if (ok)
                options.fallbackColor = color.value_or(QColor());
            expected = tr("a colour as #rrggbb, or \"\" for the default overlay colour");
        } else if (key == u"font_family"_s) {
            // It is written into CSS: letters, digits, spaces and a few marks are enough for
            // any font's name.
            static const QRegularExpression family(QRegularExpression::anchoredPattern(u"[\\p{L}\\p{N} ._-]{0,100}"_s));
            ok = value.isString() && family.match(value.toString()).hasMatch();
            if (ok)
                options.fontFamily = value.toString().trimmed();
            expected = tr("a font’s name (letters, digits, spaces), or \"\" for the system’s");
        } else if (key == u"text_align"_s) {
            const qsizetype index = alignNames().indexOf(value.toString());
            ok = value.isString() && index >= 0;
            if (ok)
                options.textAlign = OverlayOptions::TextAlign(index);
            expected = tr("left, center or right");
        } else if (key == u"attribution_position"_s) {
            const qsizetype index = attributionNames().indexOf(value.toString());
            ok = value.isString() && index >= 0;
            if (ok)
                options.attributionPosition = OverlayOptions::AttributionPosition(index);
            expected = attributionNames().join(u", "_s);
        } else if (key == u"background"_s) {
            ok = value.isString() && (value.toString() == u"transparent"_s || value.toString() == u"color"_s);
            if (ok)
                options.transparentBackground = value.toString() == u"transparent"_s;
            expected = tr("transparent or color");
        } else {
            return invalid(tr("options.%1: not an overlay option; use %2.")
                               .arg(key, QStringList(optionsJson({}).keys()).join(QLatin1StringView(", "))));
        }
        if (!ok)
            return invalid(tr("options.%1: use %2.").arg(key, expected));
    }
    return options;
}
