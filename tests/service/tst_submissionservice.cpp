#include "FakeClock.h"
#include "FakeNetwork.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "TestLeads.h"
#include "core/Settings.h"
#include "net/LeadsClient.h"
#ifdef LEADENTRY_HAVE_SANDBOX_SERVER
#include "sandbox/SandboxServer.h"
#endif
#include "service/SubmissionService.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

namespace {
Lead makeLead(int n)
{
    return makeLead(QStringLiteral("Lead %1").arg(n), QStringLiteral("809 555 %1").arg(1000 + n),
        QStringLiteral("lead%1@example.com").arg(n));
}

const QByteArray kCreated = "{\"status\":201,\"data\":{\"id\":99,\"uid\":\"U\"},\"log_id\":1,\"deal_id\":2}";
} // namespace

class TestSubmissionService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QCOMPARE(m_fixture.open(), QString());
        m_settings = std::make_unique<Settings>(m_fixture.dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("https://secure.alterestate.com")).ok());
        m_network = std::make_unique<FakeNetworkAccessManager>();
        m_client = std::make_unique<LeadsClient>(m_network.get());
        m_service = std::make_unique<SubmissionService>(*m_fixture.store, *m_client, *m_settings, m_clock);
        m_service->setApiKey(QStringLiteral("k"));
        m_service->setRandomSeed(7);
    }
    void cleanup()
    {
        m_service.reset();
        m_client.reset();
        m_network.reset();
        m_settings.reset();
        m_fixture = {};
    }

    void storedBeforeAnythingIsSent()
    {
        m_network->enqueue(FakeResponse::json(201, kCreated));
        const qint64 id = m_service->submit(acceptedLead(makeLead(1)), Origin::Cli).value();
        QVERIFY(id > 0);
        QVERIFY(m_network->requests().isEmpty()); // not in automatic mode, nothing named yet
        QCOMPARE(m_fixture.store->get(id)->state, SubmissionState::Queued);
        QCOMPARE(m_fixture.store->get(id)->requestBody,
            QByteArrayLiteral("{\"email\":\"lead1@example.com\",\"full_name\":\"Lead 1\",\"phone\":\"+18095551001\"}"));

        QSignalSpy done(m_service.get(), &SubmissionService::attemptFinished);
        m_service->sendOne(id);
        QVERIFY(done.wait());
        QCOMPARE(m_network->requests().size(), 1);
        const auto s = m_fixture.store->get(id);
        QCOMPARE(s->state, SubmissionState::Created);
        QCOMPARE(s->remoteId, QStringLiteral("99"));
        QCOMPARE(s->attempts, 1);
    }

    // A named lead another sender claimed first: the service waits for that sender's answer
    // instead of finishing at once with the lead still "sending" and no word of why.
    void namedLeadInAnotherSendersHandsIsAwaited()
    {
        const qint64 id = m_service->submit(acceptedLead(makeLead(3)), Origin::Cli).value();
        SubmissionStore other(*m_fixture.database);
        const QString otherOwner = SubmissionStore::processOwner() + QStringLiteral("/other");
        QVERIFY(other.claim(id, otherOwner, m_clock.nowMs()).value());

        QSignalSpy finished(m_service.get(), &SubmissionService::finished);
        m_service->sendOne(id);
        TestEnvironment::drainEventLoop();
        QVERIFY(finished.isEmpty());
        QVERIFY(m_network->requests().isEmpty());

        SubmissionStore::AttemptRecord created;
        created.outcome = ResponseParser::parse(201, {}, kCreated);
        QVERIFY(other.recordFinal(id, otherOwner, SubmissionState::Created, created).value());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_fixture.store->get(id)->state, SubmissionState::Created);
        QVERIFY(m_network->requests().isEmpty());
    }

    void automaticModeSendsWhatIsSubmitted()
    {
        m_network->enqueue(FakeResponse::json(201, kCreated));
        m_service->setAutomatic(true);
        QSignalSpy changed(m_service.get(), &SubmissionService::submissionChanged);
        const qint64 id = m_service->submit(acceptedLead(makeLead(2)), Origin::Form).value();
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Created);
        // queued, sending, created
        QList<SubmissionState> states;
        for (const auto& args : changed)
            states.append(args.at(1).value<SubmissionState>());
        QCOMPARE(states,
            (QList<SubmissionState> {SubmissionState::Queued, SubmissionState::Sending, SubmissionState::Created}));
    }

    // Idle, nothing wakes the service; a lead another process queues goes out as soon as it is
    // committed (issue 14: the service looked every 60 s, the history every 1.5 s).
    void idleIsQuietAndAnotherProcesssLeadIsSentAtOnce()
    {
        m_service->setAutomatic(true);
        TestEnvironment::drainEventLoop();
        QVERIFY(!m_service->hasWakeUpPending());
        m_network->enqueue(FakeResponse::json(201, kCreated));
        Database cli(m_fixture.path()); // another connection, as leadentry-cli's
        QCOMPARE(cli.open().error(), QString());
        SubmissionStore cliStore(cli);
        const qint64 id = cliStore
                              .enqueue(StoreFixture::lead(QStringLiteral("Desde CLI"), QStringLiteral("+18095550707"),
                                           QStringLiteral("cli@example.com")),
                                  m_clock.nowMs())
                              .value();
        // Well before the fallback poll's 3 s: the commit itself wakes the service.
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.store->get(id)->state, SubmissionState::Created, 2000);
        QCOMPARE(m_network->requests().size(), 1);
        TestEnvironment::drainEventLoop();
        QVERIFY(!m_service->hasWakeUpPending());
    }

    void backoffDoublesWithJitterToFiveMinutes()
    {
        for (int attempts = 1; attempts <= 12; ++attempts) {
            const double base = std::min(2000.0 * (1 << (attempts - 1)), 300000.0);
            for (int i = 0; i < 20; ++i) {
                const qint64 d = m_service->retryDelayMs(attempts, -1);
                QVERIFY2(d >= base * 0.8 - 1 && d <= std::min(base * 1.2, 300000.0) + 1,
                    qPrintable(QStringLiteral("attempt %1: %2").arg(attempts).arg(d)));
            }
        }
        QCOMPARE(m_service->retryDelayMs(1, 120), 120000); // Retry-After wins when longer
        QVERIFY(m_service->retryDelayMs(9, 1) >= 240000); // …and never shortens the backoff
    }

    void transientFailuresRetryOnTheClock()
    {
        m_network->enqueue(FakeResponse::failure(QNetworkReply::ConnectionRefusedError));
        FakeResponse busy = FakeResponse::json(503, "{}");
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
        m_network->enqueue(busy);
        m_network->enqueue(FakeResponse::json(201, kCreated));
        m_service->setAutomatic(true);
        const qint64 id = m_service->submit(acceptedLead(makeLead(3)), Origin::Form).value();
        QTRY_COMPARE(m_network->requests().size(), 1);
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Queued);
        auto s = m_fixture.store->get(id);
        const qint64 firstDelay = s->nextAttemptAt - m_clock.nowMs();
        QVERIFY2(firstDelay >= 1600 && firstDelay <= 2400, qPrintable(QString::number(firstDelay)));
        QVERIFY(!s->uncertain); // refused: it never reached the server

        m_service->pump(); // not due yet: nothing happens
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_network->requests().size(), 1);

        m_clock.advance(firstDelay);
        m_service->pump();
        QTRY_COMPARE(m_network->requests().size(), 2);
        QTRY_COMPARE(m_fixture.store->get(id)->attempts, 2);
        QTRY_VERIFY(
            m_fixture.store->get(id)->state == SubmissionState::Queued && !m_fixture.store->get(id)->message.isEmpty());
        s = m_fixture.store->get(id);
        QVERIFY(s->nextAttemptAt - m_clock.nowMs() >= 30000); // Retry-After honoured
        QVERIFY(s->uncertain); // a 503 from the proxy: the lead may have been created behind it

        m_clock.advance(30000);
        m_service->pump();
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Created);
        QCOMPARE(m_fixture.store->attempts(id).value().size(), 3);
    }

    void authPausesUntilTheKeyChanges()
    {
        m_network->enqueue(FakeResponse::json(401, "{\"detail\":\"Invalid token.\"}"));
        m_network->enqueue(FakeResponse::json(201, kCreated));
        m_service->setAutomatic(true);
        QSignalSpy paused(m_service.get(), &SubmissionService::pauseChanged);
        const qint64 a = m_service->submit(acceptedLead(makeLead(4)), Origin::Form).value();
        QTRY_COMPARE(m_service->pause(), SubmissionService::Pause::KeyRefused);
        QVERIFY(m_service->pauseMessage().contains(QLatin1String("Invalid token")));
        QTRY_COMPARE(m_fixture.store->get(a)->state, SubmissionState::Queued);
        const qint64 b = m_service->submit(acceptedLead(makeLead(5)), Origin::Form).value();
        m_service->pump();
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_network->requests().size(), 1); // paused: b waits too

        m_network->enqueue(FakeResponse::json(201, kCreated));
        m_service->setApiKey(QStringLiteral("new-key"));
        QTRY_COMPARE(m_fixture.store->get(a)->state, SubmissionState::Created);
        QTRY_COMPARE(m_fixture.store->get(b)->state, SubmissionState::Created);
        QCOMPARE(m_network->requests().last().request.rawHeader("Authorization"), QByteArrayLiteral("Token new-key"));
        QCOMPARE(m_service->pause(), SubmissionService::Pause::None);
    }

    void wrongEndpointPausesUntilTheAddressChanges()
    {
        m_network->enqueue(FakeResponse::json(404, "{\"detail\":\"Not found.\"}"));
        m_network->enqueue(FakeResponse::json(201, kCreated));
        m_service->setAutomatic(true);
        const qint64 id = m_service->submit(acceptedLead(makeLead(6)), Origin::Form).value();
        QTRY_COMPARE(m_service->pause(), SubmissionService::Pause::EndpointWrong);
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("https://crm.example.com")).ok());
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Created);
        QCOMPARE(m_network->requests().last().request.url().host(), QStringLiteral("crm.example.com"));
    }

    void noKeyPausesWithoutSending()
    {
        m_service->setApiKey(QString());
        m_service->setAutomatic(true);
        const qint64 id = m_service->submit(acceptedLead(makeLead(7)), Origin::Form).value();
        QVERIFY(id > 0);
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_service->pause(), SubmissionService::Pause::NoKey);
        QVERIFY(m_network->requests().isEmpty());
        QCOMPARE(m_fixture.store->get(id)->state, SubmissionState::Queued);
    }

    // An answer that cannot be written is kept, the write retried, and nothing is announced until
    // it is on disk: the window must never say "created" for a row that still reads "sending".
    void nothingIsAnnouncedThatWasNotStored()
    {
        m_network->enqueue(FakeResponse::json(201, kCreated));
        const qint64 id = m_service->submit(acceptedLead(makeLead(11)), Origin::Form).value();
        QSignalSpy finished(m_service.get(), &SubmissionService::attemptFinished);
        QSignalSpy changed(m_service.get(), &SubmissionService::submissionChanged);
        QSignalSpy problem(m_service.get(), &SubmissionService::storageProblemChanged);
        QString fault;
        m_fixture.store->setWriteFault([&fault] { return fault; });
        m_service->sendOne(id);
        m_service->pump(); // claimed and sent, on a healthy disk
        QCOMPARE(m_network->requests().size(), 1);
        fault = QStringLiteral("disk I/O error");
        QTRY_COMPARE(problem.size(), 1); // the answer came back and could not be written
        QCOMPARE(problem.first().first().toString(), QStringLiteral("disk I/O error"));
        QCOMPARE(m_service->storageProblem(), QStringLiteral("disk I/O error"));
        QVERIFY(finished.isEmpty());
        for (const QList<QVariant>& c : std::as_const(changed))
            QVERIFY(c.at(1).value<SubmissionState>() != SubmissionState::Created);
        QCOMPARE(m_fixture.store->get(id)->state, SubmissionState::Sending);

        fault.clear(); // space again: the kept answer is written and only then announced
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Created);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<SubmissionState>(), SubmissionState::Created);
        QCOMPARE(problem.last().first().toString(), QString());
        QVERIFY(m_service->storageProblem().isEmpty());
        QCOMPARE(m_fixture.store->get(id)->remoteId, QStringLiteral("99"));
        QCOMPARE(m_network->requests().size(), 1); // written late, never sent twice
    }

    // A row this sender claimed but has no request for (its answer was lost) goes back to the
    // queue during the session, not only at the next start.
    void lostClaimsAreSweptBack()
    {
        const qint64 id = m_service->submit(acceptedLead(makeLead(12)), Origin::Form).value();
        QVERIFY(m_fixture.store->claim(id, m_service->owner(), m_clock.nowMs()).value());
        QSignalSpy changed(m_service.get(), &SubmissionService::submissionChanged);
        m_service->pump(); // nothing in flight, nothing unwritten
        const Submission s = m_fixture.store->get(id).value();
        QCOMPARE(s.state, SubmissionState::Queued);
        QVERIFY(s.uncertain);
        QCOMPARE(m_fixture.store->attempts(id).value().last().outcome, QStringLiteral("interrupted"));
        QVERIFY(!changed.isEmpty());

        // Another sender's claim is its own business.
        QVERIFY(m_fixture.store->claim(id, QStringLiteral("other"), m_clock.nowMs()).value());
        m_service->pump();
        QCOMPARE(m_fixture.store->get(id)->state, SubmissionState::Sending);
    }

    void unconfirmedIsNeverResent()
    {
        m_network->enqueue(FakeResponse::json(201, "<html>oops</html>"));
        m_service->setAutomatic(true);
        const qint64 id = m_service->submit(acceptedLead(makeLead(8)), Origin::Form).value();
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Unconfirmed);
        QVERIFY(m_service->sendNow().ok());
        QVERIFY(m_service->syncAll().ok());
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_network->requests().size(), 1);
    }

    void sendNowRetriesAtOnce()
    {
        m_network->enqueue(FakeResponse::failure(QNetworkReply::HostNotFoundError));
        m_network->enqueue(FakeResponse::json(201, kCreated));
        m_service->setAutomatic(true);
        const qint64 id = m_service->submit(acceptedLead(makeLead(9)), Origin::Form).value();
        QTRY_COMPARE(m_fixture.store->get(id)->attempts, 1);
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Queued);
        QVERIFY(m_service->sendNow().ok()); // no clock change: the user asked
        QTRY_COMPARE(m_fixture.store->get(id)->state, SubmissionState::Created);
    }

    void capOnRequestsInFlight()
    {
        for (int i = 0; i < 10; ++i)
            m_network->enqueue(FakeResponse::hanging());
        m_service->setMaxInFlight(3);
        for (int i = 0; i < 10; ++i)
            QVERIFY(m_service->submit(acceptedLead(makeLead(100 + i)), Origin::Import).ok());
        QVERIFY(m_service->syncAll().ok());
        QTRY_COMPARE(m_network->requests().size(), 3);
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_network->requests().size(), 3);
        QCOMPARE(m_service->inFlight(), 3);
        QCOMPARE(m_fixture.store->count(SubmissionState::Sending).value(), 3);
    }

