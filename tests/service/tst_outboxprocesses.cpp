#include "SandboxProcess.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The outbox's promises with real processes: the CLI's `sync`, run twice at once or killed with
// SIGKILL at random instants, against leadentry-sandbox over loopback.
class TestOutboxProcesses : public QObject
{
    Q_OBJECT

private:
    QString m_root;

    QProcess* startSync(const QUrl& baseUrl, QObject* parent)
    {
        auto* p = new QProcess(parent);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALTERESTATE_API_URL"), baseUrl.toString());
        env.insert(QStringLiteral("ALTERESTATE_API_KEY"), QStringLiteral("k"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(LEADENTRY_CLI_PATH), {QStringLiteral("sync")});
        return p;
    }

    // A fresh history holding n queued leads; returns their emails.
    QStringList fillOutbox(int n, const QString& tag)
    {
        QDir(m_root).mkpath(QStringLiteral("data"));
        qputenv("LEADENTRY_HOME", QString(m_root + QStringLiteral("/data/") + tag).toUtf8());
        Database db(Database::defaultPath());
        if (!db.open().ok())
            return {};
        SubmissionStore store(db);
        QList<SubmissionStore::NewSubmission> batch;
        QStringList emails;
        for (int i = 0; i < n; ++i) {
            const QString email = QStringLiteral("%1-%2@example.com").arg(tag).arg(i);
            auto s = StoreFixture::lead(
                QStringLiteral("Lead %1").arg(i), QStringLiteral("+1809555%1").arg(3000 + i), email);
            s.requestBody = QStringLiteral("{\"full_name\":\"Lead %1\",\"phone\":\"+1809555%2\",\"email\":\"%3\"}")
                                .arg(i)
                                .arg(3000 + i)
                                .arg(email)
                                .toUtf8();
            batch.append(s);
            emails.append(email);
        }
        return store.enqueueBatch(batch, 1).value().size() == n ? emails : QStringList();
    }

    static QList<Submission> allRows()
    {
        Database db(Database::defaultPath());
        if (!db.open().ok())
            return {};
        SubmissionStore store(db);
        HistoryQuery q;
        q.limit = 100000;
        return store.list(q).value();
    }

private slots:
    void initTestCase() { m_root = TestEnvironment::isolate(); }

    void twoSyncsNeverSendALeadTwice()
    {
        constexpr int n = 60;
        QCOMPARE(fillOutbox(n, QStringLiteral("twice")).size(), n);
        SandboxProcess sandbox;
        // Duplicates allowed: a lead sent twice would show as two requests, not as one duplicate.
        QVERIFY(sandbox.start(
            {QStringLiteral("--allow-duplicates"), QStringLiteral("--latency-ms"), QStringLiteral("15")}));
        QObject owner;
        QProcess* a = startSync(sandbox.baseUrl(), &owner);
        QProcess* b = startSync(sandbox.baseUrl(), &owner);
        QVERIFY(a->waitForFinished(60000));
        QVERIFY(b->waitForFinished(60000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        QTRY_COMPARE(sandbox.requestLines().size(), n);
        const QList<Submission> rows = allRows();
        QCOMPARE(rows.size(), n);
        QSet<QString> remoteIds;
        for (const Submission& s : rows) {
            QCOMPARE(s.state, SubmissionState::Created);
            QCOMPARE(s.attempts, 1);
            remoteIds.insert(s.remoteId);
        }
        QCOMPARE(remoteIds.size(), n);
        // Both did some of the work (with 60 leads and 6 requests each in flight, neither starves).
        QVERIFY(!a->readAllStandardOutput().isEmpty());
        QVERIFY(!b->readAllStandardOutput().isEmpty());
    }

    void killedAtRandomInstantsLosesNothing()
    {
        constexpr int n = 40;
        const QStringList emails = fillOutbox(n, QStringLiteral("kill"));
        QCOMPARE(emails.size(), n);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--latency-ms"), QStringLiteral("120"), QStringLiteral("--log-leads")}));
        QRandomGenerator random(4242);
        QObject owner;
        for (int round = 0; round < 8; ++round) {
            QProcess* sync = startSync(sandbox.baseUrl(), &owner);
            QVERIFY(sync->waitForStarted(10000));
            QTest::qWait(40 + int(random.bounded(300)));
            if (sync->state() != QProcess::NotRunning) {
                sync->kill(); // SIGKILL: no chance to clean up
                QVERIFY(sync->waitForFinished(10000));
            }
        }
        // Afterwards a sync that runs to its end leaves every lead final.
        QProcess* last = startSync(sandbox.baseUrl(), &owner);
        QVERIFY(last->waitForFinished(120000));
        QVERIFY2(last->exitCode() == 0, last->readAllStandardError().constData());

        // Every lead the sandbox created is in the history, and each lead was created exactly once.
        static const QRegularExpression created(QStringLiteral(" 201 created id=\\d+ email=(\\S+)"));
        QStringList createdEmails;
        for (const QString& line : sandbox.requestLines()) {
            const auto m = created.match(line);
            if (m.hasMatch())
                createdEmails.append(m.captured(1));
        }
        QCOMPARE(QSet<QString>(createdEmails.cbegin(), createdEmails.cend()).size(), createdEmails.size());
        QCOMPARE(
            QSet<QString>(createdEmails.cbegin(), createdEmails.cend()), QSet<QString>(emails.cbegin(), emails.cend()));

        const QList<Submission> rows = allRows();
        QCOMPARE(rows.size(), n);
        int duplicates = 0;
        for (const Submission& s : rows) {
            QVERIFY2(s.state == SubmissionState::Created || s.state == SubmissionState::Duplicate,
                qPrintable(SubmissionStates::name(s.state)));
            // A duplicate can only come from a resend whose first attempt was cut off: it must say so.
            if (s.state == SubmissionState::Duplicate) {
                QVERIFY(s.uncertain);
                ++duplicates;
            }
        }
        qInfo("%d of %d leads were resent after a kill and answered as duplicates", duplicates, n);
    }
};

QTEST_GUILESS_MAIN(TestOutboxProcesses)
#include "tst_outboxprocesses.moc"
