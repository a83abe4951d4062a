#include "SubmissionService.h"

#include "core/Clock.h"
#include "core/LeadJson.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "net/LeadsClient.h"
#include "storage/SubmissionStore.h"

#include <QAtomicInt>

#include <QLoggingCategory>

#include <cmath>
#include <utility>

Q_LOGGING_CATEGORY(lcService, "leadentry.service", QtWarningMsg)

namespace {
constexpr qint64 kFirstDelayMs = 2000;
constexpr qint64 kMaxDelayMs = 5 * 60 * 1000;
// With leads waiting, look again at least this often (a clock that jumped, a suspended machine).
// With none, nothing wakes the service: another process's leads are noticed as it commits them
// (ExternalChanges).
constexpr qint64 kMaxWakeMs = 60 * 1000;
constexpr int kMaxStoreRetryMs = 30 * 1000;
constexpr int kAwaitPollMs = 200; // how often a named lead in another sender's hands is looked at

QString nextOwner()
{
    static QAtomicInt serial;
    return SubmissionStore::processOwner() + u'/' + QString::number(serial.fetchAndAddRelaxed(1) + 1);
}
} // namespace

SubmissionService::SubmissionService(
    SubmissionStore& store, LeadsClient& client, Settings& settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_settings(settings)
    , m_clock(clock)
    , m_owner(nextOwner())
    , m_random(QRandomGenerator::securelySeeded())
    , m_external(store)
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &SubmissionService::pump);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &SubmissionService::pump);
    m_awaitPoll.setSingleShot(true);
    m_awaitPoll.setInterval(kAwaitPollMs);
    connect(&m_awaitPoll, &QTimer::timeout, this, &SubmissionService::pump);
    connect(&m_client, &LeadsClient::finished, this, &SubmissionService::onSent);
    // Leads another process queued, or answers it recorded for leads awaited here.
    connect(&m_external, &ExternalChanges::changed, this, [this] {
        if (m_automatic)
            schedulePump();
    });
    m_client.setBaseUrl(m_settings.effectiveBaseUrl());
    m_client.setTimeoutMs(m_settings.timeoutSeconds() * 1000);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::TimeoutSeconds)
            m_client.setTimeoutMs(m_settings.timeoutSeconds() * 1000);
        if (key == Settings::Key::BaseUrl) {
            m_client.setBaseUrl(m_settings.effectiveBaseUrl());
            if (m_pause == Pause::EndpointWrong)
                setPause(Pause::None, {});
            schedulePump();
        }
    });
}

SubmissionService::~SubmissionService()
{
    // Answers already received are written, without signals: their listeners may be gone. If
    // that fails too, their rows stay `sending` and the next start brings them back as uncertain.
    if (!m_unrecorded.isEmpty()) {
        if (const auto written = m_store.record(m_unrecorded, m_owner); !written)
            qCWarning(lcService) << "could not record" << m_unrecorded.size() << "answers at exit:" << written.error();
    }
}

void SubmissionService::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic) {
        m_external.start(); // the history file is open by now; a one-shot CLI never watches
        schedulePump();
    } else
        m_wake.stop();
}

void SubmissionService::setApiKey(const QString& key, const QString& missingReason)
{
    m_client.setApiKey(key);
    if (key.trimmed().isEmpty()) {
        setPause(Pause::NoKey, missingReason.isEmpty() ? ApiKey::missingText() : missingReason);
        return;
    }
    if (m_pause == Pause::NoKey || m_pause == Pause::KeyRefused) {
        setPause(Pause::None, {});
        schedulePump();
    }
}

void SubmissionService::setPause(Pause pause, const QString& message)
{
    if (m_pause == pause && m_pauseMessage == message)
        return;
    m_pause = pause;
    m_pauseMessage = message;
    if (pause == Pause::None)
        qCInfo(lcService, "delivery resumed");
    else
        qCWarning(lcService, "delivery paused: %s", qPrintable(message));
    emit pauseChanged(pause, message);
}

