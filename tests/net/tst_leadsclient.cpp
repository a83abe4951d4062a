#include "FakeNetwork.h"
#include "net/CatalogClient.h"
#include "net/LeadsClient.h"
#ifdef LEADENTRY_HAVE_SANDBOX_SERVER
#include "sandbox/SandboxServer.h"
#endif

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

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
#ifdef LEADENTRY_HAVE_SANDBOX_SERVER
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
#endif

// A bare HTTP/1.1 server over loopback that reads each request completely, counts it, and then
// does what the test scripts: answer with given bytes (streamed in chunks), or just close.
class RawServer : public QObject
{
public:
    // answer: bytes to write after a request arrives; empty closes the connection at once.
    // repeat: how many times to write answerTail after answer (for huge bodies).
    explicit RawServer(QByteArray answer = {}, QByteArray answerTail = {}, int repeat = 0)
        : m_answer(std::move(answer))
        , m_tail(std::move(answerTail))
        , m_repeat(repeat)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] qint64 bytesWritten() const { return m_written; }
    [[nodiscard]] bool clientHungUp() const { return m_hungUp; }

private:
    void serve(QTcpSocket* socket)
    {
        ++m_connections;
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_hungUp = true;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length
                = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            buffer->clear();
            ++m_requests;
            if (m_answer.isEmpty()) {
                socket->disconnectFromHost(); // the lead was taken; the answer never comes
                return;
            }
            socket->write(m_answer);
            m_written += m_answer.size();
            // The tail follows as the client takes it, so a client that stops reading stops it.
            auto left = std::make_shared<int>(m_repeat);
            const auto more = [this, socket, left] {
                if (socket->bytesToWrite() > 0)
                    return;
                if (*left == 0) {
                    socket->disconnectFromHost();
                    return;
                }
                --*left;
                socket->write(m_tail);
                m_written += m_tail.size();
            };
            connect(socket, &QTcpSocket::bytesWritten, this, more);
            more();
        });
    }
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_tail;
    int m_repeat = 0;
    int m_requests = 0;
    int m_connections = 0;
    qint64 m_written = 0;
    bool m_hungUp = false;
};

SendResult sendTo(const QUrl& base)
{
    QNetworkAccessManager network;
    LeadsClient client(&network);
    client.setBaseUrl(base);
    client.setApiKey(QStringLiteral("k"));
    return sendAndWait(client);
}
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

    // The request every POST shares is made once: a new address or key is used from the next one.
    void aNewAddressOrKeyIsUsedFromTheNextRequest()
    {
        FakeNetworkAccessManager network;
        for (int i = 0; i < 4; ++i)
            network.enqueue(FakeResponse::json(201, kCreated));
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("first"));
        sendAndWait(client);
        client.setApiKey(QStringLiteral("second"));
        sendAndWait(client);
        client.setBaseUrl(QUrl(QStringLiteral("https://proxy.example.com/alterestate")));
        const SendResult moved = sendAndWait(client);
        client.setBaseUrl(QUrl(QStringLiteral("http://secure.alterestate.com")));
        const SendResult refused = sendAndWait(client);
        QCOMPARE(network.requests().size(), 3);
        QCOMPARE(network.requests().at(0).request.rawHeader("Authorization"), QByteArrayLiteral("Token first"));
        QCOMPARE(network.requests().at(1).request.rawHeader("Authorization"), QByteArrayLiteral("Token second"));
        QCOMPARE(network.requests().at(1).request.url(),
            QUrl(QStringLiteral("https://secure.alterestate.com/api/v1/leads/")));
        QCOMPARE(network.requests().at(2).request.url(),
            QUrl(QStringLiteral("https://proxy.example.com/alterestate/api/v1/leads/")));
        QCOMPARE(moved.url, QStringLiteral("https://proxy.example.com/alterestate/api/v1/leads/"));
        QCOMPARE(
            network.requests().at(2).request.header(QNetworkRequest::ContentLengthHeader).toLongLong(), kBody.size());
        QCOMPARE(refused.outcome.kind, OutcomeKind::Config);
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
        QTest::newRow("unknown, nothing sent")
            << int(QNetworkReply::UnknownNetworkError) << false << false << "Network error";
        QTest::newRow("other") << int(QNetworkReply::TimeoutError) << false << true << "Network error";
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
        QVERIFY(r.outcome.message.contains(QLatin1String("Invalid token")));
    }

