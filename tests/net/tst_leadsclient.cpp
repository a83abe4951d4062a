#include "FakeNetwork.h"
#include "net/LeadsClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {
const QByteArray kBody = "{\"email\":\"ana@example.com\",\"full_name\":\"Ana\",\"phone\":\"+18095550123\"}";
const QByteArray kCreated = "{\"status\":201,\"data\":{\"id\":5,\"uid\":\"U\"},\"log_id\":1,\"deal_id\":2}";

// Sends one body and waits for its result.
SendResult sendAndWait(LeadsClient& client, const QByteArray& body = kBody, int waitMs = 10000)
{
    QSignalSpy spy(&client, &LeadsClient::finished);
    const quint64 id = client.send(body);
    if (!spy.wait(waitMs) && spy.isEmpty()) {
        qWarning("no result within %d ms", waitMs);
        return {};
    }
    const SendResult result = spy.first().first().value<SendResult>();
    if (result.requestId != id)
        qWarning("result for the wrong request");
    return result;
}
// A sandbox on a free loopback port and a client pointed at it.
struct Loopback
{
    explicit Loopback(const SandboxOptions& options, const QString& key = QStringLiteral("k"))
        : sandbox(options)
        , client(&network)
    {
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setApiKey(key);
    }
    SandboxServer sandbox;
    QNetworkAccessManager network;
    LeadsClient client;
};
} // namespace