void SubmissionService::setStorageProblem(const QString& message)
{
    if (m_storageProblem == message)
        return;
    m_storageProblem = message;
    emit storageProblemChanged(message);
}

SubmissionStore::NewSubmission SubmissionService::prepare(
    const AcceptedLead& lead, Origin origin, const QString& event, qint64 resubmissionOf, const Consent& consent) const
{
    // The body is fixed now, with today's settings: a retry next week sends exactly this.
    return {lead.lead(), lead.phoneE164(), LeadJson::requestBody(lead, m_settings.phoneFormat()), origin, event,
        resubmissionOf, consent};
}

Result<qint64> SubmissionService::submit(
    const AcceptedLead& lead, Origin origin, const QString& event, qint64 resubmissionOf, const Consent& consent)
{
    Result<qint64> id = m_store.enqueue(prepare(lead, origin, event, resubmissionOf, consent), m_clock.nowMs());
    if (!id)
        return id;
    emit submissionChanged(*id, SubmissionState::Queued);
    if (m_automatic)
        schedulePump();
    return id;
}

Result<QList<qint64>> SubmissionService::submitBatch(
    const QList<AcceptedLead>& leads, Origin origin, const QString& event)
{
    return submitAll(Results::sourceOf(leads), origin, event);
}

Result<QList<qint64>> SubmissionService::submitAll(
    const LeadSource& next, Origin origin, const QString& event, int chunkRows)
{
    Result<QList<qint64>> ids = m_store.enqueueAll(
        [&]() -> Result<std::optional<SubmissionStore::NewSubmission>> {
            Result<std::optional<AcceptedLead>> lead = next();
            if (!lead)
                return Failure {lead.error()};
            if (!lead->has_value())
                return std::optional<SubmissionStore::NewSubmission>();
            return std::optional<SubmissionStore::NewSubmission>(prepare(**lead, origin, event, 0));
        },
        m_clock.nowMs(), chunkRows);
    if (!ids)
        return ids;
    emit submissionChanged(0, SubmissionState::Queued);
    if (m_automatic)
        schedulePump();
    return ids;
}

void SubmissionService::sendIds(const QList<qint64>& ids)
{
    m_explicit += ids;
    schedulePump();
}

void SubmissionService::sendOne(qint64 id)
{
    sendIds({id});
}

Result<int> SubmissionService::syncAll(ServerWait wait)
{
    const qint64 now = m_clock.nowMs();
    const auto from
        = wait == ServerWait::Honour ? SubmissionStore::DueFrom::ServerAllows : SubmissionStore::DueFrom::Now;
    if (const Result<int> due = m_store.makeAllDue(now, from); !due)
        return due;
    Result<QList<qint64>> ids = m_store.dueIds(now, std::numeric_limits<int>::max());
    if (!ids)
        return Failure {ids.error()};
    m_explicit += *ids;
    if (m_pause != Pause::NoKey)
        setPause(Pause::None, {});
    schedulePump();
    return static_cast<int>(ids->size());
}

Status SubmissionService::sendNow()
{
    const Result<int> due = m_store.makeAllDue(m_clock.nowMs());
    if (m_pause != Pause::NoKey)
        setPause(Pause::None, {});
    schedulePump();
    if (!due)
        return Failure {due.error()};
    return {};
}

Result<int> SubmissionService::recoverInterrupted()
{
    Result<int> recovered = m_store.recoverStale(m_clock.nowMs(), leaseMs());
    if (recovered && *recovered > 0)
        emit submissionChanged(0, SubmissionState::Queued);
    return recovered;
}

void SubmissionService::releaseLostClaims(qint64 now)
{
    QList<qint64> keep;
    for (const InFlight& f : std::as_const(m_requests))
        keep.append(f.id);
    for (const SubmissionStore::Recording& r : std::as_const(m_unrecorded))
        keep.append(r.id);
    const Result<int> released = m_store.releaseClaims(m_owner, keep, now);
    if (!released)
        qCWarning(lcService) << "could not release lost claims:" << released.error();
    else if (*released > 0)
        emit submissionChanged(0, SubmissionState::Queued);
}

