#include "LeadIntake.h"

#include "core/EventProfiles.h"

namespace LeadIntake {

Decision take(const Lead& lead, const Lead& profile, const QString& region, UnverifiedPhone unverified)
{
    Decision decision;
    decision.validation = LeadValidator(region).validate(EventProfiles::apply(lead, profile));
    decision.accepted = decision.validation.accept(unverified == UnverifiedPhone::Accept);
    return decision;
}

} // namespace LeadIntake