class TestLeadsClient : public QObject
{
    Q_OBJECT

private slots:
    void requestOnTheWire()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(201, kCreated));
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("abc123"));
        const SendResult r = sendAndWait(client);
        QCOMPARE(network.requests().size(), 1);
        const auto& sent = network.requests().first();
        QCOMPARE(sent.operation, QNetworkAccessManager::PostOperation);
        QCOMPARE(sent.request.url(), QUrl(QStringLiteral("https://secure.alterestate.com/api/v1/leads/")));
        QCOMPARE(sent.request.rawHeader("Authorization"), QByteArrayLiteral("Token abc123"));
        QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
            QByteArrayLiteral("application/json"));
        QCOMPARE(sent.request.rawHeader("Accept"), QByteArrayLiteral("application/json"));
        QVERIFY(sent.request.header(QNetworkRequest::UserAgentHeader).toByteArray().startsWith("LeadEntry/"));
        QCOMPARE(sent.body, kBody);
        QCOMPARE(r.outcome.kind, OutcomeKind::Created);
        QCOMPARE(r.httpStatus, 201);
        QCOMPARE(r.body, kCreated);
        QVERIFY(r.mayHaveReachedServer);
    }

    void basePathIsKept()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::json(201, kCreated));
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://proxy.example.com/alterestate/")));
        client.setApiKey(QStringLiteral("k"));
        sendAndWait(client);
        QCOMPARE(network.requests().first().request.url(),
            QUrl(QStringLiteral("https://proxy.example.com/alterestate/api/v1/leads/")));
    }

    void refusesPlainHttpBeforeSending()
    {
        FakeNetworkAccessManager network;
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("http://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("k"));
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Config);
        QVERIFY(r.outcome.message.contains(QLatin1String("https")));
        QVERIFY(!r.mayHaveReachedServer);
        QVERIFY(network.requests().isEmpty());
    }

    void missingKeyIsAuthWithoutSending()
    {
        FakeNetworkAccessManager network;
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Auth);
        QVERIFY(r.outcome.message.contains(QLatin1String("API key")));
        QVERIFY(network.requests().isEmpty());
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<bool>("mayHaveReached");
        QTest::addColumn<QString>("contains");
        QTest::newRow("connection refused")
            << int(QNetworkReply::ConnectionRefusedError) << false << false << "connection refused";
        QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << false << false << "DNS";
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << false << "TLS";
        QTest::newRow("closed after sending")
            << int(QNetworkReply::RemoteHostClosedError) << true << true << "closed the connection";
        QTest::newRow("closed, unknown") << int(QNetworkReply::RemoteHostClosedError) << false << true
                                         << "closed the connection";
        QTest::newRow("other") << int(QNetworkReply::UnknownNetworkError) << false << true << "Network error";
    }
    void transportFailures()
    {
        QFETCH(int, error);
        QFETCH(bool, sent);
        QFETCH(bool, mayHaveReached);
        QFETCH(QString, contains);
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::failure(QNetworkReply::NetworkError(error), sent));
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("k"));
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QCOMPARE(r.mayHaveReachedServer, mayHaveReached);
        QVERIFY2(r.outcome.message.contains(contains), qPrintable(r.outcome.message));
        QCOMPARE(r.httpStatus, 0);
    }

    void hangingServerTimesOut()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::hanging());
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("k"));
        client.setTimeoutMs(300);
        QElapsedTimer clock;
        clock.start();
        const SendResult r = sendAndWait(client);
        QVERIFY(clock.elapsed() >= 250); // coarse timers may fire 5 % early
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(r.mayHaveReachedServer); // the outcome is unknown, never assumed lost
        QVERIFY2(r.outcome.message.contains(QLatin1String("No answer")), qPrintable(r.outcome.message));
        QCOMPARE(client.inFlight(), 0);
    }

    void redirectToAnotherHostIsRefused()
    {
        FakeNetworkAccessManager network;
        FakeResponse redirect;
        redirect.redirectTo = QUrl(QStringLiteral("https://evil.example.com/api/v1/leads/"));
        network.enqueue(redirect);
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("k"));
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Config);
        QVERIFY(r.outcome.message.contains(QLatin1String("evil.example.com")));
    }

    void redirectDownToHttpIsRefused()
    {
        FakeNetworkAccessManager network;
        FakeResponse redirect;
        redirect.redirectTo = QUrl(QStringLiteral("http://secure.alterestate.com/api/v1/leads/"));
        network.enqueue(redirect);
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("k"));
        QCOMPARE(sendAndWait(client).outcome.kind, OutcomeKind::Config);
    }

    void httpErrorsGoThroughTheParser()
    {
        FakeNetworkAccessManager network;
        FakeResponse html;
        html.status = 502;
        html.headers = {{"Content-Type", "text/html"}, {"Retry-After", "7"}};
        html.body = "<html><title>502 Bad Gateway</title></html>";
        network.enqueue(html);
        network.enqueue(FakeResponse::json(401, "{\"detail\":\"Invalid token.\"}"));
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("k"));
        SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QCOMPARE(r.outcome.retryAfterSeconds, 7);
        QCOMPARE(r.httpStatus, 502);
        r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Auth);
        QVERIFY(r.outcome.message.contains(QLatin1String("Invalid token.")));
    }

    // The same client against the real sandbox over loopback.
    void againstTheSandbox()
    {
        SandboxOptions options;
        options.key = QStringLiteral("right");
        Loopback loop(options, QStringLiteral("right"));
        LeadsClient& client = loop.client;
        SandboxServer& sandbox = loop.sandbox;

        SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Created);
        QVERIFY(!r.outcome.remoteId.isEmpty());
        QCOMPARE(r.outcome.uid.size(), 10);
        r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Duplicate);
        QVERIFY(r.outcome.logId.startsWith(QLatin1String("LOG")));

        client.setApiKey(QStringLiteral("wrong"));
        r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Auth);
        QVERIFY(r.outcome.message.contains(QLatin1String("Invalid token.")));
        QCOMPARE(sandbox.createdCount(), 1);
    }

    void sandboxLatencyBeyondTimeout()
    {
        SandboxOptions options;
        options.latencyMs = 2000;
        Loopback loop(options);
        LeadsClient& client = loop.client;
        SandboxServer& sandbox = loop.sandbox;
        client.setTimeoutMs(300);
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(r.mayHaveReachedServer);
        QCOMPARE(sandbox.createdCount(), 1); // it did reach the server: exactly why it is "uncertain"
    }

    void sandboxDroppedConnection()
    {
        SandboxOptions options;
        options.dropConnectionEvery = 1;
        Loopback loop(options);
        LeadsClient& client = loop.client;
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(r.mayHaveReachedServer);
    }

    void sandboxHtmlFault()
    {
        SandboxOptions options;
        options.failEvery = 1;
        options.failStatus = 502;
        options.htmlErrors = true;
        Loopback loop(options);
        LeadsClient& client = loop.client;
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QCOMPARE(r.httpStatus, 502);
        QVERIFY2(r.outcome.message.contains(QLatin1String("502 Bad Gateway")), qPrintable(r.outcome.message));
    }

    void serverThatAcceptsAndNeverAnswers()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        QNetworkAccessManager network;
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        client.setApiKey(QStringLiteral("k"));
        client.setTimeoutMs(400);
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(r.mayHaveReachedServer);
        QVERIFY(r.elapsedMs >= 350);
    }

    void connectionRefusedForReal()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QNetworkAccessManager network;
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client.setApiKey(QStringLiteral("k"));
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(!r.mayHaveReachedServer);
    }
};

QTEST_GUILESS_MAIN(TestLeadsClient)
#include "tst_leadsclient.moc"
