#include "Cli.h"

#include "Engine.h"

#include <QEventLoop>

int runSync(CliContext& c)
{
    const QStringList options = c.args.mid(1);
    const bool json = options.contains(QStringLiteral("--json"));
    for (const QString& o : options) {
        if (o != QLatin1String("--json")) {
            c.err << CliContext::tr("Usage: leadentry-cli sync [--json]: one attempt for every queued lead.") << '\n';
            return o == QLatin1String("--help") ? ExitOk : ExitInvalid;
        }
    }
    Engine engine(c);
    if (!engine.open())
        return ExitFailure;
    if (const Result<int> recovered = engine.service.recoverInterrupted(); !recovered)
        c.err << CliContext::tr("Interrupted leads could not be brought back: %1").arg(recovered.error()) << '\n';
    const QString keyProblem = engine.keyProblem();

    bool rejected = false;
    bool unconfirmed = false;
    QObject::connect(&engine.service, &SubmissionService::attemptFinished, &engine.service,
        [&](qint64 id, SubmissionState state, const Outcome&) {
            rejected = rejected || state == SubmissionState::Rejected;
            unconfirmed = unconfirmed || state == SubmissionState::Unconfirmed;
            if (const Result<Submission> s = engine.store.get(id))
                printSubmission(c, json, *s);
            else
                c.err << s.error() << '\n';
        });
    if (keyProblem.isEmpty()) {
        const Result<int> named = engine.service.syncAll();
        if (!named) {
            c.err << named.error() << '\n';
            return ExitFailure;
        }
        if (*named > 0) {
            if (const Status done = engine.waitUntilFinished(); !done) {
                c.err << done.error() << '\n';
                return ExitFailure;
            }
        }
    }
    // Rows another running sync is sending are its business; only what waits here counts.
    const Result<int> count = engine.store.count(SubmissionState::Queued);
    if (!count) {
        c.err << count.error() << '\n';
        return ExitFailure;
    }
    const int waiting = *count;
    if (waiting > 0) {
        const QString reason = !keyProblem.isEmpty() ? keyProblem : engine.service.pauseMessage();
        c.err << CliContext::tr("Still waiting in the outbox: %1.").arg(waiting);
        if (!reason.isEmpty())
            c.err << ' ' << reason;
        c.err << '\n';
        return ExitNotDelivered;
    }
    if (rejected)
        return ExitRejected;
    return unconfirmed ? ExitFailure : ExitOk;
}
