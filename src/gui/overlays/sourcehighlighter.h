#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

// Colours HTML or CSS in the overlay editor: tags, attributes, properties, strings, comments,
// and MelodyHue's placeholders and variables most of all.
class SourceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Html, Css };
    SourceHighlighter(Language language, QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    void highlightComments(
        const QString &text, const QString &start, const QString &end, const QTextCharFormat &format);

    Language m_language;
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};
