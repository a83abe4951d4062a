#include "PhoneNumbers.h"

#include "PhoneModuleApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLocale>

#include <algorithm>
#include <mutex>

namespace {
// Where the programs are: beside them in the build tree and on Windows; under the library folder
// when installed on Linux (LEADENTRY_PHONE_MODULE_RELDIR, from the bin folder).
QString programFolder()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
#ifdef Q_OS_LINUX
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).path();
#else
    return QDir::currentPath();
#endif
}

struct Module
{
    const PhoneModuleApi* api = nullptr;
    QString problem; // translated; why the module could not be loaded
};

const Module& module()
{
    static Module loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString folder = programFolder();
        const QStringList candidates {QDir(folder).filePath(QStringLiteral(LEADENTRY_PHONE_MODULE_FILE)),
            QDir::cleanPath(
                QDir(folder).filePath(QStringLiteral(LEADENTRY_PHONE_MODULE_RELDIR "/" LEADENTRY_PHONE_MODULE_FILE)))};
        QStringList folders;
        for (const QString& path : candidates)
            folders.append(QDir::toNativeSeparators(QFileInfo(path).path()));
        QStringList reasons;
        for (const QString& path : candidates) {
            if (!QFileInfo::exists(path))
                continue;
            // Never unloaded: QLibrary's destructor leaves the module loaded.
            static QLibrary library;
            library.setFileName(path);
            const auto entry = reinterpret_cast<PhoneModuleEntry>(library.resolve(LEADENTRY_PHONE_MODULE_ENTRY));
            const PhoneModuleApi* api = entry ? entry() : nullptr;
            if (api && api->version == PhoneModuleApi::kVersion) {
                loaded.api = api;
                return;
            }
            reasons.append(api ? QCoreApplication::translate("PhoneNumbers", "%1 is from another version of LeadEntry")
                                     .arg(QDir::toNativeSeparators(path))
                               : library.errorString());
        }
        loaded.problem = reasons.isEmpty() ? QCoreApplication::translate("PhoneNumbers", "%1 is in neither %2")
                                                 .arg(QStringLiteral(LEADENTRY_PHONE_MODULE_FILE),
                                                     folders.join(QCoreApplication::translate("PhoneNumbers", " nor ")))
                                           : reasons.join(QStringLiteral("; "));
    });
    return loaded;
}
} // namespace

namespace PhoneNumbers {

void preload()
{
    (void)module();
}

QString moduleProblem()
{
    return module().problem;
}

Check check(const QString& typed, const QString& defaultRegion)
{
    if (typed.trimmed().isEmpty())
        return {};
    if (const PhoneModuleApi* api = module().api)
        return api->check(typed, defaultRegion);
    Check unavailable;
    unavailable.status = Status::Unavailable;
    return unavailable;
}

QString toE164(const QString& typed, const QString& defaultRegion)
{
    const Check c = check(typed, defaultRegion);
    const bool possible = c.status == Status::Valid || c.status == Status::Unverified;
    return possible ? c.e164 : typed.trimmed();
}

QString formatAsYouType(const QString& typed, const QString& defaultRegion)
{
    const PhoneModuleApi* api = module().api;
    return api ? api->formatAsYouType(typed, defaultRegion) : typed;
}

QString display(const QString& e164)
{
    const bool northAmerican = e164.size() == 12 && e164.startsWith(QLatin1String("+1"))
        && std::all_of(e164.cbegin() + 1, e164.cend(), [](QChar c) { return c.isDigit(); });
    if (!northAmerican)
        return e164;
    return QStringLiteral("+1 %1-%2-%3").arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
}

QString regionName(const QString& region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return region;
    // The name in the user's language: QLocale names a territory in its own locale's language.
    // English (and the C locale) use Qt's English names.
    const QLocale::Language language = QLocale().language();
    if (language == QLocale::C || language == QLocale::English)
        return QLocale::territoryToString(territory);
    const QList<QLocale> locales = QLocale::matchingLocales(language, QLocale::AnyScript, territory);
    return locales.isEmpty() ? QLocale::territoryToString(territory) : locales.first().nativeTerritoryName();
}

bool looksLikeRegion(const QString& region)
{
    const QString code = region.toUpper();
    const bool letters
        = code.size() == 2 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    return letters && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool isSupportedRegion(const QString& region)
{
    // Without the module nothing can be checked: a code that looks right is taken on trust (the
    // phones themselves then say what is wrong).
    if (!module().api)
        return looksLikeRegion(region);
    return supportedRegions().contains(region.toUpper());
}

QStringList supportedRegions()
{
    const PhoneModuleApi* api = module().api;
    return api ? api->supportedRegions() : QStringList();
}

} // namespace PhoneNumbers
