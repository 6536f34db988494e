#pragma once

#include <QObject>
#include <QTranslator>

#include <memory>

// Installs the translation the user chose ("system", "en" or "fr"): MelodyHue's own strings from
// resources and Qt's standard dialogs from the system's Qt translations. Installing sends
// QEvent::LanguageChange to every widget, which retranslates the open window.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    void apply(const QString &language);
    // The language in effect: "en" or "fr".
    QString current() const { return m_current; }
    static QString resolve(const QString &language);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};
