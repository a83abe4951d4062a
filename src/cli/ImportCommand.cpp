#include "Cli.h"

#include "Engine.h"
#include "core/EventProfiles.h"
#include "core/LeadImport.h"
#include "core/Settings.h"
#include "storage/SubmissionRecord.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int runImport(CliContext& c)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Show this help."));
    const QCommandLineOption event(QStringLiteral("event"),
        CliContext::tr("Apply this event profile to every row (the row's own values win)."), CliContext::tr("PROFILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), CliContext::tr("Check the rows; store and send nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("Print the result as JSON."));
    parser.addOptions({help, event, dryRun, json});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The CSV file."));
    if (!parser.parse(c.args) || parser.positionalArguments().size() != 1) {
        if (!parser.isSet(help)) {
            c.err << c.args.first() << ": "
                  << (parser.errorText().isEmpty() ? CliContext::tr("name one CSV file") : parser.errorText()) << '\n';
            return ExitInvalid;
        }
    }
    if (parser.isSet(help)) {
        c.out << parser.helpText();
        return ExitOk;
    }
    Lead profile;
    const QString eventName = parser.value(event).trimmed();
    if (!eventName.isEmpty()) {
        const auto found = EventProfiles(c.settings).profile(eventName);
        if (!found) {
            c.err << CliContext::tr("leadentry-cli import: no event profile named \"%1\".").arg(eventName) << '\n';
            return ExitInvalid;
        }
        profile = *found;
    }

    const QString path = parser.positionalArguments().first();
    const CsvTable table = CsvReader::readFile(path);
    const ImportPlan plan = LeadImport::plan(table, c.settings.defaultRegion(), profile);
    if (!plan.error.isEmpty()) {
        c.err << path << ": " << plan.error << '\n';
        return ExitInvalid;
    }
    QJsonArray invalid;
    const QList<AcceptedLead> leads = plan.acceptedLeads();
    for (const ImportRow& row : plan.rows) {
        if (row.isValid())
            continue;
        for (const FieldIssue& issue : row.issues) {
            if (issue.severity != FieldIssue::Severity::Error)
                continue;
            c.err << CliContext::tr("row %1").arg(row.rowNumber) << ": " << LeadFields::apiName(issue.field) << ": "
                  << issue.message << '\n';
            invalid.append(QJsonObject {{QStringLiteral("row"), row.rowNumber},
                {QStringLiteral("field"), LeadFields::apiName(issue.field)},
                {QStringLiteral("message"), issue.message}});
        }
    }
    const int invalidRows = static_cast<int>(plan.rows.size()) - static_cast<int>(leads.size());
    if (!plan.ignoredColumns.isEmpty())
        c.err << CliContext::tr("note: columns ignored: %1").arg(plan.ignoredColumns.join(QStringLiteral(", ")))
              << '\n';

    QJsonArray results;
    int waiting = 0;
    if (!parser.isSet(dryRun) && !leads.isEmpty()) {
        Engine engine(c);
        if (!engine.open())
            return ExitFailure;
        // Every good row on disk, in one transaction, before the first is sent.
        const Result<QList<qint64>> ids = engine.service.submitBatch(leads, Origin::Import, eventName);
        if (!ids) {
            c.err << CliContext::tr("The leads could not be stored in %1: %2")
                         .arg(engine.backend.database().path(), ids.error())
                  << '\n';
            return ExitFailure;
        }
        const Result<QList<Submission>> rows = engine.deliver(*ids);
        if (!rows) {
            c.err << rows.error() << '\n';
            return ExitFailure;
        }
        for (const Submission& s : *rows) {
            waiting += SubmissionStates::isFinal(s.state) ? 0 : 1;
            if (!parser.isSet(json))
                printSubmission(c, false, s);
            else
                results.append(SubmissionRecord::toJson(s));
        }
    }
    if (parser.isSet(json)) {
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("rows"), static_cast<int>(plan.rows.size())},
                {QStringLiteral("valid"), static_cast<int>(leads.size())}, {QStringLiteral("invalid"), invalid},
                {QStringLiteral("results"), results}, {QStringLiteral("encoding"), table.encoding},
                {QStringLiteral("delimiter"), QString(QLatin1Char(table.delimiter))}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    c.err << CliContext::tr("%1 rows: %2 valid, %3 invalid.").arg(plan.rows.size()).arg(leads.size()).arg(invalidRows)
          << '\n';
    if (invalidRows > 0)
        return ExitInvalid;
    return waiting > 0 ? ExitNotDelivered : ExitOk;
}
