#include "Settings.h"

#include "Endpoint.h"
#include "PhoneNumbers.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <array>

namespace {
std::optional<bool> parseBool(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

std::optional<int> parseInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

// Why a text is refused for a key (empty: accepted), and what is stored for an accepted one.
using Validator = QString (*)(const QString& text);
using Normaliser = QVariant (*)(const QString& text);

QVariant asText(const QString& text)
{
    return text;
}
QVariant asInt(const QString& text)
{
    return text.trimmed().toInt();
}
QVariant asBool(const QString& text)
{
    return parseBool(text).value_or(false);
}
QString boolean(const QString& text)
{
    return parseBool(text) ? QString() : Settings::tr("Expected true or false.");
}

// The kiosk's logo: none, or a readable image file of a common kind, not too large.
QString logoProblem(const QString& text)
{
    const QString path = text.trimmed();
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.isFile())
        return Settings::tr("There is no file %1.").arg(QDir::toNativeSeparators(path));
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg"))
        return Settings::tr("Expected a PNG or JPEG image.");
    if (info.size() > Settings::kMaxLogoBytes)
        return Settings::tr("The image is larger than %1 MB; a smaller copy of the logo does as well.")
            .arg(Settings::kMaxLogoBytes / (1024 * 1024));
    if (!info.isReadable())
        return Settings::tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path));
    return {};
}

struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant (*defaultValue)();
    Validator validate;
    Normaliser normalise;
};

// One row per key, in the order of Settings::Key (checked below, at compile time).
// clang-format off
constexpr std::array<Entry, 15> kEntries{{
    {Settings::Key::BaseUrl, "base_url",
        [] { return QVariant(Endpoint::defaultBaseUrl()); },
        [](const QString& t) { const Status s = Endpoint::check(QUrl(t.trimmed())); return s.error(); },
        [](const QString& t) { QString url = t.trimmed(); while (url.endsWith(u'/')) url.chop(1); return QVariant(url); }},
    {Settings::Key::TimeoutSeconds, "timeout_seconds",
        [] { return QVariant(30); },
        [](const QString& t) { return parseInt(t, 1, 600) ? QString() : Settings::tr("Expected a whole number of seconds from 1 to 600."); },
        asInt},
    {Settings::Key::DefaultRegion, "default_region",
        [] { return QVariant(PhoneNumbers::defaultRegion()); },
        [](const QString& t) { return PhoneNumbers::isSupportedRegion(t.trimmed()) ? QString() : Settings::tr("Expected a two-letter country code such as DO, US or ES."); },
        [](const QString& t) { return QVariant(t.trimmed().toUpper()); }},
    {Settings::Key::PhoneFormat, "phone_format",
        [] { return QVariant(QStringLiteral("e164")); },
        [](const QString& t) { return (t == QLatin1String("e164") || t == QLatin1String("as_typed")) ? QString() : Settings::tr("Expected e164 or as_typed."); },
        asText},
    {Settings::Key::Language, "language",
        [] { return QVariant(QStringLiteral("system")); },
        [](const QString& t) { return (t == QLatin1String("system") || t == QLatin1String("en") || t == QLatin1String("es")) ? QString() : Settings::tr("Expected system, en or es."); },
        asText},
    {Settings::Key::ClearAfterSubmit, "clear_after_submit", [] { return QVariant(true); }, boolean, asBool},
    {Settings::Key::KeepSendingInTray, "keep_sending_in_tray", [] { return QVariant(true); }, boolean, asBool},
    {Settings::Key::ActiveEvent, "active_event",
        [] { return QVariant(QString()); },
        [](const QString& t) { return t.contains(u'\n') ? Settings::tr("Must be a single line.") : QString(); },
        asText},
    {Settings::Key::RetentionDays, "history_retention_days",
        [] { return QVariant(0); },
        [](const QString& t) { return parseInt(t, 0, 36500) ? QString() : Settings::tr("Expected a number of days (0 keeps everything)."); },
        asInt},
    {Settings::Key::KioskConsent, "kiosk_consent_text",
        [] { return QVariant(Settings::tr("I agree to be contacted about properties by phone, WhatsApp or email.")); },
        [](const QString& t) { return t.trimmed().isEmpty() ? Settings::tr("Visitors need words to agree to.") : t.size() > 500 ? Settings::tr("At most 500 characters.") : QString(); },
        asText},
    {Settings::Key::KioskIdleSeconds, "kiosk_idle_seconds",
        [] { return QVariant(60); },
        [](const QString& t) { return parseInt(t, 10, 3600) ? QString() : Settings::tr("Expected a number of seconds from 10 to 3600."); },
        asInt},
    {Settings::Key::KioskAskInterest, "kiosk_ask_interest", [] { return QVariant(true); }, boolean, asBool},
    {Settings::Key::KioskAskMessage, "kiosk_ask_message", [] { return QVariant(true); }, boolean, asBool},
    {Settings::Key::KioskLogo, "kiosk_logo",
        [] { return QVariant(QString()); },
        logoProblem,
        [](const QString& t) { return QVariant(t.trimmed().isEmpty() ? QString() : QFileInfo(t.trimmed()).absoluteFilePath()); }},
    {Settings::Key::CatalogMaxAgeHours, "catalog_max_age_hours",
        [] { return QVariant(24); },
        [](const QString& t) { return parseInt(t, 0, 24 * 365) ? QString() : Settings::tr("Expected a number of hours from 0 to 8760 (0 refreshes only when asked)."); },
        asInt},
}};
// clang-format on

