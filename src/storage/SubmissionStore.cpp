#include "SubmissionStore.h"

#include "Database.h"
#include "SearchText.h"
#include "core/DateText.h"
#include "core/LeadJson.h"
#include "platform/Platform.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <limits>

namespace {
#define LEADENTRY_COLUMNS                                                                                              \
    "id, state, origin, event, fields, phone_e164, request_body, attempts, created_at, updated_at, next_attempt_at, "  \
    "uncertain, remote_id, uid, deal_id, log_id, message, http_status, response_body, resubmission_of, "               \
    "consent_version, consent_at, consent_station"
const QString kColumns = QStringLiteral(LEADENTRY_COLUMNS);

Submission readRow(const QSqlQuery& q)
{
    Submission s;
    s.id = q.value(0).toLongLong();
    s.state = SubmissionStates::fromName(q.value(1).toString()).value_or(SubmissionState::Queued);
    s.origin = Origins::fromName(q.value(2).toString()).value_or(Origin::Form);
    s.event = q.value(3).toString();
    s.lead = LeadJson::fromObject(QJsonDocument::fromJson(q.value(4).toByteArray()).object());
    s.phoneE164 = q.value(5).toString();
    s.requestBody = q.value(6).toByteArray();
    s.attempts = q.value(7).toInt();
    s.createdAt = q.value(8).toLongLong();
    s.updatedAt = q.value(9).toLongLong();
    s.nextAttemptAt = q.value(10).toLongLong();
    s.uncertain = q.value(11).toBool();
    s.remoteId = q.value(12).toString();
    s.uid = q.value(13).toString();
    s.dealId = q.value(14).toString();
    s.logId = q.value(15).toString();
    s.message = q.value(16).toString();
    s.httpStatus = q.value(17).toInt();
    s.responseBody = q.value(18).toByteArray();
    s.resubmissionOf = q.value(19).toLongLong();
    s.consent.version = q.value(20).toString();
    s.consent.at = q.value(21).toLongLong();
    s.consent.station = q.value(22).toString();
    return s;
}

// The text columns are NOT NULL, and a null QString binds as NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

// Whether the process that wrote this owner string is certainly gone.
bool ownerIsDead(const QString& owner)
{
    const qsizetype at = owner.indexOf(u'@');
    // "pid@host", or "pid@host/n" for the n-th sender of that process.
    if (at <= 0 || owner.mid(at + 1).section(u'/', 0, 0) != QSysInfo::machineHostName())
        return false; // another machine: only the lease can tell
    bool ok = false;
    const qint64 pid = owner.left(at).toLongLong(&ok);
    return ok && Platform::processIsGone(pid);
}
} // namespace

SubmissionStore::SubmissionStore(Database& database)
    : m_db(database)
{ }

SubmissionStore::~SubmissionStore() = default;

QSqlQuery& SubmissionStore::statement(Statement which, const char* sql) const
{
    auto& slot = m_statements[static_cast<std::size_t>(which)];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db.connection());
        // A statement that fails to prepare fails again, with the reason, when it is executed.
        (void)slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}

QString SubmissionStore::processOwner()
{
    return QStringLiteral("%1@%2").arg(Platform::processId()).arg(QSysInfo::machineHostName());
}

