#pragma once

#include "core/AcceptedLead.h"
#include "core/Lead.h"
#include "core/PhoneNumbers.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct FieldIssue
{
    enum class Severity {
        Error, // the lead cannot be sent
        Warning, // the lead may be sent once the user accepts it explicitly
    };
    LeadField field;
    Severity severity;
    QString message; // translated, without the field's name
};

struct ValidationResult
{
    Lead lead; // trimmed: what will be stored and sent
    QList<FieldIssue> issues;
    QString phoneE164; // empty when the phone could not be parsed
    QString phoneRegion;
    QString defaultRegion; // the region national numbers were read in

    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] bool hasWarnings() const;
    [[nodiscard]] QList<FieldIssue> issuesFor(LeadField field) const;
    // Sendable: no errors, and any warning was accepted.
    [[nodiscard]] bool isAcceptable(bool warningsAccepted) const
    {
        return !hasErrors() && (warningsAccepted || !hasWarnings());
    }
    // The lead the outbox may take: set only when isAcceptable(warningsAccepted).
    [[nodiscard]] std::optional<AcceptedLead> accept(bool warningsAccepted) const;
};

// Checks a lead before anything is stored or sent. Pure and cheap: the form calls it on every edit.
class LeadValidator
{
    Q_DECLARE_TR_FUNCTIONS(LeadValidator)

public:
    explicit LeadValidator(QString defaultRegion = PhoneNumbers::defaultRegion());

    [[nodiscard]] ValidationResult validate(const Lead& lead) const;
    // The problems of one field alone, for validation as the user leaves it.
    [[nodiscard]] QList<FieldIssue> validateField(LeadField field, const QString& value) const;

    [[nodiscard]] static bool isValidEmail(const QString& email);
    [[nodiscard]] static qsizetype codePointCount(const QString& text);

private:
    void checkField(
        LeadField field, const QString& value, QList<FieldIssue>& issues, QString* e164, QString* region) const;
    QString m_defaultRegion;
};
