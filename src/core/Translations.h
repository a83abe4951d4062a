#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {
// Installs LeadEntry's and Qt's own translations for "system", "en" or "es". Returns the language
// code in effect ("en" when nothing was loaded).
QString install(QCoreApplication& app, const QString& language);
} // namespace Translations