Result<qint64> SubmissionStore::insert(const NewSubmission& s, qint64 nowMs)
{
    QSqlQuery& q = statement(Statement::Insert,
        "INSERT INTO submissions (state, origin, event, full_name, phone, email, phone_e164, fields, request_body,"
        " created_at, updated_at, next_attempt_at, resubmission_of, consent_version, consent_at, consent_station)"
        " VALUES ('queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const Lead& lead = s.lead;
    const QVariantList values {Origins::name(s.origin), text(s.event), text(lead.fullName()), text(lead.phone()),
        text(lead.email()), text(s.phoneE164),
        QJsonDocument(LeadJson::toObject(lead, PhoneFormat::AsTyped, {})).toJson(QJsonDocument::Compact),
        s.requestBody.isNull() ? QByteArray("") : s.requestBody, nowMs, nowMs, nowMs,
        s.resubmissionOf > 0 ? QVariant(s.resubmissionOf) : QVariant(QMetaType(QMetaType::LongLong)),
        text(s.consent.version), s.consent.at, text(s.consent.station)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return m_db.failure(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    if (s.consent.isGiven() && !s.consent.version.isEmpty()) {
        QSqlQuery& consent = statement(Statement::InsertConsentText,
            "INSERT INTO consent_texts (version, text, first_used) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING");
        consent.bindValue(0, s.consent.version);
        consent.bindValue(1, text(s.consent.text));
        consent.bindValue(2, nowMs);
        if (!consent.exec())
            return m_db.failure(consent.lastError());
    }
    QSqlQuery& index = statement(
        Statement::Index, "INSERT INTO submissions_search(rowid, full_name, phone, email) VALUES (?, ?, ?, ?)");
    index.bindValue(0, id);
    index.bindValue(1, text(lead.fullName()));
    index.bindValue(2, text(SearchText::phoneTokens(lead.phone(), s.phoneE164)));
    index.bindValue(3, text(lead.email()));
    if (!index.exec())
        return m_db.failure(index.lastError());
    return id;
}

Result<qint64> SubmissionStore::enqueue(const NewSubmission& submission, qint64 nowMs)
{
    Result<QList<qint64>> ids = enqueueBatch({submission}, nowMs);
    if (!ids)
        return Failure {ids.error()};
    return ids->first();
}

Result<QList<qint64>> SubmissionStore::enqueueBatch(const QList<NewSubmission>& submissions, qint64 nowMs)
{
    return enqueueAll(Results::sourceOf(submissions), nowMs);
}

Result<QList<qint64>> SubmissionStore::enqueueAll(const Source& next, qint64 nowMs, int chunkRows)
{
    QList<qint64> ids;
    const auto keptBefore = [&](const QString& error) {
        return ids.isEmpty()
            ? error
            : tr("%1 The %2 leads stored before it were kept in the outbox.").arg(error, QString::number(ids.size()));
    };
    // One transaction for everything (chunkRows 0), or one per chunk; a chunk is gathered before
    // its transaction begins, so the file is free while the source reads and checks its rows.
    const int chunk = chunkRows > 0 ? chunkRows : std::numeric_limits<int>::max();
    bool more = true;
    while (more) {
        QList<NewSubmission> batch;
        if (chunkRows > 0) {
            while (batch.size() < chunk) {
                Result<std::optional<NewSubmission>> s = next();
                if (!s)
                    return Failure {keptBefore(s.error())};
                if (!s->has_value()) {
                    more = false;
                    break;
                }
                batch.append(std::move(**s));
            }
            if (batch.isEmpty())
                break;
        }
        if (Status begun = beginWrite(true); !begun)
            return Failure {keptBefore(begun.error())};
        QList<qint64> written;
        const auto insertOne = [&](const NewSubmission& submission) -> Status {
            const Result<qint64> id = insert(submission, nowMs);
            if (!id)
                return Failure {id.error()};
            written.append(*id);
            return {};
        };
        Status inserted;
        if (chunkRows > 0) {
            for (const NewSubmission& submission : std::as_const(batch)) {
                if (inserted = insertOne(submission); !inserted)
                    break;
            }
        } else {
            // Pulled inside the transaction: all or nothing.
            for (;;) {
                Result<std::optional<NewSubmission>> s = next();
                if (!s) {
                    inserted = Failure {s.error()};
                    break;
                }
                if (!s->has_value())
                    break;
                if (inserted = insertOne(**s); !inserted)
                    break;
            }
            more = false;
        }
        if (!inserted) {
            m_db.rollback();
            return Failure {keptBefore(inserted.error())};
        }
        if (Status committed = m_db.commit(); !committed) {
            m_db.rollback();
            return Failure {keptBefore(committed.error())};
        }
        ids += written;
    }
    return ids;
}

Result<QList<SubmissionStore::Claimed>> SubmissionStore::claim(
    const QList<qint64>& ids, const QString& owner, qint64 nowMs)
{
    Result<Step> step = recordAndClaim({}, ids, owner, nowMs);
    if (!step)
        return Failure {step.error()};
    return step->claimed;
}

Status SubmissionStore::claimRows(const QList<qint64>& ids, const QString& owner, qint64 nowMs, QList<Claimed>& won)
{
    // One conditional UPDATE per row: across processes exactly one claim of a row succeeds. The
    // body is read after it, in the same write transaction: RETURNING would cost a temporary
    // table per statement (most of the claim's time, measured).
    QSqlQuery& q = statement(Statement::Claim,
        "UPDATE submissions SET state = 'sending', claimed_by = ?, claimed_at = ?, updated_at = ?,"
        " attempts = attempts + 1 WHERE id = ? AND state = 'queued'");
    QSqlQuery& body = statement(Statement::ClaimedBody, "SELECT request_body, attempts FROM submissions WHERE id = ?");
    for (const qint64 id : ids) {
        q.bindValue(0, owner);
        q.bindValue(1, nowMs);
        q.bindValue(2, nowMs);
        q.bindValue(3, id);
        if (!q.exec())
            return m_db.failure(q.lastError());
        if (q.numRowsAffected() != 1)
            continue;
        body.bindValue(0, id);
        if (!body.exec())
            return m_db.failure(body.lastError());
        if (body.next())
            won.append({id, body.value(0).toByteArray(), body.value(1).toInt()});
        body.finish();
    }
    return {};
}

Result<SubmissionStore::Step> SubmissionStore::recordAndClaim(
    const QList<Recording>& recordings, const QList<qint64>& toClaim, const QString& owner, qint64 nowMs)
{
    Step step;
    if (recordings.isEmpty() && toClaim.isEmpty())
        return step;
    // Outcomes and claims are safe across a crash of the process with WAL at NORMAL; a power cut
    // could lose the last few, which then come back as uncertain and are resent (docs/ARCHITECTURE.md).
    if (Status begun = beginWrite(false); !begun)
        return Failure {begun.error()};
    Status done = recordRows(recordings, owner, step.recorded);
    if (done)
        done = claimRows(toClaim, owner, nowMs, step.claimed);
    if (done)
        done = m_db.commit();
    if (!done) {
        m_db.rollback();
        return Failure {done.error()};
    }
    return step;
}

Result<bool> SubmissionStore::claim(qint64 id, const QString& owner, qint64 nowMs)
{
    Result<QList<Claimed>> won = claim(QList<qint64> {id}, owner, nowMs);
    if (!won)
        return Failure {won.error()};
    return !won->isEmpty();
}

Result<QList<qint64>> SubmissionStore::dueIds(qint64 nowMs, int limit) const
{
    // Asked before every claim: prepared once, like the claim itself.
    QSqlQuery& q = statement(Statement::Due,
        "SELECT id FROM submissions INDEXED BY submissions_due WHERE state = 'queued' AND next_attempt_at <= ?"
        " ORDER BY next_attempt_at, id LIMIT ?");
    q.bindValue(0, nowMs);
    q.bindValue(1, limit);
    QList<qint64> ids;
    if (!q.exec())
        return m_db.failure(q.lastError());
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

Result<std::optional<qint64>> SubmissionStore::nextDueAt() const
{
    QSqlQuery& q = statement(Statement::NextDue,
        "SELECT min(next_attempt_at) FROM submissions INDEXED BY submissions_due WHERE state = 'queued'");
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError());
    const QVariant at = q.value(0);
    q.finish();
    if (at.isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(at.toLongLong());
}

Result<QList<qint64>> SubmissionStore::record(const QList<Recording>& recordings, const QString& owner)
{
    Result<Step> step = recordAndClaim(recordings, {}, owner, 0);
    if (!step)
        return Failure {step.error()};
    return step->recorded;
}

Status SubmissionStore::recordRows(const QList<Recording>& recordings, const QString& owner, QList<qint64>& changed)
{
#define LEADENTRY_RECORD_SET                                                                                           \
    "UPDATE submissions SET state = ?, next_attempt_at = ?, updated_at = ?, claimed_by = '',"                          \
    " uncertain = max(uncertain, ?), remote_id = ?, uid = ?, deal_id = ?, log_id = ?, message = ?,"                    \
    " http_status = ?, response_body = ?, wait_until = ? "
    QSqlQuery& final
        = statement(Statement::RecordFinal, LEADENTRY_RECORD_SET "WHERE id = ? AND state IN ('queued', 'sending')");
    QSqlQuery& retry = statement(
        Statement::RecordRetry, LEADENTRY_RECORD_SET "WHERE id = ? AND state = 'sending' AND claimed_by = ?");
#undef LEADENTRY_RECORD_SET
    // A sender frozen past its lease brings a 201 after another process resent the lead and heard
    // "duplicate" (or could not read the answer): the ids are kept, and the lead was created.
    QSqlQuery& late = statement(Statement::RecordLateCreation,
        "UPDATE submissions SET state = 'created', updated_at = ?, remote_id = ?, uid = ?, deal_id = ?, log_id = ?,"
        " message = '', http_status = ?, response_body = ? WHERE id = ? AND state IN ('duplicate', 'unconfirmed')"
        " AND remote_id = ''");
    QSqlQuery& attempt = statement(Statement::InsertAttempt,
        // Only for a row that is still there: a person erased while their lead was in flight.
        "INSERT INTO attempts (submission_id, started_at, finished_at, outcome, http_status, message,"
        " may_have_reached, url) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM submissions WHERE id = ?)");
    for (const Recording& r : recordings) {
        const AttemptRecord& a = r.attempt;
        const bool isFinal = SubmissionStates::isFinal(r.state);
        QSqlQuery& q = isFinal ? final : retry;
        const QVariantList values {SubmissionStates::name(r.state), r.nextAttemptAt, a.finishedAt,
            a.leavesOutcomeUnknown() ? 1 : 0, text(a.outcome.remoteId), text(a.outcome.uid), text(a.outcome.dealId),
            text(a.outcome.logId), text(a.outcome.message), a.httpStatus, a.responseBody,
            a.outcome.retryAfterSeconds >= 0 ? a.finishedAt + qint64 {a.outcome.retryAfterSeconds} * 1000 : 0, r.id};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!isFinal)
            q.bindValue(static_cast<int>(values.size()), owner);
        if (!q.exec())
            return m_db.failure(q.lastError());
        if (q.numRowsAffected() == 1) {
            changed.append(r.id);
        } else if (r.state == SubmissionState::Created) {
            const QVariantList lateValues {a.finishedAt, text(a.outcome.remoteId), text(a.outcome.uid),
                text(a.outcome.dealId), text(a.outcome.logId), a.httpStatus, a.responseBody, r.id};
            for (int i = 0; i < lateValues.size(); ++i)
                late.bindValue(i, lateValues.at(i));
            if (!late.exec())
                return m_db.failure(late.lastError());
            if (late.numRowsAffected() == 1)
                changed.append(r.id);
        }
        attempt.bindValue(0, r.id);
        attempt.bindValue(1, a.startedAt);
        attempt.bindValue(2, a.finishedAt);
        attempt.bindValue(3, Outcome::kindName(a.outcome.kind));
        attempt.bindValue(4, a.httpStatus);
        attempt.bindValue(5, text(a.outcome.message));
        attempt.bindValue(6, a.mayHaveReachedServer ? 1 : 0);
        attempt.bindValue(7, text(a.url));
        attempt.bindValue(8, r.id);
        if (!attempt.exec())
            return m_db.failure(attempt.lastError());
    }
    return {};
}

Result<bool> SubmissionStore::recordFinal(
    qint64 id, const QString& owner, SubmissionState state, const AttemptRecord& attempt)
{
    Result<QList<qint64>> changed = record({{id, state, 0, attempt}}, owner);
    if (!changed)
        return Failure {changed.error()};
    return *changed == QList<qint64> {id};
}

Result<bool> SubmissionStore::recordRetry(
    qint64 id, const QString& owner, qint64 nextAttemptAt, const AttemptRecord& attempt)
{
    Result<QList<qint64>> changed = record({{id, SubmissionState::Queued, nextAttemptAt, attempt}}, owner);
    if (!changed)
        return Failure {changed.error()};
    return *changed == QList<qint64> {id};
}

Result<int> SubmissionStore::recoverStale(qint64 nowMs, qint64 leaseMs)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, claimed_by, claimed_at FROM submissions WHERE state = 'sending'")))
        return m_db.failure(q.lastError());
    QList<Stale> stale;
    while (q.next()) {
        const Stale s {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
        if (ownerIsDead(s.owner) || s.claimedAt + leaseMs < nowMs)
            stale.append(s);
    }
    return requeue(stale, nowMs, tr("The sending program stopped before the answer arrived."));
}

Result<int> SubmissionStore::releaseClaims(const QString& owner, const QList<qint64>& keep, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, claimed_at FROM submissions WHERE state = 'sending' AND claimed_by = ?"));
    q.addBindValue(owner);
    if (!q.exec())
        return m_db.failure(q.lastError());
    QList<Stale> orphans;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!keep.contains(id))
            orphans.append({id, owner, q.value(1).toLongLong()});
    }
    return requeue(orphans, nowMs, tr("Sending was interrupted before the answer was recorded."));
}

// Rows in `sending` go back to queued, uncertain, each with an "interrupted" attempt in its story.
Result<int> SubmissionStore::requeue(const QList<Stale>& rows, qint64 nowMs, const QString& why)
{
    if (rows.isEmpty())
        return 0;
    if (Status begun = beginWrite(false); !begun)
        return Failure {begun.error()};
    int recovered = 0;
    for (const Stale& s : rows) {
        QSqlQuery update(m_db.connection());
        // The request may have reached the server before its sender died: uncertain.
        update.prepare(QStringLiteral("UPDATE submissions SET state = 'queued', uncertain = 1, claimed_by = '',"
                                      " next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'sending'"
                                      " AND claimed_by = ?"));
        update.addBindValue(nowMs);
        update.addBindValue(nowMs);
        update.addBindValue(s.id);
        update.addBindValue(text(s.owner));
        if (!update.exec()) {
            m_db.rollback();
            return m_db.failure(update.lastError());
        }
        if (update.numRowsAffected() == 1) {
            ++recovered;
            QSqlQuery attempt(m_db.connection());
            attempt.prepare(QStringLiteral("INSERT INTO attempts (submission_id, started_at, finished_at, outcome,"
                                           " message, may_have_reached) VALUES (?, ?, ?, 'interrupted', ?, 1)"));
            attempt.addBindValue(s.id);
            attempt.addBindValue(s.claimedAt);
            attempt.addBindValue(nowMs);
            attempt.addBindValue(why);
            if (!attempt.exec()) {
                m_db.rollback();
                return m_db.failure(attempt.lastError());
            }
        }
    }
    if (Status committed = m_db.commit(); !committed) {
        m_db.rollback();
        return Failure {committed.error()};
    }
    return recovered;
}

Result<int> SubmissionStore::makeAllDue(qint64 nowMs, DueFrom from)
{
    if (Status normal = m_db.setDurable(false); !normal)
        return Failure {normal.error()};
    QSqlQuery q(m_db.connection());
    if (from == DueFrom::Now) {
        q.prepare(QStringLiteral(
            "UPDATE submissions INDEXED BY submissions_due SET next_attempt_at = ? WHERE state = 'queued'"
            " AND next_attempt_at > ?"));
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
    } else {
        // A Retry-After is about the account, not the one lead that heard it: every queued lead
        // waits until the latest time the server asked for.
        const QString hold
            = QStringLiteral("max(?, (SELECT coalesce(max(wait_until), 0) FROM submissions WHERE state = 'queued'))");
        q.prepare(QStringLiteral("UPDATE submissions SET next_attempt_at = %1 WHERE state = 'queued'"
                                 " AND next_attempt_at <> %1")
                      .arg(hold));
        q.addBindValue(nowMs);
        q.addBindValue(nowMs);
    }
    if (!q.exec())
        return m_db.failure(q.lastError());
    return q.numRowsAffected();
}

Result<qint64> SubmissionStore::serverWaitUntil(qint64 nowMs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(wait_until), 0) FROM submissions WHERE state = 'queued'"
                             " AND wait_until > ?"));
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError());
    return q.value(0).toLongLong();
}

