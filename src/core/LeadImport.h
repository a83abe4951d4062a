#pragma once

#include "CsvReader.h"
#include "CsvStream.h"
#include "core/LeadIntake.h"
#include "core/RepeatIndex.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
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

// From CSV rows to leads, one row at a time: columns mapped from the header (API names, English and
// Spanish aliases) or by hand, each row validated, rows repeating an earlier row's phone or email
// flagged (a RepeatIndex: in memory unless given one that is not), and an event profile's values
// filling what the row leaves empty. LeadImport::plan runs it over a whole table; ImportReading
// over a stream.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(LeadImport)

public:
    ImportPlanner(QString region, Lead profile, std::unique_ptr<RepeatIndex> repeats = {});
    // Maps the columns (from the header unless given): fails naming the required ones missing.
    Status setColumns(const QStringList& header, const QList<std::optional<LeadField>>& columns = {});
    [[nodiscard]] const QList<std::optional<LeadField>>& columns() const { return m_columns; }
    [[nodiscard]] const QStringList& ignoredColumns() const { return m_ignored; }
    [[nodiscard]] ImportRow take(const QStringList& cells, int rowNumber);
    // Set when the check of repeated rows could not be made (its keys on disk unreadable): the
    // rows taken since are not to be trusted, and reading stops.
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    QString m_region;
    Lead m_profile;
    QList<std::optional<LeadField>> m_columns;
    QStringList m_ignored;
    std::unique_ptr<RepeatIndex> m_repeats;
    QString m_error;
};

// A CSV file read row by row through an ImportPlanner: the one loop the import dialog and the CLI
// both run, to check a file, then again to store its good rows (or to save its bad ones). Memory
// stays flat however large the file when the repeat index given keeps its keys on disk past a
// size (storage's ScratchRepeatIndex).
class ImportReading
{
public:
    ImportReading(const QString& region, const Lead& profile, std::unique_ptr<RepeatIndex> repeats);
    // Opens the file, decides its encoding and maps its columns (from the header unless given).
    Status open(const QString& path, const QList<std::optional<LeadField>>& columns = {});
    // The next row, planned (with its cells as read, when asked for); nothing at the end of the
    // file, or when reading stopped on an error (error()).
    std::optional<ImportRow> next(QStringList* cells = nullptr);
    [[nodiscard]] QString error() const;
    [[nodiscard]] const CsvStream& stream() const { return m_stream; }
    [[nodiscard]] const ImportPlanner& planner() const { return m_planner; }

private:
    CsvStream m_stream;
    ImportPlanner m_planner;
};

class LeadImport
{
    Q_DECLARE_TR_FUNCTIONS(LeadImport)

public:
    [[nodiscard]] static QList<std::optional<LeadField>> mapHeader(const QStringList& header);
    [[nodiscard]] static ImportPlan plan(const CsvTable& table, const QString& region, const Lead& profile = {},
        const QList<std::optional<LeadField>>& columns = {});
    // The invalid rows as CSV (the original columns plus "row" and "problems"), to fix and re-import:
    // the header line, then one line per invalid row; invalidRowsCsv for a whole table.
    [[nodiscard]] static QString invalidRowsHeader(const QStringList& header, char delimiter);
    [[nodiscard]] static QString invalidRowRecord(const ImportRow& row, const QStringList& cells, char delimiter);
    [[nodiscard]] static QString invalidRowsCsv(const CsvTable& table, const ImportPlan& plan);
};
