#include "Cli.h"

#include "core/Csv.h"
#include "storage/Database.h"
#include "storage/SubmissionRecord.h"
#include "storage/SubmissionStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

int runHistory(CliContext& c)
{
    if (c.args.value(1) == QLatin1String("purge")) {
        c.args.removeAt(1);
        c.args[0] += QStringLiteral(" purge");
        return runHistoryPurge(c);
    }
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Show this help."));
    const QCommandLineOption state(QStringLiteral("state"),
        CliContext::tr("Only this state (queued, sending, created, duplicate, rejected, unconfirmed); repeatable."),
        CliContext::tr("STATE"));
    const QCommandLineOption search(QStringLiteral("search"),
        CliContext::tr("Only leads whose name, phone or email match."), CliContext::tr("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        CliContext::tr("At most this many, newest first (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("Print a JSON array."));
    const QCommandLineOption csv(QStringLiteral("csv"), CliContext::tr("Print CSV with a header row."));
    parser.addOptions({help, state, search, limit, json, csv});
    if (!parser.parse(c.args) || !parser.positionalArguments().isEmpty()) {
        c.err << c.args.first() << ": "
              << (parser.errorText().isEmpty() ? CliContext::tr("unexpected argument") : parser.errorText()) << '\n';
        return ExitInvalid;
    }
    if (parser.isSet(help)) {
        c.out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(json) && parser.isSet(csv)) {
        c.err << CliContext::tr("leadentry-cli history: choose --json or --csv, not both.") << '\n';
        return ExitInvalid;
    }
    HistoryQuery query;
    for (const QString& name : parser.values(state)) {
        const auto s = SubmissionStates::fromName(name);
        if (!s) {
            c.err << CliContext::tr("leadentry-cli history: unknown state \"%1\".").arg(name) << '\n';
            return ExitInvalid;
        }
        query.states.append(*s);
    }
    bool ok = false;
    query.limit = parser.value(limit).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > 10000000) {
        c.err << CliContext::tr("leadentry-cli history: --limit expects a positive number.") << '\n';
        return ExitInvalid;
    }
    query.text = parser.value(search);

    Database database(Database::defaultPath());
    if (const Status opened = database.open(); !opened) {
        c.err << opened.error() << '\n';
        return ExitFailure;
    }
    SubmissionStore store(database);
    const Result<QList<Submission>> listed = store.list(query);
    if (!listed) {
        c.err << listed.error() << '\n';
        return ExitFailure;
    }
    const QList<Submission>& rows = *listed;

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Submission& s : rows)
            array.append(SubmissionRecord::toJson(s));
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (parser.isSet(csv)) {
        c.out << Csv::record(SubmissionRecord::columns());
        for (const Submission& s : rows)
            c.out << Csv::record(SubmissionRecord::toCsvFields(s));
        return ExitOk;
    }
    for (const Submission& s : rows) {
        const QString result = s.state == SubmissionState::Created ? QStringLiteral("id=") + s.remoteId : s.message;
        c.out << '#' << s.id << "  "
              << QDateTime::fromMSecsSinceEpoch(s.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
              << SubmissionStates::name(s.state) << (s.uncertain ? QStringLiteral("?") : QString()) << "  "
              << s.lead.fullName() << "  " << s.lead.phone() << "  " << s.lead.email() << "  " << result << '\n';
    }
    if (rows.isEmpty())
        c.err << CliContext::tr("No submissions match.") << '\n';
    return ExitOk;
}
