#include "Cli.h"

#include "Engine.h"
#include "core/DateText.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLocale>

namespace {
// A storage failure says which file it is about.
QString storageError(Engine& engine, const QString& why)
{
    return CliContext::tr("The history file %1 cannot be used: %2").arg(engine.backend.database().path(), why);
}
} // namespace

int runSync(CliContext& c)
{
    const QStringList options = c.args.mid(1);
    const bool json = options.contains(QStringLiteral("--json"));
    const bool force = options.contains(QStringLiteral("--force"));
    for (const QString& o : options) {
        if (o != QLatin1String("--json") && o != QLatin1String("--force")) {
            c.err << CliContext::tr("Usage: leadentry-cli sync [--json] [--force]: one attempt for every queued lead. "
                                    "Leads AlterEstate asked to wait for (Retry-After) wait, unless --force.")
                  << '\n';
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Result<qint64> serverWait = engine.store.serverWaitUntil(now);
    if (!serverWait) {
        c.err << storageError(engine, serverWait.error()) << '\n';
        return ExitFailure;
    }
    const QString waitUntil = DateText::of(*serverWait);
    if (*serverWait > 0 && force)
        c.err
            << CliContext::tr("AlterEstate asked to wait until %1 (Retry-After); --force sends anyway.").arg(waitUntil)
            << '\n';
    if (keyProblem.isEmpty()) {
        const auto wait = force ? SubmissionService::ServerWait::Ignore : SubmissionService::ServerWait::Honour;
        const Result<int> named = engine.service.syncAll(wait);
        if (!named) {
            c.err << storageError(engine, named.error()) << '\n';
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
        c.err << storageError(engine, count.error()) << '\n';
        return ExitFailure;
    }
    const int waiting = *count;
    if (waiting > 0) {
        QString reason = !keyProblem.isEmpty() ? keyProblem : engine.service.pauseMessage();
        if (reason.isEmpty() && *serverWait > 0 && !force)
            reason = CliContext::tr("AlterEstate asked to wait until %1 (Retry-After); sync --force sends now.")
                         .arg(waitUntil);
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
