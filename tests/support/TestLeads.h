#pragma once

#include "core/LeadValidator.h"

// A lead with the three required fields, for tests.
inline Lead makeLead(const QString& name, const QString& phone, const QString& email)
{
    Lead lead;
    lead.setValue(LeadField::FullName, name);
    lead.setValue(LeadField::Phone, phone);
    lead.setValue(LeadField::Email, email);
    return lead;
}

// What the intake makes of a valid lead, for tests that submit straight to the service. A lead
// that does not pass is a mistake in the test, and stops it at once.
inline AcceptedLead acceptedLead(const Lead& lead)
{
    const std::optional<AcceptedLead> accepted = LeadValidator().validate(lead).accept(true);
    if (!accepted)
        qFatal("acceptedLead: the test's lead does not pass validation");
    return *accepted;
}

inline AcceptedLead acceptedLead(const QString& name, const QString& phone, const QString& email)
{
    return acceptedLead(makeLead(name, phone, email));
}
