#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A read-only value (a URL, a key) with a Copy button; secrets can be masked until shown.
class CopyField : public QWidget
{
    Q_OBJECT

public:
    explicit CopyField(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void setMasked(bool masked);
    // What it holds, for screen readers: the field is named after it, its button "Copy …".
    void setSubject(const QString &subject);

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_edit;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QString m_subject;
};
