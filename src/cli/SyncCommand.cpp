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
    engine.service.recoverInterrupted();
    const QString keyProblem = engine.useApiKey();

    bool rejected = false;
    bool unconfirmed = false;
    QObject::connect(&engine.service, &SubmissionService::attemptFinished, &engine.service,
        [&](qint64 id, SubmissionState state, const Outcome&) {
            rejected = rejected || state == SubmissionState::Rejected;
            unconfirmed = unconfirmed || state == SubmissionState::Unconfirmed;
            if (const auto s = engine.store.get(id))
                printSubmission(c, json, *s);
        });
    if (keyProblem.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&engine.service, &SubmissionService::finished, &loop, &QEventLoop::quit);
        if (engine.service.syncAll() > 0)
            loop.exec();
    }
    // Rows another running sync is sending are its business; only what waits here counts.
    const int waiting = engine.store.count(SubmissionState::Queued);
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
