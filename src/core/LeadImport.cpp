#include "LeadImport.h"

#include "Csv.h"
#include "PhoneNumbers.h"

#include <QHash>

int ImportPlan::validCount() const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow& r) { return r.isValid(); }));
}

QList<AcceptedLead> ImportPlan::acceptedLeads() const
{
    QList<AcceptedLead> leads;
    leads.reserve(validCount());
    for (const ImportRow& row : rows) {
        if (row.accepted)
            leads.append(*row.accepted);
    }
    return leads;
}

QList<std::optional<LeadField>> LeadImport::mapHeader(const QStringList& header)
{
    QList<std::optional<LeadField>> columns;
    QList<LeadField> taken;
    for (const QString& name : header) {
        std::optional<LeadField> field = LeadFields::fromCsvHeader(name);
        // A second column for the same field is ignored rather than silently overwriting the first.
        if (field && taken.contains(*field))
            field.reset();
        if (field)
            taken.append(*field);
        columns.append(field);
    }
    return columns;
}

ImportPlanner::ImportPlanner(QString region, Lead profile, std::unique_ptr<RepeatIndex> repeats)
    : m_region(std::move(region))
    , m_profile(std::move(profile))
    , m_repeats(repeats ? std::move(repeats) : std::make_unique<MemoryRepeatIndex>())
{ }

Status ImportPlanner::setColumns(const QStringList& header, const QList<std::optional<LeadField>>& columns)
{
    m_columns = columns.isEmpty() ? LeadImport::mapHeader(header) : columns;
    QStringList missing;
    for (const auto& info : LeadFields::all()) {
        if (info.required && !m_columns.contains(std::optional<LeadField>(info.field)))
            missing.append(QStringLiteral("%1 (%2)").arg(LeadFields::apiName(info.field),
                LeadFields::csvAliases(info.field).mid(0, 3).join(QStringLiteral(", "))));
    }
    if (!missing.isEmpty())
        return Failure {tr("The file has no column for: %1. Name the columns in the first row.")
                            .arg(missing.join(QStringLiteral("; ")))};
    m_ignored.clear();
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (c >= m_columns.size() || !m_columns.at(c))
            m_ignored.append(header.at(c));
    }
    return {};
}

ImportRow ImportPlanner::take(const QStringList& cells, int rowNumber)
{
    Lead lead;
    for (qsizetype c = 0; c < cells.size() && c < m_columns.size(); ++c) {
        if (m_columns.at(c))
            lead.setValue(*m_columns.at(c), cells.at(c));
    }
    ImportRow row;
    row.rowNumber = rowNumber;
    // A file's rows cannot be asked about: an unverified phone is taken as written.
    const LeadIntake::Decision d = LeadIntake::take(lead, m_profile, m_region, LeadIntake::UnverifiedPhone::Accept);
    row.lead = d.validation.lead;
    row.phoneE164 = d.validation.phoneE164;
    row.issues = d.validation.issues;
    row.accepted = d.accepted;
    if (row.isValid()) {
        const Result<RepeatIndex::Earlier> earlier
            = m_repeats->take(m_repeats->phoneKey(row.phoneE164), m_repeats->emailKey(row.lead.email()), row.rowNumber);
        if (!earlier) {
            if (m_error.isEmpty())
                m_error = earlier.error();
            row.accepted.reset();
        } else if (const int phoneRow = earlier->phoneRow, emailRow = earlier->emailRow; phoneRow > 0 || emailRow > 0) {
            row.accepted.reset();
            row.issues.append({phoneRow > 0 ? LeadField::Phone : LeadField::Email, FieldIssue::Severity::Error,
                tr("Repeats row %1 of this file.").arg(phoneRow > 0 ? phoneRow : emailRow)});
        }
    }
    return row;
}

ImportPlan LeadImport::plan(const CsvTable& table, const QString& region, const Lead& profile,
    const QList<std::optional<LeadField>>& columnsOverride)
{
    ImportPlan plan;
    if (!table.error.isEmpty()) {
        plan.error = table.error;
        return plan;
    }
    ImportPlanner planner(region, profile);
    if (const Status columns = planner.setColumns(table.header, columnsOverride); !columns) {
        plan.error = columns.error();
        return plan;
    }
    plan.columns = planner.columns();
    plan.ignoredColumns = planner.ignoredColumns();
    plan.rows.reserve(table.rows.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        plan.rows.append(planner.take(table.rows.at(r), table.rowNumbers.value(r, static_cast<int>(r) + 2)));
    return plan;
}

// The file's own separator, and the fields by the names the user saw, so the file opens and
// reads like the one it came from.
QString LeadImport::invalidRowsHeader(const QStringList& header, char delimiter)
{
    return Csv::record(QStringList {tr("row"), tr("problems")} + header, QLatin1Char(delimiter));
}

QString LeadImport::invalidRowRecord(const ImportRow& row, const QStringList& cells, char delimiter)
{
    QStringList problems;
    for (const FieldIssue& issue : row.issues) {
        if (issue.severity == FieldIssue::Severity::Error)
            problems.append(LeadFields::label(issue.field) + QStringLiteral(": ") + issue.message);
    }
    return Csv::record(QStringList {QString::number(row.rowNumber), problems.join(QStringLiteral("; "))} + cells,
        QLatin1Char(delimiter));
}

QString LeadImport::invalidRowsCsv(const CsvTable& table, const ImportPlan& plan)
{
    QString out = invalidRowsHeader(table.header, table.delimiter);
    for (qsizetype i = 0; i < plan.rows.size(); ++i) {
        if (!plan.rows.at(i).isValid())
            out += invalidRowRecord(plan.rows.at(i), table.rows.value(i), table.delimiter);
    }
    return out;
}

ImportReading::ImportReading(const QString& region, const Lead& profile, std::unique_ptr<RepeatIndex> repeats)
    : m_planner(region, profile, std::move(repeats))
{ }

Status ImportReading::open(const QString& path, const QList<std::optional<LeadField>>& columns)
{
    if (Status opened = m_stream.open(path); !opened)
        return opened;
    return m_planner.setColumns(m_stream.header(), columns);
}

QString ImportReading::error() const
{
    return m_planner.error().isEmpty() ? m_stream.error() : m_planner.error();
}

std::optional<ImportRow> ImportReading::next(QStringList* cells)
{
    CsvRecord record;
    if (!m_planner.error().isEmpty() || !m_stream.next(record))
        return std::nullopt;
    ImportRow row = m_planner.take(record.cells, record.rowNumber);
    if (!m_planner.error().isEmpty())
        return std::nullopt;
    if (cells)
        *cells = std::move(record.cells);
    return row;
}
