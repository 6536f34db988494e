#include "overlays/htmlcontext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QChar asciiLower(QChar c)
{
    return c >= u'A' && c <= u'Z' ? QChar(c.unicode() + 0x20) : c;
}

} // namespace

void HtmlContext::advance(QStringView text)
{
    for (const QChar c : text) {
        while (!step(c)) { }
    }
}

HtmlContext::Where HtmlContext::where() const
{
    switch (m_state) {
    case State::Data:
        return Where::Text;
    case State::RcData:
        return m_rawMatched > 0 ? Where::Markup : Where::Text;
    case State::RawText:
        return m_rawMatched == 0 && m_rawTag == u"style"_s ? Where::StyleSheet : Where::Markup;
    case State::DoubleQuotedValue:
    case State::SingleQuotedValue:
        return Where::QuotedValue;
    case State::BeforeAttributeValue:
    case State::UnquotedValue:
        return Where::UnquotedValue;
    case State::CommentStart:
    case State::CommentStartDash:
    case State::Comment:
    case State::CommentEndDash:
    case State::CommentEnd:
    case State::CommentEndBang:
        return Where::Comment;
    case State::TagOpen:
    case State::EndTagOpen:
    case State::TagName:
    case State::BeforeAttributeName:
    case State::AttributeName:
    case State::AfterAttributeName:
    case State::AfterQuotedValue:
    case State::SelfClosingStartTag:
    case State::MarkupDeclarationOpen:
    case State::BogusComment:
    case State::PlainText:
        return Where::Markup;
    }
    return Where::Markup;
}

void HtmlContext::startAttribute()
{
    m_attribute.clear();
    m_attributeNamed = false;
    m_valueLength = 0;
}

void HtmlContext::endAttributeName()
{
    if (m_attributeNamed)
        return;
    m_attributeNamed = true;
    if (!m_endTag && onAttribute)
        onAttribute(m_tag, m_attribute);
}

void HtmlContext::emitTag()
{
    m_state = State::Data;
    if (m_endTag)
        return;
    static const QStringList rawText{
        u"style"_s, u"script"_s, u"xmp"_s, u"iframe"_s, u"noembed"_s, u"noframes"_s, u"noscript"_s};
    if (rawText.contains(m_tag))
        m_state = State::RawText;
    else if (m_tag == u"title"_s || m_tag == u"textarea"_s)
        m_state = State::RcData;
    else if (m_tag == u"plaintext"_s)
        m_state = State::PlainText;
    m_rawTag = m_tag;
    m_rawMatched = 0;
}

bool HtmlContext::stepRaw(QChar c)
{
    // Looking for "</" + the element's name, then a space, "/" or ">" (any case).
    const qsizetype wanted = 2 + m_rawTag.size();
    if (m_rawMatched == wanted) {
        if (isSpace(c) || c == u'/' || c == u'>') {
            m_endTag = true;
            m_tag = m_rawTag;
            m_rawMatched = 0;
            m_state = State::TagName;
            return false;
        }
        m_rawMatched = 0;
    }
    const QChar expected = m_rawMatched == 0 ? u'<' : m_rawMatched == 1 ? u'/' : m_rawTag.at(m_rawMatched - 2);
    if (asciiLower(c) == expected)
        ++m_rawMatched;
    else
        m_rawMatched = c == u'<' ? 1 : 0;
    return true;
}

