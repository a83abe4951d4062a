#include "Settings.h"

#include "Endpoint.h"
#include "LeadValidator.h"
#include "PhoneNumbers.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>
#include <QUrl>

#include <array>

namespace {
struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant (*defaultValue)();
};

// clang-format off
const std::array<Entry, 12> kEntries{{
    {Settings::Key::BaseUrl, "base_url", [] { return QVariant(Endpoint::defaultBaseUrl()); }},
    {Settings::Key::TimeoutSeconds, "timeout_seconds", [] { return QVariant(30); }},
    {Settings::Key::DefaultRegion, "default_region", [] { return QVariant(QStringLiteral("DO")); }},
    {Settings::Key::PhoneFormat, "phone_format", [] { return QVariant(QStringLiteral("e164")); }},
    {Settings::Key::Language, "language", [] { return QVariant(QStringLiteral("system")); }},
    {Settings::Key::ClearAfterSubmit, "clear_after_submit", [] { return QVariant(true); }},
    {Settings::Key::ActiveEvent, "active_event", [] { return QVariant(QString()); }},
    {Settings::Key::RetentionDays, "history_retention_days", [] { return QVariant(0); }},
    {Settings::Key::KioskConsent, "kiosk_consent_text", [] { return QVariant(QCoreApplication::translate("Settings",
        "I agree to be contacted about properties by phone, WhatsApp or email.")); }},
    {Settings::Key::KioskIdleSeconds, "kiosk_idle_seconds", [] { return QVariant(60); }},
    {Settings::Key::KioskAskInterest, "kiosk_ask_interest", [] { return QVariant(true); }},
    {Settings::Key::KioskAskMessage, "kiosk_ask_message", [] { return QVariant(true); }},
}};
// clang-format on

const Entry& entry(Settings::Key key)
{
    return kEntries[static_cast<std::size_t>(key)];
}

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
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(
          QSettings::IniFormat, QSettings::UserScope, QStringLiteral("LeadEntry"), QStringLiteral("leadentry")))
{ }

Settings::Settings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

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
    if (!stored.isValid() || !validate(key, stored.toString()).isEmpty())
        return defaultValue(key);
    return stored;
}

QString Settings::valueText(Key key) const
{
    return value(key).toString();
}

QString Settings::validate(Key key, const QString& text)
{
    switch (key) {
    case Key::BaseUrl:
        return Endpoint::problem(QUrl(text.trimmed()));
    case Key::TimeoutSeconds:
        return parseInt(text, 1, 600) ? QString() : tr("Expected a whole number of seconds from 1 to 600.");
    case Key::DefaultRegion:
        return PhoneNumbers::isSupportedRegion(text.trimmed())
            ? QString()
            : tr("Expected a two-letter country code such as DO, US or ES.");
    case Key::PhoneFormat:
        return (text == QLatin1String("e164") || text == QLatin1String("as_typed")) ? QString()
                                                                                    : tr("Expected e164 or as_typed.");
    case Key::Language:
        return (text == QLatin1String("system") || text == QLatin1String("en") || text == QLatin1String("es"))
            ? QString()
            : tr("Expected system, en or es.");
    case Key::ClearAfterSubmit:
        return parseBool(text) ? QString() : tr("Expected true or false.");
    case Key::ActiveEvent:
        return text.contains(u'\n') ? tr("Must be a single line.") : QString();
    case Key::RetentionDays:
        return parseInt(text, 0, 36500) ? QString() : tr("Expected a number of days (0 keeps everything).");
    case Key::KioskConsent:
        return text.size() > 500 ? tr("At most 500 characters.") : QString();
    case Key::KioskIdleSeconds:
        return parseInt(text, 10, 3600) ? QString() : tr("Expected a number of seconds from 10 to 3600.");
    case Key::KioskAskInterest:
    case Key::KioskAskMessage:
        return parseBool(text) ? QString() : tr("Expected true or false.");
    }
    return {};
}

QString Settings::setValue(Key key, const QString& text)
{
    if (const QString problem = validate(key, text); !problem.isEmpty())
        return problem;
    QVariant stored;
    switch (key) {
    case Key::TimeoutSeconds:
    case Key::RetentionDays:
    case Key::KioskIdleSeconds:
        stored = text.trimmed().toInt();
        break;
    case Key::ClearAfterSubmit:
    case Key::KioskAskInterest:
    case Key::KioskAskMessage:
        stored = *parseBool(text);
        break;
    case Key::DefaultRegion:
        stored = text.trimmed().toUpper();
        break;
    case Key::BaseUrl: {
        QString url = text.trimmed();
        while (url.endsWith(u'/'))
            url.chop(1);
        stored = url;
        break;
    }
    default:
        stored = text;
        break;
    }
    if (m_settings->value(name(key)) == stored)
        return {};
    m_settings->setValue(name(key), stored);
    m_settings->sync();
    emit changed(key);
    return {};
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(name(key)))
        return;
    m_settings->remove(name(key));
    m_settings->sync();
    emit changed(key);
}