#ifdef LEADENTRY_HAVE_SANDBOX_SERVER // the sandbox over HTTP, in this process
    void timeoutThenDuplicateIsMarkedUncertain()
    {
        QVERIFY(m_settings->setValue(Settings::Key::TimeoutSeconds, QStringLiteral("1")).ok());
        SandboxOptions options;
        options.latencyMs = 1500; // longer than the timeout: the first attempt creates it, unheard
        SandboxServer sandbox(options);
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        QNetworkAccessManager network;
        LeadsClient client(&network);
        SubmissionService service(*m_fixture.store, client, *m_settings, m_clock);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        service.setApiKey(QStringLiteral("k"));
        const qint64 id = service.submit(acceptedLead(makeLead(10)), Origin::Cli).value();
        QSignalSpy finished(&service, &SubmissionService::attemptFinished);
        service.sendOne(id);
        QVERIFY(finished.wait(5000));
        auto s = m_fixture.store->get(id);
        QCOMPARE(s->state, SubmissionState::Queued);
        QVERIFY(s->uncertain);
        QTRY_COMPARE(sandbox.createdCount(), 1);

        QVERIFY(m_settings->setValue(Settings::Key::TimeoutSeconds, QStringLiteral("5")).ok());
        service.sendOne(id);
        QVERIFY(finished.wait(5000));
        s = m_fixture.store->get(id);
        QCOMPARE(s->state, SubmissionState::Duplicate);
        QVERIFY(s->uncertain); // "duplicate — an earlier attempt may have created it"
        QCOMPARE(sandbox.createdCount(), 1);
    }
#endif

private:
    StoreFixture m_fixture;
    FakeClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<LeadsClient> m_client;
    std::unique_ptr<SubmissionService> m_service;
};

QTEST_GUILESS_MAIN(TestSubmissionService)
#include "tst_submissionservice.moc"
