#include "server/overlays/templatefiller.h"

#include "overlays/overlayplaceholders.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isAsciiAlphaNumeric(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Where a placeholder stands in an HTML fragment.
class HtmlContext
{
public:
    enum class State { Text, Tag, Value, Comment, RawText };

    void advance(QStringView chunk)
    {
        for (qsizetype i = 0; i < chunk.size(); ++i)
            i = step(chunk, i);
    }

    QString escape(QStringView value) const
    {
        switch (m_state) {
        case State::Text:
        case State::Comment:
            return TemplateFiller::escapeText(value);
        case State::Tag:
            return TemplateFiller::escapeAttribute(value);
        case State::Value:
            if (m_attribute == u"style"_s)
                return TemplateFiller::escapeText(TemplateFiller::escapeCss(value));
            if (isUrlAttribute() && m_valueLength == 0)
                return TemplateFiller::escapeText(TemplateFiller::safeUrl(value));
            if (isUrlAttribute())
                return QString::fromLatin1(QUrl::toPercentEncoding(value.toString()));
            return TemplateFiller::escapeText(value);
        case State::RawText:
            return m_rawTag == u"style"_s ? TemplateFiller::escapeCss(value) : TemplateFiller::escapeScript(value);
        }
        return {};
    }

private:
    bool isUrlAttribute() const
    {
        static const QStringList names{u"src"_s, u"href"_s, u"srcset"_s, u"poster"_s, u"action"_s, u"formaction"_s,
            u"data"_s, u"background"_s, u"xlink:href"_s, u"ping"_s, u"cite"_s};
        return names.contains(m_attribute);
    }

    qsizetype step(QStringView s, qsizetype i)
    {
        const QChar c = s.at(i);
        switch (m_state) {
        case State::Text:
            if (s.sliced(i).startsWith(u"<!--")) {
                m_state = State::Comment;
                return i + 3;
            }
            if (c == u'<' && i + 1 < s.size() && (s.at(i + 1).isLetter() || s.at(i + 1) == u'/')) {
                m_state = State::Tag;
                m_closing = s.at(i + 1) == u'/';
                m_tag.clear();
                m_attribute.clear();
                m_readingTag = true;
                return m_closing ? i + 1 : i;
            }
            return i;
        case State::Comment:
            if (s.sliced(i).startsWith(u"-->")) {
                m_state = State::Text;
                return i + 2;
            }
            return i;
        case State::Tag:
            if (c == u'>') {
                m_state = !m_closing && (m_tag == u"style"_s || m_tag == u"script"_s) ? State::RawText : State::Text;
                m_rawTag = m_tag;
            } else if (c == u'"' || c == u'\'') {
                m_state = State::Value;
                m_quote = c;
                m_valueLength = 0;
            } else if (c.isSpace() || c == u'=' || c == u'/') {
                if (m_readingTag && !m_tag.isEmpty())
                    m_readingTag = false;
                if (c != u'=')
                    m_nameDone = true;
            } else if (m_readingTag) {
                m_tag.append(c.toLower());
            } else {
                if (m_nameDone)
                    m_attribute.clear();
                m_nameDone = false;
                m_attribute.append(c.toLower());
            }
            return i;
        case State::Value:
            if (c == m_quote) {
                m_state = State::Tag;
                m_nameDone = true;
            } else {
                ++m_valueLength;
            }
            return i;
        case State::RawText:
            if (c == u'<' && s.sliced(i).startsWith(QString(u"</"_s + m_rawTag), Qt::CaseInsensitive)) {
                m_state = State::Tag;
                m_closing = true;
                m_tag = m_rawTag;
                m_readingTag = false;
                return i + 1 + m_rawTag.size();
            }
            return i;
        }
        return i;
    }

    State m_state = State::Text;
    QString m_tag;
    QString m_rawTag;
    QString m_attribute;
    QChar m_quote;
    qsizetype m_valueLength = 0;
    bool m_closing = false;
    bool m_readingTag = false;
    bool m_nameDone = true;
};

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

QString TemplateFiller::escapeScript(QStringView value)
{
    QString escaped;
    for (const QChar c : value) {
        if (isAsciiAlphaNumeric(c) || c == u' ')
            escaped.append(c);
        else
            escaped.append(QString::asprintf("\\u%04x", unsigned(c.unicode())));
    }
    return escaped;
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

QString TemplateFiller::fillHtml(const QString &html, const Values &values)
{
    QString filled;
    filled.reserve(html.size());
    HtmlContext context;
    OverlayPlaceholders::split(html, [&](QStringView before, QStringView name) {
        filled.append(before);
        context.advance(before);
        if (!name.isNull())
            filled.append(context.escape(values.value(name.toString())));
    });
    return filled;
}

QString TemplateFiller::fillCss(const QString &css, const Values &values)
{
    QString filled;
    filled.reserve(css.size());
    OverlayPlaceholders::split(css, [&](QStringView before, QStringView name) {
        filled.append(before);
        if (!name.isNull())
            filled.append(escapeCss(values.value(name.toString())));
    });
    // The sheet is written inside <style>: nothing in it may close that element.
    return filled.replace(u"</"_s, u"<\\/"_s, Qt::CaseInsensitive);
}