constexpr bool inKeyOrder()
{
    for (std::size_t i = 0; i < kEntries.size(); ++i) {
        if (static_cast<std::size_t>(kEntries[i].key) != i || kEntries[i].validate == nullptr
            || kEntries[i].normalise == nullptr)
            return false;
    }
    return true;
}
static_assert(inKeyOrder(), "kEntries must list every Settings::Key once, in the enum's order, with a validator");
static_assert(static_cast<std::size_t>(Settings::Key::CatalogMaxAgeHours) + 1 == kEntries.size(),
    "every Settings::Key needs a row in kEntries");

const Entry& entry(Settings::Key key)
{
    return kEntries[static_cast<std::size_t>(key)];
}
} // namespace

namespace {
std::unique_ptr<QSettings> defaultFile()
{
    // LEADENTRY_HOME keeps the settings and the history together in one folder of the caller's
    // choosing (a second profile, a script's sandbox, the test suites).
    if (const QString home = qEnvironmentVariable("LEADENTRY_HOME"); !home.isEmpty())
        return std::make_unique<QSettings>(QDir(home).filePath(QStringLiteral("leadentry.ini")), QSettings::IniFormat);
    return std::make_unique<QSettings>(
        QSettings::IniFormat, QSettings::UserScope, QStringLiteral("LeadEntry"), QStringLiteral("leadentry"));
}
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(defaultFile())
{
    secure();
}

Settings::Settings(const QString& iniFile, QObject* parent)
    : Settings(iniFile, Environment::Applies, parent)
{ }

Settings::Settings(const QString& iniFile, Environment environment, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_environmentIgnored(environment == Environment::Ignored)
{
    secure();
}

void Settings::secure() const
{
    // The file holds the kiosk PIN verifier and event details: the user's alone.
    const QString file = m_settings->fileName();
    PrivateFiles::secureFolder(QFileInfo(file).absolutePath());
    PrivateFiles::secureFile(file);
}

Settings::~Settings() = default;

QList<Settings::Key> Settings::keys()
{
    QList<Key> list;
    for (const auto& e : kEntries)
        list.append(e.key);
    return list;
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

std::optional<Settings::Key> Settings::keyFromName(const QString& name)
{
    for (const auto& e : kEntries) {
        if (name.trimmed() == QLatin1String(e.name))
            return e.key;
    }
    return std::nullopt;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue();
}

QVariant Settings::value(Key key) const
{
    const QVariant stored = m_settings->value(name(key));
    // A hand-edited file with a nonsense value falls back to the default instead of breaking sending.
    if (!stored.isValid() || !validate(key, stored.toString()))
        return defaultValue(key);
    return stored;
}

QString Settings::valueText(Key key) const
{
    return value(key).toString();
}

QString Settings::storedText(Key key) const
{
    return m_settings->value(name(key)).toString();
}

Status Settings::validate(Key key, const QString& text)
{
    const QString problem = entry(key).validate(text);
    if (!problem.isEmpty())
        return Failure {problem};
    return {};
}

Status Settings::setValue(Key key, const QString& text)
{
    if (Status valid = validate(key, text); !valid)
        return valid;
    const QVariant stored = entry(key).normalise(text);
    if (m_settings->value(name(key)) == stored)
        return {};
    m_settings->setValue(name(key), stored);
    const Status written = sync();
    emit changed(key);
    return written;
}

Status Settings::reset(Key key)
{
    if (!m_settings->contains(name(key)))
        return {};
    m_settings->remove(name(key));
    const Status written = sync();
    emit changed(key);
    return written;
}

Status Settings::sync()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        secure();
        return {};
    case QSettings::AccessError:
        return Failure {tr("The settings file %1 cannot be written: check its folder's permissions.").arg(fileName())};
    case QSettings::FormatError:
        return Failure {tr("The settings file %1 is damaged; fix or remove it.").arg(fileName())};
    }
    return {};
}

QUrl Settings::baseUrl() const
{
    return QUrl(valueText(Key::BaseUrl));
}

bool Settings::baseUrlFromEnvironment() const
{
    return !m_environmentIgnored && !qEnvironmentVariableIsEmpty("ALTERESTATE_API_URL");
}

QUrl Settings::effectiveBaseUrl() const
{
    if (baseUrlFromEnvironment())
        return QUrl(qEnvironmentVariable("ALTERESTATE_API_URL").trimmed());
    return baseUrl();
}

int Settings::timeoutSeconds() const
{
    return value(Key::TimeoutSeconds).toInt();
}

QString Settings::defaultRegion() const
{
    return valueText(Key::DefaultRegion).toUpper();
}

PhoneFormat Settings::phoneFormat() const
{
    return valueText(Key::PhoneFormat) == QLatin1String("as_typed") ? PhoneFormat::AsTyped : PhoneFormat::E164;
}

QString Settings::language() const
{
    return valueText(Key::Language);
}

bool Settings::clearAfterSubmit() const
{
    return parseBool(valueText(Key::ClearAfterSubmit)).value_or(true);
}

bool Settings::keepSendingInTray() const
{
    return parseBool(valueText(Key::KeepSendingInTray)).value_or(true);
}

QString Settings::activeEvent() const
{
    return valueText(Key::ActiveEvent);
}

int Settings::retentionDays() const
{
    return value(Key::RetentionDays).toInt();
}

int Settings::catalogMaxAgeHours() const
{
    return value(Key::CatalogMaxAgeHours).toInt();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QVariant Settings::uiState(const QString& name) const
{
    return m_settings->value(QStringLiteral("ui/") + name);
}

void Settings::setUiState(const QString& name, const QVariant& value)
{
    m_settings->setValue(QStringLiteral("ui/") + name, value);
}
