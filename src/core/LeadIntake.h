#pragma once

#include "core/AcceptedLead.h"
#include "core/LeadValidator.h"

#include <optional>

// The one way in for a lead, whichever door it came through (the form, the kiosk, `leadentry-cli
// submit`, a CSV row in the app or the CLI): apply the event profile, validate, decide. Only an
// accepted lead can go on to the outbox; what to do with the rest is the caller's (mark the
// fields, print them, list the row).
namespace LeadIntake {

// What to do with a phone number that is possible but unknown to the numbering plan.
enum class UnverifiedPhone {
    Ask, // not accepted yet: the caller asks the person (form, kiosk) or names the flag (CLI)
    Accept, // the person said yes, or a file's rows are taken as they are
};

struct Decision
{
    ValidationResult validation; // every issue, for the caller to show
    std::optional<AcceptedLead> accepted; // set when the lead may be stored and sent

    // No error, only an unverified phone that the person has not accepted yet.
    [[nodiscard]] bool needsConfirmation() const
    {
        return !accepted && !validation.hasErrors() && validation.hasWarnings();
    }
};

// The profile's values fill what the lead leaves empty (typed values win); the phone is read in
// `region` when it has no country code.
[[nodiscard]] Decision take(const Lead& lead, const Lead& profile, const QString& region, UnverifiedPhone unverified);

} // namespace LeadIntake