qint64 SubmissionService::retryDelayMs(int attempts, int retryAfterSeconds)
{
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const qint64 base = std::min(kMaxDelayMs, kFirstDelayMs << doublings);
    const double jitter = 0.8 + 0.4 * m_random.generateDouble();
    const qint64 delay = std::min(kMaxDelayMs, static_cast<qint64>(std::llround(static_cast<double>(base) * jitter)));
    return retryAfterSeconds >= 0 ? std::max(delay, qint64 {retryAfterSeconds} * 1000) : delay;
}

void SubmissionService::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void SubmissionService::pump()
{
    m_flush.stop();
    const qint64 now = m_clock.nowMs();
    QList<SubmissionStore::Recording> recordings = std::exchange(m_unrecorded, {});
    bool first = true;
    // Each round is one transaction: what came back is recorded, and free slots are claimed.
    while (first || (m_pause == Pause::None && inFlight() < m_maxInFlight)) {
        const bool paused = m_pause != Pause::None;
        const int free = paused ? 0 : m_maxInFlight - inFlight();
        QList<qint64> candidates;
        const bool named = !m_explicit.isEmpty();
        if (named) {
            candidates = m_explicit.mid(0, free);
            m_explicit.remove(0, candidates.size());
        } else if (m_automatic && free > 0) {
            Result<QList<qint64>> due = m_store.dueIds(now, free);
            if (!due)
                qCWarning(lcService) << "could not look for due leads:" << due.error();
            candidates = due.valueOr({});
        }
        if (!first && candidates.isEmpty())
            break;
        first = false;
        Result<SubmissionStore::Step> step = m_store.recordAndClaim(recordings, candidates, m_owner, now);
        if (!step) {
            // Nothing was written and nothing claimed. The answers are kept (their rows still read
            // `sending`, owned by this sender) and announced only once they are on disk; named
            // leads wait their turn again.
            qCWarning(lcService) << "could not record" << recordings.size() << "answers or claim" << candidates.size()
                                 << "leads:" << step.error();
            m_unrecorded = recordings + m_unrecorded;
            if (named)
                m_explicit = candidates + m_explicit;
            setStorageProblem(step.error());
            m_flush.start(std::min(kMaxStoreRetryMs, 500 << std::min(m_storageFailures++, 6)));
            return;
        }
        m_storageFailures = 0;
        setStorageProblem({});
        for (const SubmissionStore::Recording& r : std::exchange(recordings, {})) {
            // The log: the lead's number and what happened, never whose it is or the server's words.
            qCInfo(lcService, "#%lld %s (HTTP %d)", static_cast<long long>(r.id),
                qPrintable(Outcome::kindName(r.attempt.outcome.kind)), r.attempt.httpStatus);
            emit submissionChanged(r.id, r.state);
            emit attemptFinished(r.id, r.state, r.attempt.outcome);
        }
        // Another process (or an earlier round) may have taken some: the claim decided.
        for (const SubmissionStore::Claimed& c : step->claimed) {
            emit submissionChanged(c.id, SubmissionState::Sending);
            m_requests.insert(m_client.send(c.requestBody), {c.id, now, c.attempts});
        }
        if (named) {
            // A named lead someone else is sending (the app, a sync): its answer is awaited, so
            // that whoever named it hears how it ended.
            for (const qint64 id : std::as_const(candidates)) {
                const bool ours = std::any_of(step->claimed.cbegin(), step->claimed.cend(),
                    [id](const SubmissionStore::Claimed& c) { return c.id == id; });
                if (!ours)
                    m_awaited.insert(id, now + leaseMs());
            }
        }
        if (step->claimed.isEmpty() && m_explicit.isEmpty())
            break; // everything due is someone else's, or nothing is due
    }
    // Nothing in flight and nothing unwritten: a row still `sending` under this sender's name lost
    // its request, and would otherwise wait for a restart (this process counts as alive).
    if (m_requests.isEmpty() && m_unrecorded.isEmpty())
        releaseLostClaims(now);
    checkAwaited(now);
    if (m_requests.isEmpty() && m_awaited.isEmpty() && (m_explicit.isEmpty() || m_pause != Pause::None))
        emit finished();
    scheduleWake();
}

