#include "Engine.h"

#include "Cli.h"
#include "storage/SubmissionRecord.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

Engine::Engine(CliContext& c)
    : context(c)
    , backend(c.settings, c.secrets)
    , store(backend.store())
    , service(backend.service())
{ }

bool Engine::open()
{
    if (const Status opened = backend.open(); !opened) {
        context.err << opened.error() << '\n';
        return false;
    }
    return true;
}

Status Engine::waitUntilFinished()
{
    QEventLoop loop;
    QString problem;
    QObject::connect(&service, &SubmissionService::finished, &loop, &QEventLoop::quit);
    // A CLI run does not wait for a full disk to clear: it stops, and says so.
    QObject::connect(&service, &SubmissionService::storageProblemChanged, &loop, [&](const QString& message) {
        if (!message.isEmpty()) {
            problem = message;
            loop.quit();
        }
    });
    loop.exec();
    if (!problem.isEmpty())
        return Failure {CliContext::tr("The history file %1 cannot be written: %2 Answers not recorded come back as "
                                       "uncertain at the next sync.")
                            .arg(backend.database().path(), problem)};
    return {};
}

Result<QList<Submission>> Engine::deliver(const QList<qint64>& ids)
{
    QList<Submission> rows;
    if (Status done = deliver(ids, [&rows](const Submission& s) { rows.append(s); }); !done)
        return Failure {done.error()};
    return rows;
}

Status Engine::deliver(const QList<qint64>& ids, const std::function<void(const Submission&)>& each)
{
    const QString keyProblem = backend.apiKeyProblem();
    if (keyProblem.isEmpty() && !ids.isEmpty()) {
        service.sendIds(ids);
        if (Status done = waitUntilFinished(); !done)
            return done;
    }
    for (const qint64 id : ids) {
        Result<Submission> s = store.get(id);
        if (!s)
            return Failure {
                CliContext::tr("The lead was stored as #%1 but cannot be read back: %2").arg(id).arg(s.error())};
        if (!keyProblem.isEmpty() && !SubmissionStates::isFinal(s->state))
            s->message = keyProblem;
        else if (s->state == SubmissionState::Sending)
            s->message = CliContext::tr("Being sent by another LeadEntry process, which did not answer in time; "
                                        "its outcome will be in the history (leadentry-cli history).");
        each(*s);
    }
    return {};
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
        c.out << QJsonDocument(SubmissionRecord::toJson(s)).toJson(QJsonDocument::Compact) << '\n';
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