bool HtmlContext::step(QChar c)
{
    switch (m_state) {
    case State::Data:
        if (c == u'<')
            m_state = State::TagOpen;
        return true;
    case State::RawText:
    case State::RcData:
        return stepRaw(c);
    case State::PlainText:
        return true;
    case State::TagOpen:
        if (c == u'!') {
            m_state = State::MarkupDeclarationOpen;
            m_declaration.clear();
        } else if (c == u'/') {
            m_state = State::EndTagOpen;
        } else if (isAsciiAlpha(c)) {
            m_endTag = false;
            m_tag.clear();
            m_state = State::TagName;
            return false;
        } else if (c == u'?') {
            m_state = State::BogusComment;
        } else {
            // "<" then something else: it was text.
            m_state = State::Data;
            return false;
        }
        return true;
    case State::EndTagOpen:
        if (isAsciiAlpha(c)) {
            m_endTag = true;
            m_tag.clear();
            m_state = State::TagName;
            return false;
        }
        m_state = c == u'>' ? State::Data : State::BogusComment;
        return true;
    case State::TagName:
        if (!isSpace(c) && c != u'/' && c != u'>') {
            m_tag.append(asciiLower(c));
            return true;
        }
        if (!m_endTag && onStartTag)
            onStartTag(m_tag);
        if (c == u'>')
            emitTag();
        else
            m_state = c == u'/' ? State::SelfClosingStartTag : State::BeforeAttributeName;
        return true;
    case State::BeforeAttributeName:
        if (isSpace(c))
            return true;
        if (c == u'/' || c == u'>') {
            m_state = State::AfterAttributeName;
            m_attributeNamed = true;
            return false;
        }
        startAttribute();
        if (c == u'=')
            m_attribute.append(c);
        m_state = State::AttributeName;
        return c == u'=';
    case State::AttributeName:
        if (isSpace(c) || c == u'/' || c == u'>') {
            endAttributeName();
            m_state = State::AfterAttributeName;
            return false;
        }
        if (c == u'=') {
            endAttributeName();
            m_state = State::BeforeAttributeValue;
            return true;
        }
        m_attribute.append(asciiLower(c));
        return true;
    case State::AfterAttributeName:
        if (isSpace(c))
            return true;
        if (c == u'/') {
            m_state = State::SelfClosingStartTag;
        } else if (c == u'=') {
            m_state = State::BeforeAttributeValue;
        } else if (c == u'>') {
            emitTag();
        } else {
            startAttribute();
            m_state = State::AttributeName;
            return false;
        }
        return true;
    case State::BeforeAttributeValue:
        if (isSpace(c))
            return true;
        m_valueLength = 0;
        if (c == u'"') {
            m_state = State::DoubleQuotedValue;
        } else if (c == u'\'') {
            m_state = State::SingleQuotedValue;
        } else if (c == u'>') {
            emitTag();
        } else {
            m_state = State::UnquotedValue;
            return false;
        }
        return true;
    case State::DoubleQuotedValue:
    case State::SingleQuotedValue:
        if (c == (m_state == State::DoubleQuotedValue ? u'"' : u'\''))
            m_state = State::AfterQuotedValue;
        else
            ++m_valueLength;
        return true;
    case State::UnquotedValue:
        if (isSpace(c))
            m_state = State::BeforeAttributeName;
        else if (c == u'>')
            emitTag();
        else
            ++m_valueLength;
        return true;
    case State::AfterQuotedValue:
        if (isSpace(c)) {
            m_state = State::BeforeAttributeName;
        } else if (c == u'/') {
            m_state = State::SelfClosingStartTag;
        } else if (c == u'>') {
            emitTag();
        } else {
            m_state = State::BeforeAttributeName;
            return false;
        }
        return true;
    case State::SelfClosingStartTag:
        if (c == u'>') {
            emitTag();
            return true;
        }
        m_state = State::BeforeAttributeName;
        return false;
    case State::MarkupDeclarationOpen:
        m_declaration.append(c);
        if (m_declaration == u"--"_s)
            m_state = State::CommentStart;
        else if (m_declaration != u"-"_s)
            // A doctype, CDATA or anything else is a bogus comment in a fragment ("<!>" a whole one).
            m_state = c == u'>' ? State::Data : State::BogusComment;
        return true;
    case State::CommentStart:
        if (c == u'-')
            m_state = State::CommentStartDash;
        else if (c == u'>')
            m_state = State::Data; // "<!-->" is a whole, empty comment
        else
            m_state = State::Comment;
        return c == u'-' || c == u'>';
    case State::CommentStartDash:
        if (c == u'-')
            m_state = State::CommentEnd;
        else if (c == u'>')
            m_state = State::Data; // "<!--->" too
        else
            m_state = State::Comment;
        return c == u'-' || c == u'>';
    case State::Comment:
        if (c == u'-')
            m_state = State::CommentEndDash;
        return true;
    case State::CommentEndDash:
        m_state = c == u'-' ? State::CommentEnd : State::Comment;
        return c == u'-';
    case State::CommentEnd:
        if (c == u'>')
            m_state = State::Data;
        else if (c == u'!')
            m_state = State::CommentEndBang;
        else if (c != u'-') {
            m_state = State::Comment;
            return false;
        }
        return true;
    case State::CommentEndBang:
        if (c == u'-')
            m_state = State::CommentEndDash;
        else if (c == u'>')
            m_state = State::Data;
        else {
            m_state = State::Comment;
            return false;
        }
        return true;
    case State::BogusComment:
        if (c == u'>')
            m_state = State::Data;
        return true;
    }
    return true;
}
