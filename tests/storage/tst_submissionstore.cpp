#include "StoreFixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

namespace {
SubmissionStore::AttemptRecord attempt(OutcomeKind kind, int httpStatus = 0, bool reached = true)
{
    SubmissionStore::AttemptRecord a;
    a.startedAt = 100;
    a.finishedAt = 200;
    a.outcome.kind = kind;
    a.httpStatus = httpStatus;
    a.mayHaveReachedServer = reached;
    a.url = QStringLiteral("https://secure.alterestate.com/api/v1/leads/");
    if (kind == OutcomeKind::Created) {
        a.outcome.remoteId = QStringLiteral("1238837");
        a.outcome.uid = QStringLiteral("D9dEML2g39");
        a.outcome.dealId = QStringLiteral("640682");
        a.outcome.logId = QStringLiteral("453995");
    } else {
        a.outcome.message = QStringLiteral("message for ") + Outcome::kindName(kind);
        a.outcome.logId = kind == OutcomeKind::Duplicate ? QStringLiteral("LOG123456") : QString();
    }
    return a;
}

const QString kOwner = QStringLiteral("test-owner");
} // namespace

class TestSubmissionStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QCOMPARE(m.open(), QString()); }
    void cleanup() { m = {}; }

    void enqueueKeepsEverythingExactly()
    {
        auto s = StoreFixture::lead(QStringLiteral("María José 🏠"), QStringLiteral("+18095550123"),
            QStringLiteral("mj@example.com"), QStringLiteral("Expo 2026"));
        s.lead.setValue(LeadField::Notes, QStringLiteral("línea 1\nlínea 2"));
        const qint64 id = m.store->enqueue(s, 1000).value();
        QVERIFY(id > 0);
        const auto got = m.store->get(id);
        QVERIFY(got);
        QCOMPARE(got->state, SubmissionState::Queued);
        QCOMPARE(got->lead, s.lead);
        QCOMPARE(got->requestBody, s.requestBody);
        QCOMPARE(got->event, QStringLiteral("Expo 2026"));
        QCOMPARE(got->createdAt, 1000);
        QCOMPARE(got->nextAttemptAt, 1000);
        QCOMPARE(got->attempts, 0);
        QVERIFY(!got->uncertain);
    }

    void claimHasOneWinner()
    {
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 1).value();
        Database second(m.path());
        QCOMPARE(second.open().error(), QString());
        SubmissionStore other(second);
        QVERIFY(m.store->claim(id, kOwner, 2).value());
        QVERIFY(!other.claim(id, QStringLiteral("other"), 2).value()); // another connection, as another process would
        QVERIFY(!m.store->claim(id, kOwner, 2).value());
        const auto got = m.store->get(id);
        QCOMPARE(got->state, SubmissionState::Sending);
        QCOMPARE(got->attempts, 1);
    }

    // The state machine, row by row: what each outcome does to a row being sent.
    void outcomes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("http");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("uncertain");
        QTest::newRow("created") << int(OutcomeKind::Created) << 201 << true << int(SubmissionState::Created) << false;
        QTest::newRow("duplicate") << int(OutcomeKind::Duplicate) << 200 << true << int(SubmissionState::Duplicate)
                                   << false;
        QTest::newRow("rejected") << int(OutcomeKind::Rejected) << 400 << true << int(SubmissionState::Rejected)
                                  << false;
        QTest::newRow("unconfirmed") << int(OutcomeKind::Unconfirmed) << 201 << true
                                     << int(SubmissionState::Unconfirmed) << false;
        QTest::newRow("timeout") << int(OutcomeKind::Transient) << 0 << true << int(SubmissionState::Queued) << true;
        QTest::newRow("refused") << int(OutcomeKind::Transient) << 0 << false << int(SubmissionState::Queued) << false;
        QTest::newRow("502 from proxy") << int(OutcomeKind::Transient) << 502 << true << int(SubmissionState::Queued)
                                        << true;
        QTest::newRow("429") << int(OutcomeKind::Transient) << 429 << true << int(SubmissionState::Queued) << false;
        QTest::newRow("401") << int(OutcomeKind::Auth) << 401 << true << int(SubmissionState::Queued) << false;
        QTest::newRow("404") << int(OutcomeKind::Config) << 404 << true << int(SubmissionState::Queued) << false;
    }
    void outcomes()
    {
        QFETCH(int, kind);
        QFETCH(int, http);
        QFETCH(bool, reached);
        QFETCH(int, state);
        QFETCH(bool, uncertain);
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 1).value();
        QVERIFY(m.store->claim(id, kOwner, 2).value());
        const auto record = attempt(OutcomeKind(kind), http, reached);
        const Result<bool> ok = SubmissionStates::isFinal(SubmissionState(state))
            ? m.store->recordFinal(id, kOwner, SubmissionState(state), record)
            : m.store->recordRetry(id, kOwner, 5000, record);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QVERIFY(ok.value());
        const auto got = m.store->get(id);
        QCOMPARE(int(got->state), state);
        QCOMPARE(got->uncertain, uncertain);
        QCOMPARE(got->httpStatus, http);
        if (got->state == SubmissionState::Created) {
            QCOMPARE(got->remoteId, QStringLiteral("1238837"));
            QCOMPARE(got->dealId, QStringLiteral("640682"));
            QCOMPARE(got->logId, QStringLiteral("453995"));
        } else {
            QCOMPARE(got->message, record.outcome.message);
        }
        if (got->state == SubmissionState::Queued)
            QCOMPARE(got->nextAttemptAt, 5000);
        const QList<Attempt> history = m.store->attempts(id).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().outcome, Outcome::kindName(OutcomeKind(kind)));
        QCOMPARE(history.first().httpStatus, http);
        QCOMPARE(history.first().url, record.url); // where it went, whatever the settings say later
    }

    void resubmissionsAreFoundFromTheOriginal()
    {
        const qint64 first
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 1).value();
        QCOMPARE(m.store->resubmissionsOf(first).value(), QList<qint64>());
        SubmissionStore::NewSubmission again = StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("b@x.com"));
        again.resubmissionOf = first;
        const qint64 second = m.store->enqueue(again, 2).value();
        QCOMPARE(m.store->resubmissionsOf(first).value(), QList<qint64> {second});
        QCOMPARE(m.store->resubmissionsOf(second).value(), QList<qint64>());
    }

    void uncertaintyIsKeptUntilTheEnd()
    {
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 1).value();
        QVERIFY(m.store->claim(id, kOwner, 2).value());
        QVERIFY(m.store->recordRetry(id, kOwner, 10, attempt(OutcomeKind::Transient, 0, true)).value());
        QVERIFY(m.store->claim(id, kOwner, 20).value());
        QVERIFY(
            m.store->recordFinal(id, kOwner, SubmissionState::Duplicate, attempt(OutcomeKind::Duplicate, 200)).value());
        const auto got = m.store->get(id);
        QCOMPARE(got->state, SubmissionState::Duplicate);
        QVERIFY(got->uncertain); // "duplicate — an earlier attempt may have created it"
        QCOMPARE(got->attempts, 2);
        QCOMPARE(m.store->attempts(id).value().size(), 2);
    }

    void onlyTheOwnerMayRequeue()
    {
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 1).value();
        QVERIFY(m.store->claim(id, kOwner, 2).value());
        QVERIFY(!m.store->recordRetry(id, QStringLiteral("intruder"), 10, attempt(OutcomeKind::Transient)).value());
        QCOMPARE(m.store->get(id)->state, SubmissionState::Sending);
        // A final answer is the truth and is kept whoever brings it.
        QVERIFY(
            m.store->recordFinal(id, QStringLiteral("late"), SubmissionState::Created, attempt(OutcomeKind::Created))
                .value());
        QCOMPARE(m.store->get(id)->state, SubmissionState::Created);
        // …but a final row is never overwritten.
        QVERIFY(!m.store->recordFinal(id, kOwner, SubmissionState::Rejected, attempt(OutcomeKind::Rejected)).value());
        QCOMPARE(m.store->get(id)->state, SubmissionState::Created);
    }

    void recoveryOfRowsLeftSending()
    {
        const qint64 dead
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 1).value();
        const qint64 mine
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("B"), {}, QStringLiteral("b@x.com")), 1).value();
        const qint64 silent
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("C"), {}, QStringLiteral("c@x.com")), 1).value();
        // A pid that cannot be running: above the kernel's pid_max.
        QVERIFY(m.store->claim(dead, QStringLiteral("999999999@") + QSysInfo::machineHostName(), 1000).value());
        QVERIFY(m.store->claim(mine, SubmissionStore::processOwner(), 1000).value());
        QVERIFY(m.store->claim(silent, QStringLiteral("123@another-machine"), 1000).value());

        QCOMPARE(m.store->recoverStale(2000, 60000).value(), 1);
        QCOMPARE(m.store->get(dead)->state, SubmissionState::Queued);
        QVERIFY(m.store->get(dead)->uncertain);
        QCOMPARE(m.store->attempts(dead).value().last().outcome, QStringLiteral("interrupted"));
        QCOMPARE(m.store->get(mine)->state, SubmissionState::Sending); // alive: this very process
        QCOMPARE(m.store->get(silent)->state, SubmissionState::Sending); // cannot tell yet

        // Past the lease, anyone's claim lapses.
        QCOMPARE(m.store->recoverStale(1000 + 60001, 60000).value(), 2);
        QCOMPARE(m.store->get(silent)->state, SubmissionState::Queued);
    }

    void dueAndMakeAllDue()
    {
        const qint64 a
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 100).value();
        const qint64 b
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("B"), {}, QStringLiteral("b@x.com")), 100).value();
        QVERIFY(m.store->claim(b, kOwner, 100).value());
        QVERIFY(m.store->recordRetry(b, kOwner, 9000, attempt(OutcomeKind::Transient)).value());
        QCOMPARE(m.store->dueIds(500, 10).value(), QList<qint64> {a});
        QCOMPARE(m.store->nextDueAt().value(), std::optional<qint64>(100));
        QCOMPARE(m.store->makeAllDue(500).value(), 1);
        QCOMPARE(m.store->dueIds(500, 10).value(), (QList<qint64> {a, b}));
    }

    // A 429's Retry-After holds the lead: "sync" makes it due only once the server allows;
    // "Send now" and "sync --force" make it due at once.
    void retryAfterHoldsTheLead()
    {
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("R"), {}, QStringLiteral("r@x.com")), 100).value();
        QVERIFY(m.store->claim(id, kOwner, 100).value());
        SubmissionStore::AttemptRecord limited = attempt(OutcomeKind::Transient, 429);
        limited.outcome.retryAfterSeconds = 3600;
        QVERIFY(m.store->recordRetry(id, kOwner, 200 + 3600000, limited).value());
        // A lead never tried waits too: the 429 was about the account.
        const qint64 fresh
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("F"), {}, QStringLiteral("f@x.com")), 400).value();
        QCOMPARE(m.store->serverWaitUntil(500).value(), 200 + 3600000);
        QVERIFY(m.store->makeAllDue(500, SubmissionStore::DueFrom::ServerAllows).ok());
        QVERIFY(m.store->dueIds(500, 10).value().isEmpty());
        QCOMPARE(m.store->makeAllDue(500, SubmissionStore::DueFrom::Now).value(), 2);
        QCOMPARE(m.store->dueIds(500, 10).value(), (QList<qint64> {id, fresh}));
        QCOMPARE(m.store->serverWaitUntil(200 + 3600000).value(), 0); // the hour is over
    }

    // A sender frozen past its lease: another one resent the lead and heard "duplicate"; then the
    // first one's 201 arrives. Its ids are kept, and the story has both answers.
    void lateCreationKeepsItsIds()
    {
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("L"), {}, QStringLiteral("l@x.com")), 100).value();
        QVERIFY(m.store->claim(id, QStringLiteral("frozen"), 100).value());
        QCOMPARE(m.store->recoverStale(100 + 60001, 60000).value(), 1);
        QVERIFY(m.store->claim(id, kOwner, 70000).value());
        QVERIFY(m.store->recordFinal(id, kOwner, SubmissionState::Duplicate, attempt(OutcomeKind::Duplicate)).value());
        QVERIFY(
            m.store->recordFinal(id, QStringLiteral("frozen"), SubmissionState::Created, attempt(OutcomeKind::Created))
                .value());
        const Submission s = m.store->get(id).value();
        QCOMPARE(s.state, SubmissionState::Created);
        QCOMPARE(s.remoteId, QStringLiteral("1238837"));
        QCOMPARE(s.uid, QStringLiteral("D9dEML2g39"));
        QVERIFY(s.uncertain);
        QStringList story;
        for (const Attempt& a : m.store->attempts(id).value())
            story.append(a.outcome);
        QCOMPARE(story,
            (QStringList {QStringLiteral("interrupted"), QStringLiteral("duplicate"), QStringLiteral("created")}));
    }

    // Erasing a person leaves nothing behind: rows, attempts, search entries, and no copy of the
    // text in the file or its journal; a resubmission's link to an erased row is cleared.
    void eraseLeavesNoTrace()
    {
        const qint64 first = m.store
                                 ->enqueue(StoreFixture::lead(QStringLiteral("Zoila Borrable"),
                                               QStringLiteral("+18095550777"), QStringLiteral("zoila@borrar.com")),
                                     100)
                                 .value();
        QVERIFY(m.store->claim(first, kOwner, 100).value());
        QVERIFY(m.store->recordFinal(first, kOwner, SubmissionState::Rejected, attempt(OutcomeKind::Rejected)).value());
        auto again = StoreFixture::lead(
            QStringLiteral("Zoila B."), QStringLiteral("+18095550777"), QStringLiteral("otra@borrar.com"));
        again.resubmissionOf = first;
        const qint64 second = m.store->enqueue(again, 200).value();
        const qint64 keep = m.store
                                ->enqueue(StoreFixture::lead(QStringLiteral("Ana Queda"),
                                              QStringLiteral("+18095550888"), QStringLiteral("ana@queda.com")),
                                    300)
                                .value();

        const QList<Submission> person = m.store->personRows(QStringLiteral("ZOILA@borrar.com"), {}).value();
        QCOMPARE(person.size(), 1);
        const QList<Submission> byPhone = m.store->personRows({}, QStringLiteral("+18095550777")).value();
        QCOMPARE(byPhone.size(), 2);
        QCOMPARE(m.store->erase({first, second}).value(), 2);

        QVERIFY(!m.store->get(first).ok());
        QVERIFY(m.store->attempts(first).value().isEmpty());
        HistoryQuery q;
        q.text = QStringLiteral("Zoila");
        QVERIFY(m.store->list(q).value().isEmpty());
        q.text = QStringLiteral("Ana");
        QCOMPARE(m.store->list(q).value().size(), 1);
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 1);
        QCOMPARE(m.store->get(keep)->lead.email(), QStringLiteral("ana@queda.com"));

        // A late answer for an erased lead is dropped, not a failure that blocks the outbox.
        QVERIFY(!m.store->recordFinal(second, kOwner, SubmissionState::Created, attempt(OutcomeKind::Created)).value());

        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m.path() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            // As stored (the row, its fields) and as indexed (lower-case words of the search index).
            for (const QByteArray& word : {QByteArray("zoila@borrar.com"), QByteArray("Zoila"), QByteArray("zoila"),
                     QByteArray("borrable"), QByteArray("borrar")})
                QVERIFY2(!bytes.contains(word), qPrintable(suffix + QStringLiteral(": ") + QString::fromLatin1(word)));
        }
    }

    // Retention lets go of final leads only: a lead still waiting is never among them.
    void retentionTakesOnlyFinalLeads()
    {
        const qint64 old
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("Old"), {}, QStringLiteral("o@x.com")), 100).value();
        const qint64 waiting
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("Wait"), {}, QStringLiteral("w@x.com")), 100).value();
        const qint64 sending
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("Send"), {}, QStringLiteral("s@x.com")), 100).value();
        const qint64 recent
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("New"), {}, QStringLiteral("n@x.com")), 5000).value();
        QVERIFY(m.store->claim(old, kOwner, 150).value());
        QVERIFY(m.store->recordFinal(old, kOwner, SubmissionState::Created, attempt(OutcomeKind::Created)).value());
        QVERIFY(m.store->claim(recent, kOwner, 5000).value());
        QVERIFY(m.store->recordFinal(recent, kOwner, SubmissionState::Created, attempt(OutcomeKind::Created)).value());
        QVERIFY(m.store->claim(sending, kOwner, 150).value());
        QCOMPARE(m.store->finalCreatedBefore(1000).value(), QList<qint64> {old});
        QCOMPARE(m.store->erase(m.store->finalCreatedBefore(1000).value()).value(), 1);
        QVERIFY(m.store->get(waiting).ok() && m.store->get(sending).ok() && m.store->get(recent).ok());
        QVERIFY(m.store->compact().ok());
    }

    // In chunks, another connection can write while the source reads its next rows; a source that
    // fails half-way keeps the chunks already stored and says so.
    void chunkedEnqueueLetsOthersWrite()
    {
        Database other(m.path());
        QVERIFY(other.open().ok());
        other.setBusyTimeoutMs(0); // a held lock fails at once
        SubmissionStore otherStore(other);
        int pulled = 0;
        int othersStored = 0;
        const auto source = [&]() -> Result<std::optional<SubmissionStore::NewSubmission>> {
            ++pulled;
            if (pulled == 4) { // between the first chunk (3 rows) and the second
                if (otherStore.enqueue(StoreFixture::lead(QStringLiteral("Kiosk"), {}, QStringLiteral("k@x.com")), 9))
                    ++othersStored;
            }
            if (pulled == 6)
                return Failure {QStringLiteral("the file changed")};
            return std::optional<SubmissionStore::NewSubmission>(
                StoreFixture::lead(QStringLiteral("Row %1").arg(pulled), {}, QStringLiteral("r%1@x.com").arg(pulled)));
        };
        const Result<QList<qint64>> stored = m.store->enqueueAll(source, 5, 3);
        QCOMPARE(othersStored, 1);
        QVERIFY(!stored);
        QVERIFY2(stored.error().contains(QLatin1String("The 3 leads stored before it were kept in the outbox")),
            qPrintable(stored.error()));
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 4); // 3 rows and the kiosk's lead
    }

    void batchIsAllOrNothing()
    {
        QList<SubmissionStore::NewSubmission> batch;
        for (int i = 0; i < 50; ++i)
            batch.append(StoreFixture::lead(QStringLiteral("Lead %1").arg(i), {}, QStringLiteral("l%1@x.com").arg(i)));
        const QList<qint64> ids = m.store->enqueueBatch(batch, 1).value();
        QCOMPARE(ids.size(), 50);
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 50);
        batch.last().requestBody = QByteArray(); // still stored: an empty body is not NULL
        QCOMPARE(m.store->enqueueBatch(batch, 2).value().size(), 50);
    }

    void listFiltersAndPages()
    {
        for (int i = 0; i < 30; ++i) {
            const qint64 id = m.store
                                  ->enqueue(StoreFixture::lead(QStringLiteral("Persona %1").arg(i),
                                                QStringLiteral("+1809555%1").arg(1000 + i),
                                                QStringLiteral("p%1@example.com").arg(i),
                                                i % 3 == 0 ? QStringLiteral("Feria") : QString()),
                                      i)
                                  .value();
            if (i % 2 == 0) {
                QVERIFY(m.store->claim(id, kOwner, i).value());
                QVERIFY(
                    m.store->recordFinal(id, kOwner, SubmissionState::Created, attempt(OutcomeKind::Created)).value());
            }
        }
        HistoryQuery q;
        q.limit = 10;
        QList<Submission> page = m.store->list(q).value();
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().lead.fullName(), QStringLiteral("Persona 29")); // newest first
        q.beforeId = page.last().id;
        page = m.store->list(q).value();
        QCOMPARE(page.first().lead.fullName(), QStringLiteral("Persona 19"));

        q = {};
        q.states = {SubmissionState::Created};
        QCOMPARE(m.store->list(q).value().size(), 15);
        q.states = {SubmissionState::Created, SubmissionState::Queued};
        QCOMPARE(m.store->list(q).value().size(), 30);
        q = {};
        q.event = QStringLiteral("Feria");
        QCOMPARE(m.store->list(q).value().size(), 10);
        q.event = QString();
        QCOMPARE(m.store->list(q).value().size(), 20);

        q = {};
        q.text = QStringLiteral("persona 2"); // prefix: 2, 20–29
        QCOMPARE(m.store->list(q).value().size(), 11);
        q.text = QStringLiteral("809 555 1017");
        QCOMPARE(m.store->list(q).value().size(), 1);
        q.text = QStringLiteral("1017");
        QCOMPARE(m.store->list(q).value().size(), 1);
        q.text = QStringLiteral("p17@example"); // the start of an address: the email index
        QCOMPARE(m.store->list(q).value().size(), 1);
        q.text = QStringLiteral("P17@EXAMPLE.COM");
        QCOMPARE(m.store->list(q).value().size(), 1);
        q.text = QStringLiteral("17@example"); // no address starts so: a word search ("Persona 17")
        QCOMPARE(m.store->list(q).value().size(), 1);
        QCOMPARE(m.store->list(q).value().first().lead.email(), QStringLiteral("p17@example.com"));
        // A whole address is answered by the email index alone, found or not (issue 14: a missing
        // one fell back to intersecting "example" and "com" across the whole text index).
        q.text = QStringLiteral("17@example.com");
        QCOMPARE(m.store->list(q).value().size(), 0);
        QCOMPARE(m.store->countMatching(q, 100).value(), 0);
        q.text = QStringLiteral(" p17@example.com ");
        QCOMPARE(m.store->list(q).value().size(), 1);
        q.text = QStringLiteral("Correo:\u00A0p17@example.com"); // a no-break space: not an address, never "every row"
        QVERIFY(m.store->list(q).value().size() <= 1);
        q.text = QStringLiteral("p1@example.com");
        QCOMPARE(m.store->list(q).value().size(), 1);
        q.text = QStringLiteral("\"; DROP TABLE submissions; --"); // nothing gets through to FTS5 syntax
        QVERIFY2(m.store->list(q).ok(), qPrintable(m.store->list(q).error()));
        QCOMPARE(m.store->list(q).value().size(), 0);
        q.text = QStringLiteral("***");
        QCOMPARE(m.store->list(q).value().size(), 0);
        q.states = {SubmissionState::Queued};
        q.text = QStringLiteral("persona");
        QCOMPARE(m.store->list(q).value().size(), 15);
    }

    // A word of four letters or more is looked up in the index's vocabulary and asked for by the
    // words that start with it (issue 14: FTS5 merged every row of "nunez"* before reading one).
    // It still finds every word it starts, however written, and whatever was added since.
    void aLongWordFindsEveryWordItStarts()
    {
        const auto names = [&](const QString& text) {
            HistoryQuery q;
            q.text = text;
            QStringList found;
            for (const Submission& s : m.store->list(q).value())
                found.append(s.lead.fullName());
            std::sort(found.begin(), found.end());
            const int counted = m.store->countMatching(q, 1000).value();
            return counted == found.size() ? found : QStringList {QStringLiteral("counted %1").arg(counted)};
        };
        int phone = 1000;
        const auto add = [&](const QString& name, SubmissionStore& store) {
            QVERIFY(
                store.enqueue(StoreFixture::lead(name, QStringLiteral("+1809555%1").arg(phone++), QString()), 1).ok());
        };
        for (const QString& name : {QStringLiteral("Rosa Núñez"), QStringLiteral("Ana NUNEZ"),
                 QStringLiteral("Luis Nuñezgarcía"), QStringLiteral("Nuno Pérez"), QStringLiteral("Rosario Díaz")})
            add(name, *m.store);
        QCOMPARE(names(QStringLiteral("Núñez")),
            QStringList(
                {QStringLiteral("Ana NUNEZ"), QStringLiteral("Luis Nuñezgarcía"), QStringLiteral("Rosa Núñez")}));
        QCOMPARE(names(QStringLiteral("nunezg")), QStringList({QStringLiteral("Luis Nuñezgarcía")}));
        QCOMPARE(names(QStringLiteral("nunezz")), QStringList());
        QCOMPARE(names(QStringLiteral("ROSA núñ")), QStringList({QStringLiteral("Rosa Núñez")}));
        QCOMPARE(
            names(QStringLiteral("Rosa")), QStringList({QStringLiteral("Rosa Núñez"), QStringLiteral("Rosario Díaz")}));
        // Added since the last search of the same text: by this store, then by another connection.
        add(QStringLiteral("Rosalía Gómez"), *m.store);
        QCOMPARE(names(QStringLiteral("Rosa")).size(), 3);
        {
            Database other(m.path());
            QVERIFY(other.open().ok());
            SubmissionStore otherStore(other);
            add(QStringLiteral("Rosalinda Peña"), otherStore);
        }
        QCOMPARE(names(QStringLiteral("Rosa")).size(), 4);
        // More words start so than are asked for by name: the index's own prefix search.
        for (int i = 0; i < 40; ++i)
            add(QStringLiteral("Rosa%1 Ruiz").arg(i), *m.store);
        QCOMPARE(names(QStringLiteral("Rosa")).size(), 44);
        QCOMPARE(names(QStringLiteral("Rosa3")).size(), 11); // rosa3, rosa30–rosa39
        // Letters the index may fold otherwise are left to it.
        add(QStringLiteral("Jürgen Straße"), *m.store);
        QCOMPARE(names(QStringLiteral("straße")), QStringList({QStringLiteral("Jürgen Straße")}));
        QCOMPARE(names(QStringLiteral("JURGEN")), QStringList({QStringLiteral("Jürgen Straße")}));
    }

    void countsWhatAFilterMatchesUpToACap()
    {
        for (int i = 0; i < 12; ++i)
            (void)m.store
                ->enqueue(
                    StoreFixture::lead(QStringLiteral("Persona %1").arg(i), QStringLiteral("+1809555%1").arg(3000 + i),
                        QStringLiteral("p%1@example.com").arg(i), i < 4 ? QStringLiteral("Feria") : QString()),
                    i)
                .value();
        QCOMPARE(m.store->countMatching({}, 5).value(), 12); // by state alone: exact, past the cap
        HistoryQuery q;
        q.states = {SubmissionState::Created};
        QCOMPARE(m.store->countMatching(q, 5).value(), 0);
        q = {};
        q.event = QStringLiteral("Feria");
        QCOMPARE(m.store->countMatching(q, 100).value(), 4);
        QCOMPARE(m.store->countMatching(q, 3).value(), 3); // stops at the cap
        q = {};
        q.text = QStringLiteral("persona");
        QCOMPARE(m.store->countMatching(q, 100).value(), 12);
        q.text = QStringLiteral("p1@example.com");
        QCOMPARE(m.store->countMatching(q, 100).value(), 1); // by the email index
        q.text = QStringLiteral("nobody@example.com");
        QCOMPARE(m.store->countMatching(q, 100).value(), 0);
        q.text = QStringLiteral("%%");
        QCOMPARE(m.store->countMatching(q, 100).value(), 0); // nothing searchable
    }

    void countsFollowEveryChange()
    {
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 0);
        const qint64 a
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@x.com")), 1).value();
        const qint64 b
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("B"), {}, QStringLiteral("b@x.com")), 1).value();
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 2);
        QVERIFY(m.store->claim(a, kOwner, 2).value());
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 1);
        QCOMPARE(m.store->count(SubmissionState::Sending).value(), 1);
        QVERIFY(m.store->recordFinal(a, kOwner, SubmissionState::Created, attempt(OutcomeKind::Created)).value());
        QVERIFY(m.store->claim(b, kOwner, 2).value());
        QVERIFY(m.store->recordRetry(b, kOwner, 9, attempt(OutcomeKind::Transient)).value());
        QCOMPARE(m.store->count(SubmissionState::Sending).value(), 0);
        QCOMPARE(m.store->count(SubmissionState::Created).value(), 1);
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 1);
        QSqlQuery(m.database->connection()).exec(QStringLiteral("DELETE FROM submissions WHERE id = %1").arg(b));
        QCOMPARE(m.store->count(SubmissionState::Queued).value(), 0);
    }

    void duplicateHint()
    {
        QVERIFY(
            !m.store->previousSubmission(QStringLiteral("+18095550123"), QStringLiteral("ana@example.com")).value());
        const qint64 first = m.store
                                 ->enqueue(StoreFixture::lead(QStringLiteral("Ana"), QStringLiteral("+18095550123"),
                                               QStringLiteral("Ana@Example.com")),
                                     42)
                                 .value();
        auto hint
            = m.store->previousSubmission(QStringLiteral("+18095550123"), QStringLiteral("other@example.com")).value();
        QVERIFY(hint);
        QCOMPARE(hint->id, first);
        QCOMPARE(hint->createdAt, 42);
        QVERIFY(hint->samePhone);
        QVERIFY(!hint->sameEmail);
        hint = m.store->previousSubmission(QString(), QStringLiteral("ana@example.COM")).value();
        QVERIFY(hint && hint->sameEmail && !hint->samePhone);
        QVERIFY(!m.store->previousSubmission(QString(), QString()).value()); // empty matches nothing
        QVERIFY(!m.store->previousSubmission(QStringLiteral("+18095550123"), {}, first).value()); // itself excluded
    }

private:
    StoreFixture m;
};

QTEST_GUILESS_MAIN(TestSubmissionStore)
#include "tst_submissionstore.moc"