Result<Submission> SubmissionStore::get(qint64 id) const
{
    QSqlQuery& q = statement(Statement::Get, "SELECT " LEADENTRY_COLUMNS " FROM submissions WHERE id = ?");
    q.bindValue(0, id);
    if (!q.exec())
        return m_db.failure(q.lastError());
    if (!q.next())
        return Failure {tr("Submission #%1 is not in the history.").arg(id)};
    Submission found = readRow(q);
    q.finish();
    return found;
}

Result<QString> SubmissionStore::ftsMatch(const QString& text) const
{
    // Every word is a prefix. The index keeps prefixes of 2 and 3 characters; a longer one, FTS5
    // answers by merging the lists of every word that starts so before it reads a row: at a million
    // rows, 10 ms for "nunez"* where "nunez" alone takes 0.3. So a longer word is looked up in the
    // index's vocabulary first, and the few words that start with it are asked for by name.
    constexpr int kMostNamed = 32;
    constexpr int kPrefixIndexed = 3;
    // The rows and their count ask for the same text one after the other: the words are looked up
    // once, unless anything was written since (here, or by another process).
    QSqlQuery& changes
        = statement(Statement::Changes, "SELECT total_changes(), (SELECT data_version FROM pragma_data_version)");
    if (!changes.exec() || !changes.next())
        return m_db.failure(changes.lastError());
    const QString version = changes.value(0).toString() + u'/' + changes.value(1).toString();
    changes.finish();
    if (m_lastMatch.text == text && m_lastMatch.version == version)
        return m_lastMatch.match;
    QStringList terms;
    for (const SearchText::FtsWord& w : SearchText::ftsWords(text)) {
        const QString form = SearchText::indexForm(w.word);
        if (w.nameOrEmailOnly || form.size() <= kPrefixIndexed) {
            terms.append(SearchText::ftsTerm(w));
            continue;
        }
        if (!m_termsReady) {
            // Per connection, in its temporary schema: nothing is added to the file.
            QSqlQuery create(m_db.connection());
            if (!create.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.submissions_terms USING "
                                            "fts5vocab(main, 'submissions_search', 'row')")))
                return m_db.failure(create.lastError());
            m_termsReady = true;
        }
        QSqlQuery& q = statement(
            Statement::Terms, "SELECT term FROM temp.submissions_terms WHERE term >= ? AND term < ? LIMIT ?");
        // The word itself is asked for whether it is there or not (a word that is not there costs
        // nothing); the vocabulary is asked only for longer words, from just after it: counting
        // the rows of the word itself (a name in every eighth row) would cost what is saved.
        q.bindValue(0, QString(form + QChar(1)));
        q.bindValue(1, QString(form + QString::fromUcs4(U"\U0010FFFF")));
        q.bindValue(2, kMostNamed);
        if (!q.exec())
            return m_db.failure(q.lastError());
        QStringList named {u'"' + form + u'"'};
        while (q.next())
            named.append(u'"' + q.value(0).toString() + u'"');
        q.finish();
        // As many as the limit or more: the engine merges them itself, as before.
        if (named.size() > kMostNamed)
            terms.append(SearchText::ftsTerm(w));
        else
            terms.append(u'(' + named.join(QStringLiteral(" OR ")) + u')');
    }
    // Explicit: FTS5 takes no implicit AND before a parenthesis.
    m_lastMatch = {text, version, terms.join(QStringLiteral(" AND "))};
    return m_lastMatch.match;
}