void Settings::sync()
{
    m_settings->sync();
}

QUrl Settings::baseUrl() const
{
    return QUrl(valueText(Key::BaseUrl));
}

bool Settings::baseUrlFromEnvironment() const
{
    return !qEnvironmentVariableIsEmpty("ALTERESTATE_API_URL");
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

QString Settings::activeEvent() const
{
    return valueText(Key::ActiveEvent);
}

int Settings::retentionDays() const
{
    return value(Key::RetentionDays).toInt();
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

namespace {
QString profileGroup(const QString& name)
{
    // Percent-encoded: a name may hold '/', which QSettings reads as a group separator.
    return QStringLiteral("events/") + QString::fromLatin1(QUrl::toPercentEncoding(name.trimmed()));
}
} // namespace

QList<LeadField> Settings::eventFields()
{
    return {LeadField::UtmSource, LeadField::UtmMedium, LeadField::UtmCampaign, LeadField::UtmContent,
        LeadField::UtmTerm, LeadField::AdsetName, LeadField::CampaignName, LeadField::FormName, LeadField::Platform,
        LeadField::Via, LeadField::RoundRobin, LeadField::Related, LeadField::ListingType, LeadField::PropertyUid};
}

QStringList Settings::eventNames() const
{
    m_settings->beginGroup(QStringLiteral("events"));
    QStringList names;
    for (const QString& encoded : m_settings->childGroups())
        names.append(QUrl::fromPercentEncoding(encoded.toLatin1()));
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Lead> Settings::eventProfile(const QString& name) const
{
    if (name.trimmed().isEmpty())
        return std::nullopt;
    m_settings->beginGroup(profileGroup(name));
    const bool exists = m_settings->contains(QStringLiteral("_name"));
    Lead lead;
    for (const LeadField f : eventFields())
        lead.setValue(f, m_settings->value(LeadFields::apiName(f)).toString());
    m_settings->endGroup();
    return exists ? std::optional<Lead>(lead) : std::nullopt;
}

QString Settings::setEventProfile(const QString& name, const Lead& values)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80 || trimmed.contains(u'\n'))
        return tr("An event profile needs a name of one line, up to 80 characters.");
    QStringList problems;
    for (const LeadField f : eventFields()) {
        for (const FieldIssue& issue : LeadValidator().validateField(f, values.value(f))) {
            if (issue.severity == FieldIssue::Severity::Error)
                problems.append(LeadFields::apiName(f) + QStringLiteral(": ") + issue.message);
        }
    }
    if (!problems.isEmpty())
        return problems.join(u'\n');
    m_settings->remove(profileGroup(trimmed));
    m_settings->beginGroup(profileGroup(trimmed));
    m_settings->setValue(QStringLiteral("_name"), trimmed);
    for (const LeadField f : eventFields()) {
        const QString v = values.value(f).trimmed();
        if (!v.isEmpty())
            m_settings->setValue(LeadFields::apiName(f), v);
    }
    m_settings->endGroup();
    m_settings->sync();
    return {};
}

bool Settings::removeEventProfile(const QString& name)
{
    if (!eventProfile(name))
        return false;
    m_settings->remove(profileGroup(name));
    if (activeEvent() == name.trimmed())
        reset(Key::ActiveEvent);
    m_settings->sync();
    return true;
}

Lead Settings::applyProfile(const Lead& lead, const Lead& profile)
{
    Lead result = lead;
    for (const LeadField f : eventFields()) {
        if (result.value(f).trimmed().isEmpty())
            result.setValue(f, profile.value(f));
    }
    return result;
}

namespace {
const QString kPinKey = QStringLiteral("kiosk/pin");
constexpr int kPinRounds = 100000;

QByteArray pinDigest(const QString& pin, const QByteArray& salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, kPinRounds, 32);
}
} // namespace

void Settings::setKioskPin(const QString& pin)
{
    if (pin.isEmpty()) {
        m_settings->remove(kPinKey);
    } else {
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
        m_settings->setValue(kPinKey, QString::fromLatin1(salt.toHex() + ':' + pinDigest(pin, salt).toHex()));
    }
    m_settings->sync();
}

bool Settings::hasKioskPin() const
{
    return m_settings->contains(kPinKey);
}

bool Settings::checkKioskPin(const QString& pin) const
{
    const QList<QByteArray> parts = m_settings->value(kPinKey).toString().toLatin1().split(':');
    if (parts.size() != 2)
        return false;
    const QByteArray expected = QByteArray::fromHex(parts.at(1));
    const QByteArray actual = pinDigest(pin, QByteArray::fromHex(parts.at(0)));
    // Compared in constant time: the kiosk is in a public place.
    if (expected.size() != actual.size())
        return false;
    int difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= actual.at(i) ^ expected.at(i);
    return difference == 0;
}
