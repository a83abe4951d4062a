#include "SubmissionService.h"

#include "Clock.h"
#include "LeadJson.h"
#include "LeadsClient.h"
#include "PhoneNumbers.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SubmissionStore.h"

#include <QLoggingCategory>

#include <cmath>
#include <utility>

Q_LOGGING_CATEGORY(lcService, "leadentry.service", QtWarningMsg)

namespace {
constexpr qint64 kFirstDelayMs = 2000;
constexpr qint64 kMaxDelayMs = 5 * 60 * 1000;
constexpr qint64 kMaxWakeMs = 60 * 1000; // look again at least this often: another process may queue
} // namespace

SubmissionService::SubmissionService(
    SubmissionStore& store, LeadsClient& client, Settings& settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_settings(settings)
    , m_clock(clock)
    , m_owner(SubmissionStore::processOwner())
    , m_random(QRandomGenerator::securelySeeded())
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &SubmissionService::pump);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &SubmissionService::pump);
    connect(&m_client, &LeadsClient::finished, this, &SubmissionService::onSent);
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
    // Answers already received are written, without signals: their listeners may be gone.
    if (!m_unrecorded.isEmpty())
        (void)m_store.record(m_unrecorded, m_owner);
}

void SubmissionService::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (automatic)
        schedulePump();
    else
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
    emit pauseChanged(pause, message);
}

SubmissionStore::NewSubmission SubmissionService::prepare(
    const Lead& lead, const QString& origin, const QString& event, qint64 resubmissionOf) const
{
    const QString region = m_settings.defaultRegion();
    SubmissionStore::NewSubmission s;
    s.lead = lead.trimmed();
    s.phoneE164 = PhoneNumbers::check(s.lead.phone(), region).e164;
    // The body is fixed now, with today's settings: a retry next week sends exactly this.
    s.requestBody = LeadJson::requestBody(s.lead, m_settings.phoneFormat(), region);
    s.origin = origin;
    s.event = event;
    s.resubmissionOf = resubmissionOf;
    return s;
}

qint64 SubmissionService::submit(const Lead& lead, const QString& origin, const QString& event, qint64 resubmissionOf)
{
    const qint64 id = m_store.enqueue(prepare(lead, origin, event, resubmissionOf), m_clock.nowMs());
    if (id == 0) {
        m_storeError = m_store.lastError();
        return 0;
    }
    emit submissionChanged(id, SubmissionState::Queued);
    if (m_automatic)
        schedulePump();
    return id;
}

QList<qint64> SubmissionService::submitBatch(const QList<Lead>& leads, const QString& origin, const QString& event)
{
    QList<SubmissionStore::NewSubmission> batch;
    batch.reserve(leads.size());
    for (const Lead& lead : leads)
        batch.append(prepare(lead, origin, event, 0));
    const QList<qint64> ids = m_store.enqueueBatch(batch, m_clock.nowMs());
    if (ids.isEmpty() && !leads.isEmpty()) {
        m_storeError = m_store.lastError();
        return ids;
    }
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

int SubmissionService::syncAll()
{
    const qint64 now = m_clock.nowMs();
    m_store.makeAllDue(now);
    const QList<qint64> ids = m_store.dueIds(now, std::numeric_limits<int>::max());
    m_explicit += ids;
    if (m_pause != Pause::NoKey)
        setPause(Pause::None, {});
    schedulePump();
    return static_cast<int>(ids.size());
}

void SubmissionService::sendNow()
{
    m_store.makeAllDue(m_clock.nowMs());
    if (m_pause != Pause::NoKey)
        setPause(Pause::None, {});
    schedulePump();
}

int SubmissionService::recoverInterrupted()
{
    const qint64 lease = 2LL * m_settings.timeoutSeconds() * 1000 + 60000;
    const int recovered = m_store.recoverStale(m_clock.nowMs(), lease);
    if (recovered > 0)
        emit submissionChanged(0, SubmissionState::Queued);
    return recovered;
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
        if (!m_explicit.isEmpty()) {
            candidates = m_explicit.mid(0, free);
            m_explicit.remove(0, candidates.size());
        } else if (m_automatic && free > 0) {
            candidates = m_store.dueIds(now, free);
        }
        if (!first && candidates.isEmpty())
            break;
        first = false;
        const SubmissionStore::Step step = m_store.recordAndClaim(recordings, candidates, m_owner, now);
        if (!step.ok)
            qCWarning(lcService) << "could not record" << recordings.size() << "outcomes or claim" << candidates.size()
                                 << "leads:" << m_store.lastError();
        for (const SubmissionStore::Recording& r : std::exchange(recordings, {})) {
            emit submissionChanged(r.id, r.state);
            emit attemptFinished(r.id, r.state, r.attempt.outcome);
        }
        // Another process (or an earlier round) may have taken some: the claim decided.
        for (const SubmissionStore::Claimed& c : step.claimed) {
            emit submissionChanged(c.id, SubmissionState::Sending);
            m_requests.insert(m_client.send(c.requestBody), {c.id, now, c.attempts});
        }
        if (step.claimed.isEmpty() && m_explicit.isEmpty())
            break; // everything due is someone else's, or nothing is due
    }
    if (m_requests.isEmpty() && (m_explicit.isEmpty() || m_pause != Pause::None))
        emit finished();
    scheduleWake();
}

void SubmissionService::scheduleWake()
{
    if (!m_automatic || m_pause != Pause::None) {
        m_wake.stop();
        return;
    }
    const std::optional<qint64> due = m_store.nextDueAt();
    qint64 wait = kMaxWakeMs;
    if (due)
        wait = std::clamp(*due - m_clock.nowMs(), qint64 {0}, kMaxWakeMs);
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
        m_flush.start();
}
