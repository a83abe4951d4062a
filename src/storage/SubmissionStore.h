#pragma once

#include "core/Outcome.h"
#include "core/Result.h"
#include "core/Submission.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

class Database;

// What the history asks for: newest first, optionally by state, event and text, a page at a time.
struct HistoryQuery
{
    QList<SubmissionState> states; // empty: all
    std::optional<QString> event; // set: only this event ("" for none)
    QString text; // name, phone or email words
    qint64 beforeId = 0; // keyset paging: only rows older than this id (0: from the newest)
    int limit = 200;
};

// "Has this phone or email been submitted before?"
struct DuplicateHint
{
    qint64 id = 0;
    SubmissionState state = SubmissionState::Queued;
    qint64 createdAt = 0;
    bool samePhone = false;
    bool sameEmail = false;
};

// The outbox and history on top of Database. Every method is one short transaction; the claim is
// a single conditional UPDATE, so across processes exactly one wins.
class SubmissionStore final
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionStore)
    Q_DISABLE_COPY_MOVE(SubmissionStore)

public:
    explicit SubmissionStore(Database& database);
    ~SubmissionStore();

    struct NewSubmission
    {
        Lead lead; // accepted by the intake (the service takes only an AcceptedLead) and trimmed
        QString phoneE164;
        QByteArray requestBody;
        Origin origin = Origin::Form;
        QString event;
        qint64 resubmissionOf = 0;
        Consent consent; // with its text, kept once per version
    };

    // Durable on disk before it returns (synchronous=FULL): the new row's id.
    Result<qint64> enqueue(const NewSubmission& submission, qint64 nowMs);
    // Many leads in one transaction: all stored, or none. Ids in order.
    Result<QList<qint64>> enqueueBatch(const QList<NewSubmission>& submissions, qint64 nowMs);
    // All that `next` yields (a submission; nullopt at the end), in one durable transaction, or,
    // when chunkRows > 0, in transactions of chunkRows rows gathered before each begins (so that a
    // long import keeps no other program from writing while it reads). When `next` or a write
    // fails, the open transaction is undone and the failure says how many earlier rows were kept.
    // Ids in order.
    using Source = std::function<Result<std::optional<NewSubmission>>()>;
    Result<QList<qint64>> enqueueAll(const Source& next, qint64 nowMs, int chunkRows = 0);

    // What a claim hands the sender.
    struct Claimed
    {
        qint64 id = 0;
        QByteArray requestBody;
        int attempts = 0; // including this one
    };
    // Marks queued rows as being sent by `owner`, in one transaction; returns those it won (another
    // process, or an earlier call, may have taken the rest).
    Result<QList<Claimed>> claim(const QList<qint64>& ids, const QString& owner, qint64 nowMs);
    // Whether this process won the row.
    Result<bool> claim(qint64 id, const QString& owner, qint64 nowMs);
    // Queued rows whose time has come, oldest first.
    Result<QList<qint64>> dueIds(qint64 nowMs, int limit) const;
    // When the earliest queued row is due, if any.
    Result<std::optional<qint64>> nextDueAt() const;

    struct AttemptRecord
    {
        qint64 startedAt = 0;
        qint64 finishedAt = 0;
        Outcome outcome;
        int httpStatus = 0;
        QByteArray responseBody;
        bool mayHaveReachedServer = false;
        QString url; // where the request went

        // True when this attempt may have created the lead without anyone hearing of it: no
        // answer (or a proxy's 5xx) after the request may have reached the server. A definite
        // answer (created, duplicate, rejected, 401, 404, 408, 429) leaves nothing unknown.
        [[nodiscard]] bool leavesOutcomeUnknown() const
        {
            return outcome.kind == OutcomeKind::Transient && mayHaveReachedServer && httpStatus != 408
                && httpStatus != 429;
        }
    };
    // The end of one attempt: a final state, or back to queued at nextAttemptAt.
    struct Recording
    {
        qint64 id = 0;
        SubmissionState state = SubmissionState::Queued;
        qint64 nextAttemptAt = 0;
        AttemptRecord attempt;
    };
    // Records many attempts in one transaction. A retry is recorded only while `owner` still holds
    // the claim; a final answer is kept whoever brings it, unless the row is already final.
    // Returns the ids whose row changed. A failure changed nothing: the whole transaction is undone.
    Result<QList<qint64>> record(const QList<Recording>& recordings, const QString& owner);

    // Both in one transaction: the outcomes that came in, and the claim of the next rows to send.
    struct Step
    {
        QList<qint64> recorded; // rows the recordings changed
        QList<Claimed> claimed;
    };
    Result<Step> recordAndClaim(
        const QList<Recording>& recordings, const QList<qint64>& toClaim, const QString& owner, qint64 nowMs);
    // Whether the row changed.
    Result<bool> recordFinal(qint64 id, const QString& owner, SubmissionState state, const AttemptRecord& attempt);
    Result<bool> recordRetry(qint64 id, const QString& owner, qint64 nextAttemptAt, const AttemptRecord& attempt);

    // Rows left in `sending` by a process that is gone (dead on this machine, or silent for longer
    // than the lease) go back to queued, marked uncertain. Returns how many.
    Result<int> recoverStale(qint64 nowMs, qint64 leaseMs);
    // Rows `owner` claimed that are not in `keep` (the ones it still has a request or an unwritten
    // answer for) go back to queued, marked uncertain: a live process's lost claims, which
    // recoverStale() would leave alone until the lease ran out. Returns how many.
    Result<int> releaseClaims(const QString& owner, const QList<qint64>& keep, qint64 nowMs);
    // Every queued row due now (the user's "Send now", `sync --force`), or as soon as the server
    // allows (the latest Retry-After any queued lead heard holds them all: `sync`). Returns how
    // many changed.
    enum class DueFrom { Now, ServerAllows };
    Result<int> makeAllDue(qint64 nowMs, DueFrom from = DueFrom::Now);
    // The latest time a queued lead's Retry-After asks to wait until, or 0 when none asks past now.
    Result<qint64> serverWaitUntil(qint64 nowMs) const;

    // Every row of one person: this email (any case) or this E.164 phone (either may be empty).
    Result<QList<Submission>> personRows(const QString& email, const QString& phoneE164) const;
    // Final rows (created, duplicate, rejected, unconfirmed) created before cutoffMs: what a
    // retention period lets go. Queued and sending rows are never among them.
    Result<QList<qint64>> finalCreatedBefore(qint64 cutoffMs) const;
    // Removes these rows, their attempts and their search entries in one transaction, overwriting
    // the freed pages, and checkpoints the journal. Links from resubmissions are cleared. How many.
    Result<int> erase(const QList<qint64>& ids);
    // Gives the freed space back to the disk (VACUUM); best after a large erase.
    Status compact();

    // The words of a consent version, or empty when unknown.
    Result<QString> consentText(const QString& version) const;

    // Fails for a row that is not there, too.
    Result<Submission> get(qint64 id) const;
    Result<QList<Submission>> list(const HistoryQuery& query) const;
    // How many rows the query's filter matches (its beforeId and limit aside). Filtered by state
    // alone it is exact at any size; a search or an event stops counting at cap.
    Result<int> countMatching(const HistoryQuery& query, int cap) const;
    Result<QList<Attempt>> attempts(qint64 id) const;
    // The leads that resubmit this one (Edit and resubmit), oldest first.
    [[nodiscard]] Result<QList<qint64>> resubmissionsOf(qint64 id) const;
    Result<int> count(SubmissionState state) const;
    Result<std::optional<DuplicateHint>> previousSubmission(
        const QString& phoneE164, const QString& email, qint64 excludeId = 0) const;
    // "This phone was submitted before: #7 on 27/11/26 10:00, created." for the form and the CLI.
    [[nodiscard]] static QString describe(const DuplicateHint& hint);
    // Changes whenever any connection (this process's or another's) commits: cheap to poll.
    Result<qint64> dataVersion() const;
    // The history file (for watching it).
    [[nodiscard]] QString databasePath() const;

    // A test seam: every write of leads, outcomes and claims first asks `fault`; a non-empty answer
    // fails the write with that message before it touches the file, as a full disk or a lost lock
    // would. An empty function (the default) never fails.
    void setWriteFault(std::function<QString()> fault);

    // "pid@host": who claimed a row, so that a dead claimant can be recognised. A sender adds
    // "/n" to tell its claims from another sender's in the same process.
    static QString processOwner();

