#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString install(QCoreApplication& app, const QString& language)
{
    const QLocale locale
        = (language.isEmpty() || language == QLatin1String("system")) ? QLocale::system() : QLocale(language);
    auto* own = new QTranslator(&app);
    // Embedded by qt_add_translations under :/i18n in each program.
    if (!own->load(locale, QStringLiteral("leadentry"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().left(2);
}

} // namespace Translations
