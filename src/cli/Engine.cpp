#include "Engine.h"

#include "Cli.h"
#include "SecretStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

Engine::Engine(CliContext& c)
    : context(c)
    , database(Database::defaultPath())
    , store(database)
    , client(&network)
    , service(store, client, c.settings, clock)
{ }

bool Engine::open()
{
    const QString problem = database.open();
    if (problem.isEmpty())
        return true;
    context.err << problem << '\n';
    return false;
}

QString Engine::useApiKey()
{
    const ApiKey::Resolved key = ApiKey::resolve(context.secrets);
    service.setApiKey(key.key, key.problem);
    return key.problem;
}

QList<Submission> Engine::deliver(const QList<qint64>& ids, const QString& keyProblem)
{
    if (keyProblem.isEmpty() && !ids.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&service, &SubmissionService::finished, &loop, &QEventLoop::quit);
        service.sendIds(ids);
        loop.exec();
    }
    QList<Submission> rows;
    for (const qint64 id : ids) {
        std::optional<Submission> s = store.get(id);
        if (!s) {
            context.err << CliContext::tr("The lead was stored as #%1 but cannot be read back: %2")
                               .arg(id)
                               .arg(store.lastError())
                        << '\n';
            continue;
        }
        if (!keyProblem.isEmpty() && !SubmissionStates::isFinal(s->state))
            s->message = keyProblem;
        rows.append(*s);
    }
    return rows;
}

int exitCodeFor(SubmissionState state)
{
    switch (state) {
    case SubmissionState::Created:
    case SubmissionState::Duplicate:
        return ExitOk;
    case SubmissionState::Rejected:
        return ExitRejected;
    case SubmissionState::Queued:
    case SubmissionState::Sending:
        return ExitNotDelivered;
    case SubmissionState::Unconfirmed:
        return ExitFailure;
    }
    return ExitFailure;
}

void printSubmission(CliContext& c, bool json, const Submission& s)
{
    QString message = s.message;
    if (s.state == SubmissionState::Duplicate && s.uncertain)
        message += u' ' + CliContext::tr("(an earlier attempt may have created it)");
    const bool waiting = !SubmissionStates::isFinal(s.state);
    if (waiting && s.uncertain)
        message += u' '
            + CliContext::tr("An earlier attempt may have reached AlterEstate; a resend may come back as a duplicate.");
    if (json) {
        const auto orNull = [](const QString& v) { return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
        const QJsonObject o {{QStringLiteral("local_id"), s.id},
            {QStringLiteral("state"), SubmissionStates::name(s.state)},
            {QStringLiteral("remote_id"), orNull(s.remoteId)}, {QStringLiteral("uid"), orNull(s.uid)},
            {QStringLiteral("deal_id"), orNull(s.dealId)}, {QStringLiteral("log_id"), orNull(s.logId)},
            {QStringLiteral("message"), orNull(waiting ? QString() : message)},
            {QStringLiteral("reason"), orNull(waiting ? message : QString())},
            {QStringLiteral("uncertain"), s.uncertain}};
        c.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        c.out.flush();
        return;
    }
    // The words before the colon are the contract and stay English; the messages are translated.
    switch (s.state) {
    case SubmissionState::Created:
        c.out << "created #" << s.id << " id=" << s.remoteId << " uid=" << s.uid << " deal=" << s.dealId
              << " log=" << s.logId << '\n';
        break;
    case SubmissionState::Duplicate:
        c.out << "duplicate #" << s.id << " log=" << s.logId << ": " << message << '\n';
        break;
    default:
        c.out << SubmissionStates::name(s.state == SubmissionState::Sending ? SubmissionState::Queued : s.state) << " #"
              << s.id << ": " << message << '\n';
        break;
    }
    c.out.flush();
}