private:
    // The ids a one-parameter query selects, in its order.
    [[nodiscard]] Result<QList<qint64>> idsWhere(const QString& sql, qint64 bound) const;
    enum class Statement {
        Insert,
        Index,
        Claim,
        ClaimedBody,
        RecordFinal,
        RecordRetry,
        RecordLateCreation,
        InsertConsentText,
        InsertAttempt,
        Get,
        Due,
        NextDue,
        Terms,
        Changes,
        Count, // keep last: it sizes m_statements
    };
    // Prepared once per store and reused: most of the time of a small statement is its parsing.
    QSqlQuery& statement(Statement which, const char* sql) const;
    struct Stale
    {
        qint64 id;
        QString owner;
        qint64 claimedAt;
    };
    Status recordRows(const QList<Recording>& recordings, const QString& owner, QList<qint64>& changed);
    // What a HistoryQuery selects: the tables, the conditions and their values, the order.
    struct Selection
    {
        QString from;
        QString order;
        QStringList where;
        QVariantList binds;
        bool nothing = false; // nothing can match (a search with nothing searchable)
        [[nodiscard]] QString whereClause() const;
    };
    Result<Selection> select(const HistoryQuery& query) const;
    // The full-text query for what the user typed; empty when nothing in it is searchable.
    Result<QString> ftsMatch(const QString& text) const;
    // The submissions a SELECT of kColumns finds.
    Result<QList<Submission>> rows(const QString& sql, const QVariantList& binds) const;
    Status claimRows(const QList<qint64>& ids, const QString& owner, qint64 nowMs, QList<Claimed>& won);
    Result<qint64> insert(const NewSubmission& submission, qint64 nowMs);
    Result<int> requeue(const QList<Stale>& rows, qint64 nowMs, const QString& why);
    // Starts a write transaction, FULL or NORMAL (Database::setDurable), unless a fault is injected.
    Status beginWrite(bool durable);
    Database& m_db;
    mutable std::array<std::unique_ptr<QSqlQuery>, static_cast<std::size_t>(Statement::Count) + 1> m_statements;
    mutable bool m_termsReady = false; // the search index's vocabulary is open on this connection
    struct LastMatch
    {
        QString text;
        QString version; // what had been written when it was made
        QString match;
    };
    mutable LastMatch m_lastMatch;
    std::function<QString()> m_writeFault;
};
