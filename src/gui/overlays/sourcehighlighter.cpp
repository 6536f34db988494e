#include "gui/overlays/sourcehighlighter.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QTextCharFormat textFormat(const QColor &color, bool bold = false)
{
    QTextCharFormat result;
    result.setForeground(color);
    if (bold)
        result.setFontWeight(QFont::DemiBold);
    return result;
}

} // namespace

SourceHighlighter::SourceHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_comment(textFormat(QColor(0x8a, 0x8f, 0x98)))
{
    // Mid-tone colours read on light and dark themes alike.
    if (language == Language::Html) {
        m_rules.append({QRegularExpression(u"</?[A-Za-z][\\w-]*|/?>"_s), textFormat(QColor(0x2f, 0x7d, 0xd1), true)});
        m_rules.append({QRegularExpression(u"\\s[\\w:-]+(?==)"_s), textFormat(QColor(0xb0, 0x6b, 0x1c))});
        m_rules.append({QRegularExpression(u"\"[^\"]*\"|'[^']*'"_s), textFormat(QColor(0x3c, 0x9a, 0x5f))});
        m_rules.append({QRegularExpression(u"data-mh(?==)"_s), textFormat(QColor(0xc2, 0x3f, 0xa6), true)});
    } else {
        m_rules.append({QRegularExpression(u"[\\w-]+(?=\\s*:[^:])"_s), textFormat(QColor(0x2f, 0x7d, 0xd1))});
        m_rules.append(
            {QRegularExpression(u"[.#]?[A-Za-z][\\w-]*(?=[^{};]*\\{)"_s), textFormat(QColor(0xb0, 0x6b, 0x1c), true)});
        m_rules.append(
            {QRegularExpression(u"\"[^\"]*\"|'[^']*'|#[0-9A-Fa-f]{3,8}\\b"_s), textFormat(QColor(0x3c, 0x9a, 0x5f))});
    }
    m_rules.append({QRegularExpression(u"--mh-[\\w-]+"_s), textFormat(QColor(0xc2, 0x3f, 0xa6), true)});
    m_rules.append({QRegularExpression(u"\\{\\{\\s*[\\w]*\\s*\\}\\}"_s), textFormat(QColor(0xc2, 0x3f, 0xa6), true)});
}

void SourceHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
    if (m_language == Language::Html)
        highlightComments(text, u"<!--"_s, u"-->"_s, m_comment);
    else
        highlightComments(text, u"/*"_s, u"*/"_s, m_comment);
}

// Comments may span lines: the block state says whether one is still open.
void SourceHighlighter::highlightComments(
    const QString &text, const QString &start, const QString &end, const QTextCharFormat &commentFormat)
{
    setCurrentBlockState(0);
    qsizetype from = previousBlockState() == 1 ? 0 : text.indexOf(start);
    while (from >= 0) {
        const qsizetype close = text.indexOf(end, from + (previousBlockState() == 1 && from == 0 ? 0 : start.size()));
        qsizetype length = 0;
        if (close < 0) {
            setCurrentBlockState(1);
            length = text.size() - from;
        } else {
            length = close - from + end.size();
        }
        setFormat(int(from), int(length), commentFormat);
        from = close < 0 ? -1 : text.indexOf(start, from + length);
    }
}
