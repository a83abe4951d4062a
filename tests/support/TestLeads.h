#pragma once

#include "Lead.h"

// A lead with the three required fields, for tests.
inline Lead makeLead(const QString& name, const QString& phone, const QString& email)
{
    Lead lead;
    lead.setValue(LeadField::FullName, name);
    lead.setValue(LeadField::Phone, phone);
    lead.setValue(LeadField::Email, email);
    return lead;
}
