#pragma once

#include "core/Lead.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Settings;

// Event profiles: named presets for the campaign and routing fields (an expo, a stand, an open
// house), kept in the shared settings file under `events/` so the app and the CLI see the same ones.
class EventProfiles final
{
    Q_DECLARE_TR_FUNCTIONS(EventProfiles)

public:
    explicit EventProfiles(Settings& settings);

    // The fields a profile may preset: the 14 campaign and routing fields, never a person's.
    static QList<LeadField> fields();
    // The lead with its empty preset fields filled from the profile: what was typed wins.
    [[nodiscard]] static Lead apply(const Lead& lead, const Lead& profile);

    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<Lead> profile(const QString& name) const;
    // The active event's profile (Settings::Key::ActiveEvent), or an empty lead.
    [[nodiscard]] Lead active() const;
    // Creates or replaces a profile; fails when the name or a value is refused, or the file
    // cannot be written.
    Status set(const QString& name, const Lead& values);
    // Fails when there is no such profile or the file cannot be written. Removing the active
    // profile makes no event active.
    Status remove(const QString& name);

    // The listings a kiosk at this event asks visitors about ("Which property are you interested
    // in?"), by uid, in order; none: the kiosk does not ask. Kept when set() changes the fields.
    [[nodiscard]] QStringList kioskListings(const QString& name) const;
    static constexpr int kMaxKioskListings = 50;
    Status setKioskListings(const QString& name, const QStringList& uids);

private:
    Settings& m_settings;
};
