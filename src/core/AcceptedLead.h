#pragma once

#include "core/Lead.h"

#include <QString>

struct ValidationResult;

// A lead that passed LeadValidator with no error and every warning explicitly accepted: the only
// kind of lead the outbox takes. Only ValidationResult::accept() can make one, so "validated" is a
// type the compiler checks, not a comment. It carries what validation learnt: the trimmed lead, the
// phone in E.164 and the region the number was read in.
class AcceptedLead
{
public:
    [[nodiscard]] const Lead& lead() const { return m_lead; }
    [[nodiscard]] const QString& phoneE164() const { return m_phoneE164; }
    // The region the phone was read in ("DO" for a national Dominican number).
    [[nodiscard]] const QString& defaultRegion() const { return m_defaultRegion; }

private:
    friend struct ValidationResult;
    AcceptedLead(Lead lead, QString phoneE164, QString defaultRegion)
        : m_lead(std::move(lead))
        , m_phoneE164(std::move(phoneE164))
        , m_defaultRegion(std::move(defaultRegion))
    { }

    Lead m_lead;
    QString m_phoneE164;
    QString m_defaultRegion;
};
