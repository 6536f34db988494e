#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Checks of an overlay's own HTML and CSS as the user types, each tied to its line: an unclosed
// "{{", a placeholder that does not exist, a tag left open or closing nothing, a CSS brace left
// open or closing nothing. Warnings only: the page is saved anyway, and browsers forgive much.
// Elements whose end tag HTML allows to leave out (p, li, td, …) and void ones (br, img, …)
// are not reported.
class SourceLint
{
    Q_DECLARE_TR_FUNCTIONS(SourceLint)

public:
    struct Warning {
        int line = 0; // from 1
        QString message;
        bool operator==(const Warning &) const = default;
    };

    static QList<Warning> html(const QString &text);
    static QList<Warning> css(const QString &text);

private:
    static void placeholders(const QString &text, QList<Warning> &warnings);
};