Result<SubmissionStore::Selection> SubmissionStore::select(const HistoryQuery& query) const
{
    Selection s;
    s.from = QStringLiteral("submissions");
    // Newest first. With a text search the index is walked backwards by row id, so a word that
    // matches half the history still stops after one page instead of sorting every match.
    s.order = QStringLiteral("submissions.id");
    const QString email = SearchText::emailPrefix(query.text);
    const QString emailEnd = email + QString::fromUcs4(U"\U0010FFFF");
    // A whole address is looked up in the email index alone, found or not: when it is not there,
    // its words ("example", "com") would be intersected across nearly every row of the text index.
    bool byEmail = !email.isEmpty() && SearchText::isCompleteEmail(query.text);
    if (!email.isEmpty() && !byEmail) {
        // The start of one only when some address starts so; "nunez@exam" from the middle of one
        // is a word search.
        QSqlQuery probe(m_db.connection());
        probe.prepare(QStringLiteral(
            "SELECT 1 FROM submissions WHERE email >= ? COLLATE NOCASE AND email < ? COLLATE NOCASE LIMIT 1"));
        probe.addBindValue(email);
        probe.addBindValue(emailEnd);
        if (!probe.exec())
            return m_db.failure(probe.lastError());
        byEmail = probe.next();
    }
    if (byEmail) {
        // An address (or the start of one) is looked up in the email index: its words ("example",
        // "com") are in nearly every row, which makes them slow to intersect in the text index.
        s.where.append(
            QStringLiteral("submissions.email >= ? COLLATE NOCASE AND submissions.email < ? COLLATE NOCASE"));
        s.binds.append(email);
        s.binds.append(emailEnd);
    } else if (!query.text.trimmed().isEmpty()) {
        const Result<QString> matched = ftsMatch(query.text);
        if (!matched)
            return Failure {matched.error()};
        const QString match = *matched;
        if (match.isEmpty()) {
            s.nothing = true; // nothing searchable in the text: nothing can match
            return s;
        }
        s.from = QStringLiteral("submissions_search JOIN submissions ON submissions.id = submissions_search.rowid");
        s.order = QStringLiteral("submissions_search.rowid");
        s.where.append(QStringLiteral("submissions_search MATCH ?"));
        s.binds.append(match);
    }
    if (!query.states.isEmpty()) {
        s.where.append(QStringLiteral("submissions.state IN (%1)").arg(placeholders(query.states.size())));
        for (const SubmissionState state : query.states)
            s.binds.append(SubmissionStates::name(state));
    }
    if (query.event) {
        s.where.append(QStringLiteral("submissions.event = ?"));
        s.binds.append(text(*query.event));
    }
    return s;
}