#ifdef LEADENTRY_HAVE_SANDBOX_SERVER // the sandbox over HTTP, in this process
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
        QVERIFY(r.outcome.message.contains(QLatin1String("Invalid token")));
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

    // The sandbox creates the lead, then cuts the connection unanswered: one POST, and the
    // attempt is marked as one that may have reached the server.
    void sandboxDroppedConnection()
    {
        SandboxOptions options;
        options.dropConnectionEvery = 1;
        Loopback loop(options);
        LeadsClient& client = loop.client;
        const SendResult r = sendAndWait(client);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(r.mayHaveReachedServer);
        QCOMPARE(loop.sandbox.requestCount(), 1);
        QCOMPARE(loop.sandbox.createdCount(), 1);
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
#endif

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

    // The server takes the lead and closes the connection without a word. Qt would send the same
    // POST again inside what the history records as one attempt; it must leave only once.
    void serverThatTakesTheLeadAndHangsUpGetsItOnce()
    {
        RawServer server;
        const SendResult r = sendTo(server.url());
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(r.mayHaveReachedServer);
        QVERIFY2(r.outcome.message.contains(QLatin1String("closed")), qPrintable(r.outcome.message));
        QCOMPARE(server.requests(), 1);
    }

    void redirectOfAPostIsNotFollowed_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("relative") << QByteArray("/api/v1/leads/");
        QTest::newRow("same host") << QByteArray("http://127.0.0.1/api/v1/leads/");
        QTest::newRow("loop") << QByteArray("/api/v1/leads/?again");
    }
    void redirectOfAPostIsNotFollowed()
    {
        QFETCH(QByteArray, location);
        RawServer server("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
        const SendResult r = sendTo(server.url());
        QCOMPARE(r.outcome.kind, OutcomeKind::Config);
        QCOMPARE(r.httpStatus, 307);
        QVERIFY(r.mayHaveReachedServer);
        QVERIFY2(r.outcome.message.contains(QString::fromLatin1(location)), qPrintable(r.outcome.message));
        QCOMPARE(server.requests(), 1);
    }

    // The catalog's requests carry the public token: a redirect (to another port here) is not
    // followed, so the token never reaches the other server, and the refresh says why.
    void catalogRedirectIsNotFollowed()
    {
        RawServer other("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]");
        RawServer server("HTTP/1.1 302 Found\r\nLocation: " + other.url().toEncoded()
            + "/api/v1/agents/\r\nContent-Length: 0\r\n\r\n");
        QNetworkAccessManager network;
        CatalogClient client(&network);
        client.setBaseUrl(server.url());
        client.setToken(QStringLiteral("secret-token"));
        QString error = QStringLiteral("no end");
        QEventLoop loop;
        connect(&client, &CatalogClient::finished, &loop, [&](const Result<CatalogSnapshot>& result) {
            error = result.error();
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QVERIFY(client.refresh());
        loop.exec();
        QVERIFY2(error.contains(QLatin1String("did not follow")), qPrintable(error));
        QCOMPARE(server.requests(), 1);
        QCOMPARE(other.requests(), 0);
    }

    // A 50 MB error page: reading stops at 1 MB, and only a short excerpt is kept.
    void hugeAnswerIsCutOff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("announced") << QByteArray("HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n"
                                                 "Content-Length: 52428800\r\n\r\n");
        QTest::newRow("unannounced") << QByteArray("HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n"
                                                   "Connection: close\r\n\r\n");
    }
    void hugeAnswerIsCutOff()
    {
        QFETCH(QByteArray, head);
        const QByteArray chunk(64 * 1024, 'x');
        RawServer server(head, chunk, 800);
        const SendResult r = sendTo(server.url());
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(r.mayHaveReachedServer);
        QVERIFY2(r.outcome.message.contains(QLatin1String("1 MB")), qPrintable(r.outcome.message));
        QVERIFY(r.body.size() <= LeadsClient::kMaxStoredBytes + 100);
        // Far short of the 50 MB offered (the sockets' buffers hold a few MB). Not measured on
        // Windows: under Wine the loopback takes whatever is written, however early the reader stops.
#ifndef Q_OS_WIN
        QVERIFY2(server.bytesWritten() < 30 * 1024 * 1024, QByteArray::number(server.bytesWritten()));
#endif
        QCOMPARE(server.requests(), 1);
    }

    void longErrorPageIsKeptAsAnExcerpt()
    {
        RawServer server("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 200000\r\n\r\n"
                         "<html><title>502 Bad Gateway</title>"
            + QByteArray(200000 - 36, ' '));
        const SendResult r = sendTo(server.url());
        QCOMPARE(r.httpStatus, 502);
        QVERIFY2(r.outcome.message.contains(QLatin1String("502 Bad Gateway")), qPrintable(r.outcome.message));
        QVERIFY(r.body.size() <= LeadsClient::kMaxStoredBytes + 100);
        QVERIFY(r.body.contains("not kept:"));
    }

    // Qt reports "Network unreachable" as an unknown network error before anything was sent.
    void unreachableNetworkSentNothing()
    {
        FakeNetworkAccessManager network;
        network.enqueue(FakeResponse::failure(QNetworkReply::UnknownNetworkError, false));
        network.enqueue(FakeResponse::failure(QNetworkReply::UnknownNetworkError, true));
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setApiKey(QStringLiteral("k"));
        QVERIFY(!sendAndWait(client).mayHaveReachedServer);
        QVERIFY(sendAndWait(client).mayHaveReachedServer);
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
