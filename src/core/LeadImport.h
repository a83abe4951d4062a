#pragma once

#include "CsvReader.h"
#include "core/LeadIntake.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

// One CSV row turned into a lead, with what is wrong with it.
struct ImportRow
{
    int rowNumber = 0; // as the spreadsheet numbers it
    Lead lead; // trimmed, with the event profile applied
    QString phoneE164;
    QList<FieldIssue> issues; // errors make the row invalid; warnings (unverified phones) are accepted
    std::optional<AcceptedLead> accepted; // set for a valid row: what goes to the outbox
    [[nodiscard]] bool isValid() const { return accepted.has_value(); }
};

struct ImportPlan
{
    QString error; // translated; set when nothing can be imported (unreadable file, missing columns)
    QList<std::optional<LeadField>> columns; // what each CSV column maps to
    QStringList ignoredColumns; // header names that map to nothing
    QList<ImportRow> rows;
    [[nodiscard]] int validCount() const;
    // The valid rows' leads, in file order.
    [[nodiscard]] QList<AcceptedLead> acceptedLeads() const;
};

// From CSV rows to leads, one row at a time (memory grows only by a hash per valid row): columns
// mapped from the header (API names, English and Spanish aliases) or by hand, each row validated,
// rows repeating an earlier row's phone or email flagged, and an event profile's values filling
// what the row leaves empty. LeadImport::plan runs it over a whole table; the CLI over a stream.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(LeadImport)

public:
    ImportPlanner(QString region, Lead profile);
    // Maps the columns (from the header unless given): fails naming the required ones missing.
    Status setColumns(const QStringList& header, const QList<std::optional<LeadField>>& columns = {});
    [[nodiscard]] const QList<std::optional<LeadField>>& columns() const { return m_columns; }
    [[nodiscard]] const QStringList& ignoredColumns() const { return m_ignored; }
    [[nodiscard]] ImportRow take(const QStringList& cells, int rowNumber);

private:
    QString m_region;
    Lead m_profile;
    QList<std::optional<LeadField>> m_columns;
    QStringList m_ignored;
    QHash<size_t, int> m_seenPhones; // hash of a valid row's E.164 phone → its row number
    QHash<size_t, int> m_seenEmails;
};

class LeadImport
{
    Q_DECLARE_TR_FUNCTIONS(LeadImport)

public:
    [[nodiscard]] static QList<std::optional<LeadField>> mapHeader(const QStringList& header);
    [[nodiscard]] static ImportPlan plan(const CsvTable& table, const QString& region, const Lead& profile = {},
        const QList<std::optional<LeadField>>& columns = {});
    // The invalid rows as CSV (the original columns plus "row" and "problems"), to fix and re-import.
    [[nodiscard]] static QString invalidRowsCsv(const CsvTable& table, const ImportPlan& plan);
};