QString SubmissionStore::Selection::whereClause() const
{
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
}

Result<QList<Submission>> SubmissionStore::list(const HistoryQuery& query) const
{
    Result<Selection> selected = select(query);
    if (!selected)
        return Failure {selected.error()};
    Selection s = std::move(selected).value();
    if (s.nothing)
        return QList<Submission>();
    if (query.beforeId > 0) {
        s.where.append(s.order + QStringLiteral(" < ?"));
        s.binds.append(query.beforeId);
    }
    QStringList qualified;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        qualified.append(QStringLiteral("submissions.") + column);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4 DESC LIMIT ?")
                            .arg(qualified.join(QStringLiteral(", ")), s.from, s.whereClause(), s.order);
    s.binds.append(query.limit);
    return rows(sql, s.binds);
}

Result<int> SubmissionStore::countMatching(const HistoryQuery& query, int cap) const
{
    if (query.text.trimmed().isEmpty() && !query.event) {
        // By state alone: the counts the triggers keep, whatever the history's size.
        int n = 0;
        for (const SubmissionState state : query.states.isEmpty() ? SubmissionStates::all() : query.states) {
            const Result<int> c = count(state);
            if (!c)
                return Failure {c.error()};
            n += *c;
        }
        return n;
    }
    Result<Selection> selected = select(query);
    if (!selected)
        return Failure {selected.error()};
    Selection s = std::move(selected).value();
    if (s.nothing)
        return 0;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 %2 LIMIT ?)").arg(s.from, s.whereClause()));
    for (const QVariant& v : std::as_const(s.binds))
        q.addBindValue(v);
    q.addBindValue(cap);
    if (!q.exec())
        return m_db.failure(q.lastError());
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<Submission>> SubmissionStore::rows(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.failure(q.lastError());
    QList<Submission> found;
    while (q.next())
        found.append(readRow(q));
    return found;
}

