#pragma once

#include <QCoreApplication>
#include <QString>

// What a custom overlay's HTML and CSS may hold, checked when they are saved. An overlay page is
// a browser source inside OBS: it may style and lay out, never navigate (<meta http-equiv>,
// forms, frames), run script of its own or load from elsewhere, and its placeholders must stand
// where a value stays a value (between tags, inside an attribute value, in a style sheet), never
// where it could become a tag or an attribute. Its cost is bounded: so many placeholders, each
// value so long.
class OverlaySourceRules
{
    Q_DECLARE_TR_FUNCTIONS(OverlaySourceRules)

public:
    // Placeholders in an overlay's HTML and CSS together.
    static constexpr int maximumPlaceholders = 64;
    // Characters of one value written into a page (a title longer than this is cut).
    static constexpr qsizetype maximumValueLength = 1000;

    // Why `html` cannot be an overlay's HTML, in a sentence (without the field's name); empty
    // when it can.
    static QString htmlProblem(const QString &html);
    static int placeholderCount(const QString &source);

    // Attributes whose value is a URL: a value at their start must be this server's path or a
    // web address.
    static bool isUrlAttribute(const QString &name);
    // Attributes whose value is script or markup (on…, srcdoc): no value is ever written there.
    static bool isActiveAttribute(const QString &name);
};
