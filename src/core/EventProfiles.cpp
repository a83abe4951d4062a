#include "EventProfiles.h"

#include "core/LeadValidator.h"
#include "core/Settings.h"

#include <QSettings>
#include <QUrl>

namespace {
QString profileGroup(const QString& name)
{
    // Percent-encoded: a name may hold '/', which QSettings reads as a group separator.
    return QStringLiteral("events/") + QString::fromLatin1(QUrl::toPercentEncoding(name.trimmed()));
}
} // namespace

EventProfiles::EventProfiles(Settings& settings)
    : m_settings(settings)
{ }

QList<LeadField> EventProfiles::fields()
{
    return {LeadField::UtmSource, LeadField::UtmMedium, LeadField::UtmCampaign, LeadField::UtmContent,
        LeadField::UtmTerm, LeadField::AdsetName, LeadField::CampaignName, LeadField::FormName, LeadField::Platform,
        LeadField::Via, LeadField::RoundRobin, LeadField::Related, LeadField::ListingType, LeadField::PropertyUid};
}

Lead EventProfiles::apply(const Lead& lead, const Lead& profile)
{
    Lead result = lead;
    for (const LeadField f : fields()) {
        if (result.value(f).trimmed().isEmpty())
            result.setValue(f, profile.value(f));
    }
    return result;
}

QStringList EventProfiles::names() const
{
    QSettings& file = m_settings.file();
    file.beginGroup(QStringLiteral("events"));
    QStringList names;
    for (const QString& encoded : file.childGroups())
        names.append(QUrl::fromPercentEncoding(encoded.toLatin1()));
    file.endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Lead> EventProfiles::profile(const QString& name) const
{
    if (name.trimmed().isEmpty())
        return std::nullopt;
    QSettings& file = m_settings.file();
    file.beginGroup(profileGroup(name));
    const bool exists = file.contains(QStringLiteral("_name"));
    Lead lead;
    for (const LeadField f : fields())
        lead.setValue(f, file.value(LeadFields::apiName(f)).toString());
    file.endGroup();
    // A profile saved when the listing type was free text ("comprar") sends what the form offers.
    lead.setValue(LeadField::ListingType, LeadFields::canonicalListingType(lead.value(LeadField::ListingType)));
    return exists ? std::optional<Lead>(lead) : std::nullopt;
}

Lead EventProfiles::active() const
{
    return profile(m_settings.activeEvent()).value_or(Lead());
}

Status EventProfiles::set(const QString& name, const Lead& values)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80 || trimmed.contains(u'\n'))
        return Failure {tr("An event profile needs a name of one line, up to 80 characters.")};
    QStringList problems;
    const LeadValidator validator;
    for (const LeadField f : fields()) {
        for (const FieldIssue& issue : validator.validateField(f, values.value(f))) {
            if (issue.severity == FieldIssue::Severity::Error)
                problems.append(LeadFields::apiName(f) + QStringLiteral(": ") + issue.message);
        }
    }
    if (!problems.isEmpty())
        return Failure {problems.join(u'\n')};
    QSettings& file = m_settings.file();
    const QStringList listings = kioskListings(trimmed); // not a field: kept as it is
    file.remove(profileGroup(trimmed));
    file.beginGroup(profileGroup(trimmed));
    file.setValue(QStringLiteral("_name"), trimmed);
    if (!listings.isEmpty())
        file.setValue(QStringLiteral("kiosk_listings"), listings.join(u' '));
    for (const LeadField f : fields()) {
        const QString v = values.value(f).trimmed();
        if (!v.isEmpty())
            file.setValue(LeadFields::apiName(f), v);
    }
    file.endGroup();
    return m_settings.sync();
}

QStringList EventProfiles::kioskListings(const QString& name) const
{
    if (name.trimmed().isEmpty())
        return {};
    QSettings& file = m_settings.file();
    file.beginGroup(profileGroup(name));
    QStringList uids = file.value(QStringLiteral("kiosk_listings")).toString().split(u' ', Qt::SkipEmptyParts);
    file.endGroup();
    uids.removeDuplicates();
    return uids.mid(0, kMaxKioskListings);
}

Status EventProfiles::setKioskListings(const QString& name, const QStringList& uids)
{
    if (!profile(name))
        return Failure {tr("There is no event profile named \"%1\".").arg(name.trimmed())};
    QStringList kept;
    for (const QString& uid : uids) {
        const QString trimmed = uid.trimmed();
        if (trimmed.isEmpty() || kept.contains(trimmed))
            continue;
        if (trimmed.contains(u' ') || trimmed.size() > LeadFields::info(LeadField::PropertyUid).maxLength)
            return Failure {tr("\"%1\" is not a property uid.").arg(trimmed)};
        kept.append(trimmed);
    }
    if (kept.size() > kMaxKioskListings)
        return Failure {tr("A kiosk can ask about at most %1 properties.").arg(kMaxKioskListings)};
    QSettings& file = m_settings.file();
    file.beginGroup(profileGroup(name));
    if (kept.isEmpty())
        file.remove(QStringLiteral("kiosk_listings"));
    else
        file.setValue(QStringLiteral("kiosk_listings"), kept.join(u' '));
    file.endGroup();
    return m_settings.sync();
}

Status EventProfiles::remove(const QString& name)
{
    if (!profile(name))
        return Failure {tr("There is no event profile named \"%1\".").arg(name.trimmed())};
    m_settings.file().remove(profileGroup(name));
    if (m_settings.activeEvent() == name.trimmed()) {
        if (Status reset = m_settings.reset(Settings::Key::ActiveEvent); !reset)
            return reset;
    }
    return m_settings.sync();
}
