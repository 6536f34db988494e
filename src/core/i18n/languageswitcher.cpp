#include "i18n/languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "melodyhue.i18n")

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{ }

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageSwitcher::resolve(const QString &language)
{
    if (language == u"en"_s || language == u"fr"_s)
        return language;
    return QLocale().language() == QLocale::French ? u"fr"_s : u"en"_s;
}

void LanguageSwitcher::apply(const QString &language)
{
    const QString resolved = resolve(language);
    if (resolved == m_current)
        return;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    m_current = resolved;
    if (resolved == u"en"_s) {
        // English is the source language: removing the translators already sent LanguageChange.
        QLocale::setDefault(QLocale::system());
        return;
    }

    QLocale::setDefault(QLocale(resolved));
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/melodyhue_%1.qm"_s.arg(resolved))) {
        m_app = std::move(app);
        QCoreApplication::installTranslator(m_app.get());
    } else {
        qCWarning(lcLanguage) << "no MelodyHue translation for" << resolved;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_%1"_s.arg(resolved), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
}
