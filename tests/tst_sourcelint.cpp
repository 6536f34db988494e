// The checks of an overlay's own HTML and CSS as the user types: what is reported, on which
// line, and what HTML allows that must not be reported.

#include "overlays/sourcelint.h"

#include <QTest>

using Warnings = QList<SourceLint::Warning>;

class TestSourceLint : public QObject
{
    Q_OBJECT

private:
    static QList<int> lines(const Warnings &warnings)
    {
        QList<int> result;
        for (const auto &warning : warnings)
            result.append(warning.line);
        return result;
    }

private Q_SLOTS:
    void theBuiltInTemplates_style_passes()
    {
        const QString html = QStringLiteral("<div class=\"mh-card\">\n"
                                            "  <img src=\"{{cover_url}}\" alt=\"\">\n"
                                            "  <p>Now playing<br>\n"
                                            "  <ul><li>{{title}}<li>{{artists}}</ul>\n"
                                            "  <!-- a note -->\n"
                                            "  <script>if (a < b && c > d) {}</script>\n"
                                            "  <h1 data-mh=\"title\" title='a > b'>{{ title }}</h1>\n"
                                            "  <br/><input type=\"text\" />\n"
                                            "</div>\n");
        QVERIFY2(SourceLint::html(html).isEmpty(), qPrintable(SourceLint::html(html).value(0).message));
        const QString css = QStringLiteral("/* { */\n.mh-card {\n  color: {{text_color}};\n  content: \"}\";\n}\n"
                                           "@media (max-width: 600px) {\n  .a { b: c; }\n}\n");
        QVERIFY2(SourceLint::css(css).isEmpty(), qPrintable(SourceLint::css(css).value(0).message));
    }

    void placeholders_unclosedOrUnknown_areSaidOnTheirLine()
    {
        const Warnings warnings = SourceLint::html(QStringLiteral("<h1>{{title}}</h1>\n<p>{{tilte}}\n<p>{{album\n"));
        QCOMPARE(lines(warnings), QList<int>({2, 3}));
        QVERIFY(warnings.at(0).message.contains(QStringLiteral("{{tilte}} is not a placeholder")));
        QVERIFY(warnings.at(1).message.contains(QStringLiteral("not closed with \"}}\"")));
    }

    void tags_leftOpenOrClosingNothing_areSaidOnTheirLine()
    {
        const Warnings warnings = SourceLint::html(
            QStringLiteral("<div class=\"a\">\n  <span>{{title}}\n</div>\n</section>\n<main>\n<!-- open\n"));
        QCOMPARE(lines(warnings), QList<int>({2, 4, 5, 6}));
        QCOMPARE(warnings.at(0).message, QStringLiteral("<span> is not closed before </div>."));
        QCOMPARE(warnings.at(1).message, QStringLiteral("</section> closes nothing: no <section> is open here."));
        QCOMPARE(warnings.at(2).message, QStringLiteral("<main> is not closed."));
        QVERIFY(warnings.at(3).message.contains(QStringLiteral("-->")));
    }

    void cssBraces_leftOpenOrClosingNothing_areSaidOnTheirLine()
    {
        const Warnings warnings = SourceLint::css(QStringLiteral(".a {\n  color: red;\n\n.b { color: blue; }\n}\n}\n"));
        QCOMPARE(lines(warnings), QList<int>({6}));
        QCOMPARE(warnings.at(0).message, QStringLiteral("This \"}\" closes nothing."));
        const Warnings open = SourceLint::css(QStringLiteral(".a { color: {{color}};\n.b { x: y; }\n"));
        QCOMPARE(lines(open), QList<int>({1}));
        QCOMPARE(open.at(0).message, QStringLiteral("This \"{\" is not closed with \"}\"."));
    }

    void hostileText_endsQuickly()
    {
        // Long runs of what the checks look for, as pasted by accident.
        const QString many = QString(u'<').repeated(20000) + QStringLiteral("{{").repeated(20000)
            + QString(u'{').repeated(20000) + QStringLiteral("<div>").repeated(5000)
            + QStringLiteral("<a title=\"x ").repeated(5000);
        QVERIFY(!SourceLint::html(many).isEmpty());
        QVERIFY(!SourceLint::css(many).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceLint)
#include "tst_sourcelint.moc"
