#pragma once

#include <QString>
#include <QStringView>

#include <functional>

// Where a point of an HTML fragment stands, as a browser's HTML tokenizer sees it (the states
// of the WHATWG tokenizer that a fragment of a body can reach). Fed the fragment's text piece by
// piece, it tells what a value inserted at the current point would land in: text, an attribute
// value (and which attribute), a comment, a style sheet, or somewhere a value could become
// markup (a tag or attribute name, just after "<", a half-written end tag), where nothing is
// inserted. What is inserted is fed to it too, so it never disagrees with the browser.
class HtmlContext
{
public:
    enum class Where {
        Text, // between tags, or in <title> and <textarea> (text with character references)
        QuotedValue, // inside a quoted attribute value
        UnquotedValue, // an unquoted attribute value, or just after its "="
        Comment, // inside a comment (or a "<!…>" or "<?…>" one), where nothing is decoded
        StyleSheet, // inside <style>
        Markup, // anywhere else: what is inserted here could open or change a tag
    };

    void advance(QStringView text);
    Where where() const;
    // For values: the attribute's name in lower case, and whether nothing of it is written yet.
    QString attribute() const { return m_attribute; }
    bool atValueStart() const { return m_valueLength == 0; }

    // Called with each start tag's name (lower case) once its name ends, and with each of its
    // attributes' names once they end; for rules about what a fragment may hold.
    std::function<void(const QString &tag)> onStartTag;
    std::function<void(const QString &tag, const QString &attribute)> onAttribute;

private:
    enum class State {
        Data,
        TagOpen,
        EndTagOpen,
        TagName,
        BeforeAttributeName,
        AttributeName,
        AfterAttributeName,
        BeforeAttributeValue,
        DoubleQuotedValue,
        SingleQuotedValue,
        UnquotedValue,
        AfterQuotedValue,
        SelfClosingStartTag,
        MarkupDeclarationOpen,
        CommentStart,
        CommentStartDash,
        Comment,
        CommentEndDash,
        CommentEnd,
        CommentEndBang,
        BogusComment,
        RawText, // <style> and the other elements whose content is not markup
        RcData, // <title>, <textarea>
        PlainText, // <plaintext>: never ends
    };

    // Handles one character; returns false when it must be handled again in the new state.
    bool step(QChar c);
    void startAttribute();
    void endAttributeName();
    void emitTag();
    bool stepRaw(QChar c);

    State m_state = State::Data;
    bool m_endTag = false;
    QString m_tag;
    QString m_attribute;
    bool m_attributeNamed = false;
    qsizetype m_valueLength = 0;
    // In "<!": what followed, until it says a comment, a doctype or a bogus comment.
    QString m_declaration;
    // In raw text: the element that ends it, and how much of "</name" has been seen.
    QString m_rawTag;
    qsizetype m_rawMatched = 0;
};
