#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

// A custom overlay's HTML and CSS, highlighted, with the placeholders and live bindings listed
// beside them: a double click writes one where the cursor is.
class SourceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);

    void setSources(const QString &html, const QString &css);
    QString html() const;
    QString css() const;
    // Shows a problem with the HTML or the CSS ("" clears it) and opens its tab.
    void setError(const QString &field, const QString &message);
    // What the checks found, one line each ("HTML, line 3: <div> is not closed."); shown under
    // the editor and marked on the lines as the user types. Saving is not held back by them.
    QStringList warnings() const { return m_warningLines; }
    // Checks now rather than a moment after the last key.
    void checkNow();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void insertPlaceholder(const QString &text);
    void check();

    QTabWidget *m_tabs;
    QPlainTextEdit *m_html;
    QPlainTextEdit *m_css;
    QLabel *m_placeholdersTitle;
    QListWidget *m_placeholders;
    QLabel *m_bindings;
    QLabel *m_error;
    QLabel *m_warnings;
    QTimer m_checkTimer;
    QStringList m_warningLines;
};
