#include "Cli.h"

#include "Csv.h"
#include "Database.h"
#include "LeadField.h"
#include "SubmissionStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

// The columns of `history --json` and `--csv`, in order: one list so the two never differ.
QList<QPair<QString, QJsonValue>> record(const Submission& s)
{
    QList<QPair<QString, QJsonValue>> r;
    r.append({QStringLiteral("id"), s.id});
    for (const auto& info : LeadFields::all())
        r.append({LeadFields::apiName(info.field), s.lead.value(info.field)});
    r.append({QStringLiteral("state"), SubmissionStates::name(s.state)});
    r.append({QStringLiteral("uncertain"), s.uncertain});
    r.append({QStringLiteral("remote_id"), s.remoteId});
    r.append({QStringLiteral("uid"), s.uid});
    r.append({QStringLiteral("deal_id"), s.dealId});
    r.append({QStringLiteral("log_id"), s.logId});
    r.append({QStringLiteral("message"), s.message});
    r.append({QStringLiteral("attempts"), s.attempts});
    r.append({QStringLiteral("origin"), s.origin});
    r.append({QStringLiteral("event"), s.event});
    r.append({QStringLiteral("created_at"), isoTime(s.createdAt)});
    r.append({QStringLiteral("updated_at"), isoTime(s.updatedAt)});
    r.append({QStringLiteral("resubmission_of"), s.resubmissionOf > 0 ? QJsonValue(s.resubmissionOf) : QJsonValue()});
    return r;
}

QString csvText(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}
} // namespace

int runHistory(CliContext& c)
{
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
    if (const QString problem = database.open(); !problem.isEmpty()) {
        c.err << problem << '\n';
        return ExitFailure;
    }
    SubmissionStore store(database);
    const QList<Submission> rows = store.list(query);
    if (!store.lastError().isEmpty()) {
        c.err << store.lastError() << '\n';
        return ExitFailure;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Submission& s : rows) {
            QJsonObject o;
            for (const auto& [key, value] : record(s))
                o.insert(key, value);
            array.append(o);
        }
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (parser.isSet(csv)) {
        QStringList header;
        for (const auto& column : record(Submission {}))
            header.append(column.first);
        c.out << Csv::record(header);
        for (const Submission& s : rows) {
            QStringList fields;
            for (const auto& column : record(s))
                fields.append(csvText(column.second));
            c.out << Csv::record(fields);
        }
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