Result<QList<Attempt>> SubmissionStore::attempts(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT started_at, finished_at, outcome, http_status, message, may_have_reached, url"
                             " FROM attempts WHERE submission_id = ? ORDER BY id"));
    q.addBindValue(id);
    QList<Attempt> list;
    if (!q.exec())
        return m_db.failure(q.lastError());
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toString(), q.value(5).toBool(), q.value(6).toString()});
    return list;
}

Result<QList<qint64>> SubmissionStore::idsWhere(const QString& sql, qint64 bound) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.addBindValue(bound);
    if (!q.exec())
        return m_db.failure(q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> SubmissionStore::resubmissionsOf(qint64 id) const
{
    return idsWhere(QStringLiteral("SELECT id FROM submissions WHERE resubmission_of = ? ORDER BY id"), id);
}

Result<int> SubmissionStore::count(SubmissionState state) const
{
    QSqlQuery& q = statement(Statement::Count, "SELECT n FROM state_counts WHERE state = ?");
    q.bindValue(0, SubmissionStates::name(state));
    if (!q.exec())
        return m_db.failure(q.lastError());
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<std::optional<DuplicateHint>> SubmissionStore::previousSubmission(
    const QString& phoneE164, const QString& email, qint64 excludeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, state, created_at, phone_e164 = ? AND ? <> '', email = ? COLLATE NOCASE AND ? <> ''"
        " FROM submissions WHERE ((phone_e164 = ? AND ? <> '') OR (email = ? COLLATE NOCASE AND ? <> ''))"
        " AND id <> ? ORDER BY id DESC LIMIT 1"));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(phoneE164);
        q.addBindValue(phoneE164);
        q.addBindValue(email);
        q.addBindValue(email);
    }
    q.addBindValue(excludeId);
    if (!q.exec())
        return m_db.failure(q.lastError());
    if (!q.next())
        return std::optional<DuplicateHint>();
    DuplicateHint hint;
    hint.id = q.value(0).toLongLong();
    hint.state = SubmissionStates::fromName(q.value(1).toString()).value_or(SubmissionState::Queued);
    hint.createdAt = q.value(2).toLongLong();
    hint.samePhone = q.value(3).toBool();
    hint.sameEmail = q.value(4).toBool();
    return std::optional<DuplicateHint>(hint);
}

