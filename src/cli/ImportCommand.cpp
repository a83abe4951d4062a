#include "Cli.h"

#include "Engine.h"
#include "core/CsvStream.h"
#include "core/EventProfiles.h"
#include "core/LeadImport.h"
#include "core/Settings.h"
#include "storage/ScratchRepeatIndex.h"
#include "storage/SubmissionRecord.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace {
constexpr qint64 kProgressFromBytes = 1024 * 1024;
constexpr int kStoreChunkRows = 500;
} // namespace

int runImport(CliContext& c)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Show this help."));
    const QCommandLineOption event(QStringLiteral("event"),
        CliContext::tr("Apply this event profile to every row (the row's own values win)."), CliContext::tr("PROFILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), CliContext::tr("Check the rows; store and send nothing."));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("Print the result as JSON."));
    const QCommandLineOption property(QStringLiteral("property"),
        CliContext::tr("The property of every row without one, by its uid, slug or exact name in the catalog."),
        CliContext::tr("TEXT"));
    const QCommandLineOption agent(QStringLiteral("agent"),
        CliContext::tr("The agent of every row without one, by email or exact name in the catalog."),
        CliContext::tr("TEXT"));
    parser.addOptions({help, event, property, agent, dryRun, json});
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
    Lead named; // --property and --agent win over the profile's
    if (!resolveCatalogNames(c, parser.value(property), parser.value(agent), named))
        return ExitInvalid;
    for (const LeadField f : {LeadField::PropertyUid, LeadField::Related}) {
        if (!named.value(f).isEmpty())
            profile.setValue(f, named.value(f));
    }

    const QString path = parser.positionalArguments().first();
    // The file is read as a stream, row by row: memory stays flat however large it is. The header
    // is checked before anything else is read.
    // It is read twice: once to check every row (and report the bad ones) without holding the
    // history file, then, when something is to be stored, again to store the good rows.
    std::unique_ptr<ImportReading> reading;
    const auto start = [&]() -> Status {
        reading = std::make_unique<ImportReading>(
            c.settings.defaultRegion(), profile, std::make_unique<ScratchRepeatIndex>());
        return reading->open(path);
    };
    if (const Status started = start(); !started) {
        c.err << path << ": " << started.error() << '\n';
        return ExitInvalid;
    }
    if (!reading->planner().ignoredColumns().isEmpty())
        c.err << CliContext::tr("note: columns ignored: %1")
                     .arg(reading->planner().ignoredColumns().join(QStringLiteral(", ")))
              << '\n';
    if (reading->stream().damagedBytes() > 0)
        c.err << CliContext::tr("note: the file is read as %1, but some of its text (%2 places) is in another "
                                "encoding; the rows that hold it are refused.")
                     .arg(reading->stream().encoding())
                     .arg(reading->stream().damagedBytes())
              << '\n';

    // Big files say how far reading got, every tenth of the way.
    const bool showProgress = reading->stream().size() > kProgressFromBytes;
    bool checking = true; // the first reading: count and report; the second only stores
    int shownTenth = 0;
    int rows = 0;
    int valid = 0;
    QJsonArray invalid;
    const bool asJson = parser.isSet(json);
    bool readingFailed = false; // the file (or the check of its repeated rows), not the history
    const auto nextLead = [&]() -> Result<std::optional<AcceptedLead>> {
        while (std::optional<ImportRow> next = reading->next()) {
            ImportRow& row = *next;
            if (showProgress) {
                const int tenth = static_cast<int>(
                    reading->stream().position() * 10 / std::max<qint64>(1, reading->stream().size()));
                if (tenth > shownTenth) {
                    shownTenth = tenth;
                    c.err << (checking ? CliContext::tr("%1: %2% checked, %3 rows so far.")
                                       : CliContext::tr("%1: %2% stored."))
                                 .arg(path)
                                 .arg(tenth * 10)
                                 .arg(rows + 1)
                          << '\n';
                    c.err.flush();
                }
            }
            if (!checking) {
                if (row.accepted)
                    return std::move(row.accepted);
                continue;
            }
            ++rows;
            if (row.accepted) {
                ++valid;
                return std::move(row.accepted);
            }
            for (const FieldIssue& issue : std::as_const(row.issues)) {
                if (issue.severity != FieldIssue::Severity::Error)
                    continue;
                c.err << CliContext::tr("row %1").arg(row.rowNumber) << ": " << LeadFields::apiName(issue.field) << ": "
                      << issue.message << '\n';
                // Kept for the one JSON object printed at the end, only when it is asked for: a
                // file of bad rows is otherwise reported as it is read, in flat memory.
                if (asJson)
                    invalid.append(QJsonObject {{QStringLiteral("row"), row.rowNumber},
                        {QStringLiteral("field"), LeadFields::apiName(issue.field)},
                        {QStringLiteral("message"), issue.message}});
            }
        }
        if (!reading->error().isEmpty()) {
            readingFailed = true;
            return Failure {reading->error()};
        }
        return std::optional<AcceptedLead>();
    };

    // First reading: every row checked; a file that turns out unreadable half-way stores nothing.
    for (;;) {
        const Result<std::optional<AcceptedLead>> lead = nextLead();
        if (!lead) {
            c.err << path << ": " << lead.error() << ' ' << CliContext::tr("Nothing was imported.") << '\n';
            return ExitInvalid;
        }
        if (!lead->has_value())
            break;
    }

    QJsonArray results;
    int waiting = 0;
    if (!parser.isSet(dryRun) && valid > 0) {
        Engine engine(c);
        if (!engine.open())
            return ExitFailure;
        // Second reading: the good rows stored, in chunks that let the app and a kiosk write in
        // between, all of them before the first is sent.
        checking = false;
        shownTenth = 0;
        if (const Status started = start(); !started) {
            c.err << path << ": " << started.error() << ' ' << CliContext::tr("Nothing was imported.") << '\n';
            return ExitInvalid;
        }
        const Result<QList<qint64>> ids
            = engine.service.submitAll(nextLead, Origin::Import, eventName, kStoreChunkRows);
        if (!ids && readingFailed) {
            c.err << path << ": " << ids.error() << '\n'; // says how many were kept before it
            return ExitFailure;
        }
        if (!ids) {
            c.err << CliContext::tr("The leads could not be stored in %1: %2")
                         .arg(engine.backend.database().path(), ids.error())
                  << '\n';
            return ExitFailure;
        }
        const Status delivered = engine.deliver(*ids, [&](const Submission& s) {
            waiting += SubmissionStates::isFinal(s.state) ? 0 : 1;
            if (!asJson)
                printSubmission(c, false, s);
            else
                results.append(SubmissionRecord::toJson(s));
        });
        if (!delivered) {
            c.err << delivered.error() << '\n';
            return ExitFailure;
        }
    }
    const int invalidRows = rows - valid;
    if (asJson) {
        c.out << QJsonDocument(QJsonObject {{QStringLiteral("rows"), rows}, {QStringLiteral("valid"), valid},
                                   {QStringLiteral("invalid"), invalid}, {QStringLiteral("results"), results},
                                   {QStringLiteral("encoding"), reading->stream().encoding()},
                                   {QStringLiteral("delimiter"), QString(QLatin1Char(reading->stream().delimiter()))}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    c.err << CliContext::tr("%1 rows: %2 valid, %3 invalid.").arg(rows).arg(valid).arg(invalidRows) << '\n';
    if (invalidRows > 0)
        return ExitInvalid;
    return waiting > 0 ? ExitNotDelivered : ExitOk;
}
