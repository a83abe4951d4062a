#pragma once

#include "core/AcceptedLead.h"
#include "core/Outcome.h"
#include "core/Result.h"
#include "core/Submission.h"
#include "storage/ExternalChanges.h"
#include "storage/SubmissionStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class Clock;
class LeadsClient;
class Settings;
struct SendResult;

// The life of a lead (ARCHITECTURE.md): persist, claim, send, record, retry. The store is the
// source of truth; this object only decides what to send next and when.
class SubmissionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionService)

public:
    enum class Pause {
        None,
        NoKey,
        KeyRefused,
        EndpointWrong,
    };
    Q_ENUM(Pause)

    SubmissionService(
        SubmissionStore& store, LeadsClient& client, Settings& settings, const Clock& clock, QObject* parent = nullptr);
    ~SubmissionService() override;

    // Automatic: send whatever is due, now and as retries fall due (the app). Otherwise only what
    // sendOne()/syncAll() name is sent (the CLI).
    void setAutomatic(bool automatic);
    void setMaxInFlight(int requests) { m_maxInFlight = std::max(1, requests); }
    // An empty key pauses sending; missingReason (or the standard text) says why.
    void setApiKey(const QString& key, const QString& missingReason = {});
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // Stores the lead durably and, in automatic mode, sends it: its id, or why it could not be
    // stored. Nothing is sent before the row is on disk.
    Result<qint64> submit(const AcceptedLead& lead, Origin origin, const QString& event = {}, qint64 resubmissionOf = 0,
        const Consent& consent = {});
    // Many leads in one durable transaction: all stored, or none. Ids in order.
    Result<QList<qint64>> submitBatch(const QList<AcceptedLead>& leads, Origin origin, const QString& event = {});
    // The same for leads that come one at a time (a CSV file streamed): `next` yields a lead, or
    // nullopt at the end; chunkRows as in SubmissionStore::enqueueAll.
    using LeadSource = std::function<Result<std::optional<AcceptedLead>>()>;
    Result<QList<qint64>> submitAll(
        const LeadSource& next, Origin origin, const QString& event = {}, int chunkRows = 0);
    // Sends these queued leads (one attempt each); finished() follows.
    void sendIds(const QList<qint64>& ids);

    // Sends this queued lead now (one attempt); attemptFinished() follows.
    void sendOne(qint64 id);
    // One attempt for every queued lead, except those whose last answer asked to wait longer
    // (Retry-After) unless `force`; finished() follows when all are done.
    enum class ServerWait { Honour, Ignore };
    Result<int> syncAll(ServerWait wait = ServerWait::Honour);
    // The user's "Send now": everything queued is due at once and a pause is lifted.
    Status sendNow();
    // Rows left in `sending` by a dead process go back to queued (uncertain). Call at start-up.
    Result<int> recoverInterrupted();

    [[nodiscard]] Pause pause() const { return m_pause; }
    [[nodiscard]] QString pauseMessage() const { return m_pauseMessage; }
    [[nodiscard]] int inFlight() const { return static_cast<int>(m_requests.size()); }
    // Whether a timer will wake the service (a retry due); never while nothing waits.
    [[nodiscard]] bool hasWakeUpPending() const
    {
        return m_wake.isActive() || m_flush.isActive() || m_external.isPolling();
    }
    // Why the outbox cannot be written just now (answers are kept and the write is retried), or empty.
    [[nodiscard]] QString storageProblem() const { return m_storageProblem; }
    // Who this sender's claims are written as ("pid@host/n").
    [[nodiscard]] QString owner() const { return m_owner; }

    // Delay before the attempt after `attempts` failed ones: 2 s doubling to 5 min, ±20 % jitter,
    // never earlier than Retry-After.
    [[nodiscard]] qint64 retryDelayMs(int attempts, int retryAfterSeconds);

    // Sends what is due (automatic mode) or named. Public for tests on a fake clock.
    void pump();

signals:
    // Only for what is on disk: an answer that could not be written is not announced.
    void submissionChanged(qint64 id, SubmissionState state);
    void attemptFinished(qint64 id, SubmissionState state, const Outcome& outcome);
    // The outbox could not be written (message), or can be again (empty).
    void storageProblemChanged(const QString& message);
    void pauseChanged(SubmissionService::Pause pause, const QString& message);
    // Nothing in flight, nothing named left to send, and no named lead still in another sender's hands.
    void finished();

private:
    void onSent(const SendResult& result);
    [[nodiscard]] SubmissionStore::NewSubmission prepare(const AcceptedLead& lead, Origin origin, const QString& event,
        qint64 resubmissionOf, const Consent& consent = {}) const;
    void setPause(Pause pause, const QString& message);
    void setStorageProblem(const QString& message);
    void releaseLostClaims(qint64 now);
    void scheduleWake();
    void schedulePump();
    void checkAwaited(qint64 now);
    // How long a claim holds before another sender may take the lead over.
    [[nodiscard]] qint64 leaseMs() const;

    struct InFlight
    {
        qint64 id = 0;
        qint64 startedAt = 0;
        int attempts = 0;
    };

    SubmissionStore& m_store;
    LeadsClient& m_client;
    Settings& m_settings;
    const Clock& m_clock;
    QString m_owner;
    QString m_storageProblem;
    int m_storageFailures = 0; // in a row: the retry of the write backs off
    bool m_automatic = false;
    int m_maxInFlight = 6;
    Pause m_pause = Pause::None;
    QString m_pauseMessage;
    QHash<quint64, InFlight> m_requests; // by LeadsClient request id
    QList<qint64> m_explicit; // named by sendOne()/syncAll(), in order
    // Named leads another sender claimed first: id → when to stop waiting for its answer.
    QHash<qint64, qint64> m_awaited;
    QTimer m_awaitPoll;
    QRandomGenerator m_random;
    QList<SubmissionStore::Recording> m_unrecorded; // answers not yet written, see onSent()
    QTimer m_flush; // runs pump() once the current burst of answers is in, or retries a failed write
    QTimer m_wake;
    bool m_pumpScheduled = false;
    ExternalChanges m_external; // another process's commits: no polling while nothing changes
};
