#include "server/overlays/templatefiller.h"

#include "overlays/htmlcontext.h"
#include "overlays/overlayplaceholders.h"
#include "overlays/overlaysourcerules.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isAsciiAlphaNumeric(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

QString hexEscapes(QStringView value, bool (*keep)(QChar), QStringView prefix, QStringView suffix)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const char32_t codePoint : value.toUcs4()) {
        const QChar c = codePoint < 0x10000 ? QChar(char16_t(codePoint)) : QChar();
        if (codePoint < 0x10000 && keep(c))
            escaped.append(c);
        else
            escaped.append(prefix + QString::number(codePoint, 16) + suffix);
    }
    return escaped;
}

} // namespace

QString TemplateFiller::escapeText(QStringView value)
{
    return value.toString().toHtmlEscaped().replace(u'\'', u"&#39;"_s).replace(u'`', u"&#96;"_s);
}

QString TemplateFiller::escapeAttribute(QStringView value)
{
    // Unquoted, a space or a mark would end the value: every mark becomes a character reference.
    return hexEscapes(
        value,
        [](QChar c) {
            return isAsciiAlphaNumeric(c) || c == u',' || c == u'.' || c == u'-' || c == u'_'
                || (c.unicode() > 0x7f && !c.isSpace());
        },
        u"&#x", u";");
}

QString TemplateFiller::escapeCss(QStringView value)
{
    // CSS escapes end with a space, which the parser takes as part of the escape.
    return hexEscapes(
        value,
        [](QChar c) {
            return isAsciiAlphaNumeric(c) || c == u'#' || c == u'.' || c == u'%' || c == u'-' || c == u' '
                || (c.unicode() > 0x7f && c.isLetterOrNumber());
        },
        u"\\", u" ");
}

QString TemplateFiller::safeUrl(QStringView value)
{
    QString url = value.toString();
    const bool ownPath = url.startsWith(u'/') && !url.startsWith(u"//"_s) && !url.contains(u'\\');
    const bool web
        = url.startsWith(u"https://"_s, Qt::CaseInsensitive) || url.startsWith(u"http://"_s, Qt::CaseInsensitive);
    if (url.isEmpty() || ownPath || web)
        return url;
    return u"about:invalid"_s;
}

QString TemplateFiller::escapeComment(QStringView value)
{
    // Nothing is decoded in a comment: a dash or a "!" must not help end it.
    return escapeText(value).replace(u'-', u"&#45;"_s).replace(u'!', u"&#33;"_s);
}

QString TemplateFiller::escapeFor(const HtmlContext &context, QStringView value)
{
    using Where = HtmlContext::Where;
    const Where where = context.where();
    if (where == Where::Text)
        return escapeText(value);
    if (where == Where::Comment)
        return escapeComment(value);
    if (where == Where::StyleSheet)
        return escapeCss(value);
    if (where == Where::Markup)
        return {};
    const QString attribute = context.attribute();
    QString raw;
    if (OverlaySourceRules::isActiveAttribute(attribute))
        return {};
    if (attribute == u"style"_s)
        raw = escapeCss(value);
    else if (OverlaySourceRules::isUrlAttribute(attribute) && context.atValueStart())
        raw = safeUrl(value);
    else if (OverlaySourceRules::isUrlAttribute(attribute))
        raw = QString::fromLatin1(QUrl::toPercentEncoding(value.toString()));
    else
        raw = value.toString();
    return where == Where::QuotedValue ? escapeText(raw) : escapeAttribute(raw);
}

namespace {

// The placeholders' values as they are written: each one cut to a length, and only so many
// placeholders filled, whatever a stored template holds.
class BoundedValues
{
public:
    explicit BoundedValues(const TemplateFiller::Values &values)
        : m_values(values)
    { }
    QString next(QStringView name)
    {
        if (++m_filled > OverlaySourceRules::maximumPlaceholders)
            return {};
        return m_values.value(name.toString()).left(OverlaySourceRules::maximumValueLength);
    }

private:
    const TemplateFiller::Values &m_values;
    int m_filled = 0;
};

} // namespace

QString TemplateFiller::fillHtml(const QString &html, const Values &values)
{
    QString filled;
    filled.reserve(html.size());
    HtmlContext context;
    BoundedValues bounded(values);
    OverlayPlaceholders::split(html, [&](QStringView before, QStringView name) {
        filled.append(before);
        context.advance(before);
        if (name.isNull())
            return;
        // What is written is read on by the context, as the browser will read it.
        const QString escaped = escapeFor(context, bounded.next(name));
        filled.append(escaped);
        context.advance(escaped);
    });
    return filled;
}

QString TemplateFiller::fillCss(const QString &css, const Values &values)
{
    QString filled;
    filled.reserve(css.size());
    BoundedValues bounded(values);
    OverlayPlaceholders::split(css, [&](QStringView before, QStringView name) {
        filled.append(before);
        if (!name.isNull())
            filled.append(escapeCss(bounded.next(name)));
    });
    // The sheet is written inside <style>: nothing in it may close that element.
    return filled.replace(u"</"_s, u"<\\/"_s, Qt::CaseInsensitive);
}