QString SubmissionStore::describe(const DuplicateHint& hint)
{
    const QString when = DateText::of(hint.createdAt);
    const QString state = SubmissionStates::label(hint.state).toLower();
    if (hint.samePhone && hint.sameEmail)
        return tr("This phone and email were submitted before: #%1 on %2, %3.").arg(hint.id).arg(when, state);
    if (hint.samePhone)
        return tr("This phone was submitted before: #%1 on %2, %3.").arg(hint.id).arg(when, state);
    return tr("This email was submitted before: #%1 on %2, %3.").arg(hint.id).arg(when, state);
}

QString SubmissionStore::databasePath() const
{
    return m_db.path();
}

Result<qint64> SubmissionStore::dataVersion() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return m_db.failure(q.lastError());
    return q.value(0).toLongLong();
}

Status SubmissionStore::beginWrite(bool durable)
{
    if (m_writeFault) {
        if (const QString message = m_writeFault(); !message.isEmpty())
            return Failure {message};
    }
    if (Status set = m_db.setDurable(durable); !set)
        return set;
    return m_db.beginWrite();
}

void SubmissionStore::setWriteFault(std::function<QString()> fault)
{
    m_writeFault = std::move(fault);
}

Result<QList<Submission>> SubmissionStore::personRows(const QString& email, const QString& phoneE164) const
{
    return rows(QStringLiteral("SELECT " LEADENTRY_COLUMNS " FROM submissions WHERE (? <> '' AND email = ? COLLATE"
                               " NOCASE) OR (? <> '' AND phone_e164 = ?) ORDER BY id"),
        {text(email), text(email), text(phoneE164), text(phoneE164)});
}