void SubmissionService::checkAwaited(qint64 now)
{
    for (auto it = m_awaited.begin(); it != m_awaited.end();) {
        const Result<Submission> row = m_store.get(it.key());
        const bool stillSending = row && row->state == SubmissionState::Sending;
        if (stillSending && it.value() > now) {
            ++it;
        } else {
            if (row && !stillSending)
                emit submissionChanged(row->id, row->state); // the other sender's answer
            it = m_awaited.erase(it);
        }
    }
    if (m_awaited.isEmpty())
        m_awaitPoll.stop();
    else if (!m_awaitPoll.isActive())
        m_awaitPoll.start();
}

qint64 SubmissionService::leaseMs() const
{
    return 2LL * m_settings.timeoutSeconds() * 1000 + 60000;
}

void SubmissionService::scheduleWake()
{
    if (!m_automatic || m_pause != Pause::None) {
        m_wake.stop();
        return;
    }
    const Result<std::optional<qint64>> due = m_store.nextDueAt();
    if (!due)
        qCWarning(lcService) << "could not read when the next lead is due:" << due.error();
    if (due && !*due) {
        m_wake.stop(); // nothing waits
        return;
    }
    qint64 wait = kMaxWakeMs;
    if (due && *due)
        wait = std::clamp(**due - m_clock.nowMs(), qint64 {0}, kMaxWakeMs);
    if (inFlight() >= m_maxInFlight)
        return; // onSent() pumps again
    m_wake.start(static_cast<int>(std::max<qint64>(wait, 10)));
}

void SubmissionService::onSent(const SendResult& result)
{
    const auto it = m_requests.find(result.requestId);
    if (it == m_requests.end())
        return;
    const InFlight sent = it.value();
    m_requests.erase(it);

    SubmissionStore::Recording r;
    r.id = sent.id;
    r.attempt.startedAt = sent.startedAt;
    r.attempt.finishedAt = m_clock.nowMs();
    r.attempt.outcome = result.outcome;
    r.attempt.httpStatus = result.httpStatus;
    r.attempt.responseBody = result.body;
    r.attempt.mayHaveReachedServer = result.mayHaveReachedServer;
    r.attempt.url = result.url;
    switch (result.outcome.kind) {
    case OutcomeKind::Created:
        r.state = SubmissionState::Created;
        break;
    case OutcomeKind::Duplicate:
        r.state = SubmissionState::Duplicate;
        break;
    case OutcomeKind::Rejected:
        r.state = SubmissionState::Rejected;
        break;
    case OutcomeKind::Unconfirmed:
        r.state = SubmissionState::Unconfirmed;
        break;
    case OutcomeKind::Transient:
        r.nextAttemptAt = r.attempt.finishedAt + retryDelayMs(sent.attempts, result.outcome.retryAfterSeconds);
        break;
    case OutcomeKind::Auth:
    case OutcomeKind::Config:
        // Due again as soon as the user fixes the key or the address.
        r.nextAttemptAt = r.attempt.finishedAt;
        if (result.outcome.kind == OutcomeKind::Auth)
            setPause(result.httpStatus == 0 ? Pause::NoKey : Pause::KeyRefused, result.outcome.message);
        else
            setPause(Pause::EndpointWrong, result.outcome.message);
        break;
    }
    // Answers that arrive together are recorded together, with the claim of the next leads, in
    // one transaction once this burst of events is handled (pump). Until then the row reads
    // `sending`: a crash in between brings it back as uncertain, never as lost.
    m_unrecorded.append(r);
    if (!m_flush.isActive())
        m_flush.start(0);
}
