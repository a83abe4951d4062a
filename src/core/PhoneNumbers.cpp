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
// libphonenumber's regions (8.12), so that a region is checked without loading the module: the
// settings are read before the first paint. tst_leadvalidator compares it with the module's own.
constexpr char kRegions[] = "AC AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN "
                            "BO BQ BR BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE "
                            "DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM "
                            "GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE "
                            "KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH "
                            "MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ "
                            "OM PA PE PF PG PH PK PL PM PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI "
                            "SJ SK SL SM SN SO SR SS ST SV SX SY SZ TA TC TD TG TH TJ TK TL TM TN TO TR TT TV TW "
                            "TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

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

bool isSupportedRegion(const QString& region)
{
    return supportedRegions().contains(region.trimmed().toUpper());
}

QStringList supportedRegions()
{
    static const QStringList regions = QString::fromLatin1(kRegions).split(u' ', Qt::SkipEmptyParts);
    return regions;
}

QStringList libraryRegions()
{
    const PhoneModuleApi* api = module().api;
    return api ? api->supportedRegions() : QStringList();
}

} // namespace PhoneNumbers