Result<QList<qint64>> SubmissionStore::finalCreatedBefore(qint64 cutoffMs) const
{
    return idsWhere(QStringLiteral("SELECT id FROM submissions WHERE state IN ('created', 'duplicate', 'rejected',"
                                   " 'unconfirmed') AND created_at < ? ORDER BY id"),
        cutoffMs);
}

Result<int> SubmissionStore::erase(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return 0;
    // Freed pages are overwritten, so the erased text does not linger in the file.
    if (const Status zeroed = m_db.exec(QStringLiteral("PRAGMA secure_delete=ON")); !zeroed)
        return Failure {zeroed.error()};
    const auto restore = qScopeGuard([this] { (void)m_db.exec(QStringLiteral("PRAGMA secure_delete=OFF")); });
    if (Status begun = beginWrite(true); !begun)
        return Failure {begun.error()};
    QSqlQuery row(m_db.connection());
    QSqlQuery unindex(m_db.connection());
    QSqlQuery unlink(m_db.connection());
    QSqlQuery attempts(m_db.connection());
    QSqlQuery remove(m_db.connection());
    row.prepare(QStringLiteral("SELECT full_name, phone, phone_e164, email FROM submissions WHERE id = ?"));
    // The search index is contentless: an entry is removed by giving back exactly what was indexed.
    unindex.prepare(QStringLiteral("INSERT INTO submissions_search(submissions_search, rowid, full_name, phone, email)"
                                   " VALUES ('delete', ?, ?, ?, ?)"));
    unlink.prepare(QStringLiteral("UPDATE submissions SET resubmission_of = NULL WHERE resubmission_of = ?"));
    attempts.prepare(QStringLiteral("DELETE FROM attempts WHERE submission_id = ?"));
    remove.prepare(QStringLiteral("DELETE FROM submissions WHERE id = ?"));
    int erased = 0;
    const auto failed = [this](const QSqlQuery& q) -> Result<int> {
        const Failure failure = m_db.failure(q.lastError());
        m_db.rollback();
        return failure;
    };
    for (const qint64 id : ids) {
        row.bindValue(0, id);
        if (!row.exec())
            return failed(row);
        if (!row.next())
            continue; // already gone
        unindex.bindValue(0, id);
        unindex.bindValue(1, text(row.value(0).toString()));
        unindex.bindValue(2, text(SearchText::phoneTokens(row.value(1).toString(), row.value(2).toString())));
        unindex.bindValue(3, text(row.value(3).toString()));
        row.finish();
        if (!unindex.exec())
            return failed(unindex);
        unlink.bindValue(0, id);
        if (!unlink.exec())
            return failed(unlink);
        attempts.bindValue(0, id);
        if (!attempts.exec())
            return failed(attempts);
        remove.bindValue(0, id);
        if (!remove.exec())
            return failed(remove);
        erased += remove.numRowsAffected();
    }
    // A 'delete' on the contentless index only adds tombstones; the words stay in its segments
    // until they are merged. 'optimize' merges them all, so the erased words are gone.
    QSqlQuery merge(m_db.connection());
    if (erased > 0
        && !merge.exec(QStringLiteral("INSERT INTO submissions_search(submissions_search) VALUES ('optimize')")))
        return failed(merge);
    if (Status committed = m_db.commit(); !committed) {
        m_db.rollback();
        return Failure {committed.error()};
    }
    // The write-ahead log still holds copies of the erased pages until it is checkpointed.
    (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return erased;
}

Status SubmissionStore::compact()
{
    return m_db.exec(QStringLiteral("VACUUM"));
}

Result<QString> SubmissionStore::consentText(const QString& version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT text FROM consent_texts WHERE version = ?"));
    q.addBindValue(version);
    if (!q.exec())
        return m_db.failure(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}
