#include "net/LeadsClient.h"
#include "sandbox/SandboxNetwork.h"
#ifdef LEADENTRY_HAVE_SANDBOX_SERVER
#include "sandbox/SandboxServer.h"
#endif

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace {
#ifdef LEADENTRY_HAVE_SANDBOX_SERVER
struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Answer call(quint16 port, const QByteArray& method, const QString& path, const QByteArray& body,
    const QByteArray& token = "Token k")
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", token);
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qWarning("no answer");
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.contentType = reply->rawHeader("Content-Type");
    a.retryAfter = reply->rawHeader("Retry-After");
    a.error = reply->error();
    delete reply;
    return a;
}
#endif

const QByteArray kLead = "{\"full_name\":\"Ana\",\"phone\":\"+18095550123\",\"email\":\"ana@example.com\"}";
const QString kPath = QStringLiteral("/api/v1/leads/");
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    // In process, behind QNetworkAccessManager: the same client gets the same answers, faults
    // included, with no server and no port.
    void inProcessTransport()
    {
        SandboxOptions options;
        options.key = QStringLiteral("k");
        options.dropConnectionEvery = 3;
        SandboxNetwork network(options);
        QSignalSpy lines(&network, &SandboxNetwork::logLine);
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://practice.invalid")));
        client.setApiKey(QStringLiteral("k"));
        const QByteArray body = "{\"email\":\"ana@example.com\",\"full_name\":\"Ana\",\"phone\":\"+18095550123\"}";
        const auto sendOne = [&] {
            QSignalSpy done(&client, &LeadsClient::finished);
            client.send(body);
            if (!done.wait(5000))
                return SendResult {};
            return done.first().first().value<SendResult>();
        };
        QCOMPARE(sendOne().outcome.kind, OutcomeKind::Created);
        QCOMPARE(sendOne().outcome.kind, OutcomeKind::Duplicate);
        const SendResult cut = sendOne();
        QCOMPARE(cut.outcome.kind, OutcomeKind::Transient);
        QVERIFY(cut.mayHaveReachedServer);
        client.setApiKey(QStringLiteral("wrong"));
        QCOMPARE(sendOne().outcome.kind, OutcomeKind::Auth);
        QCOMPARE(network.leads().requestCount(), 4);
        QCOMPARE(network.leads().createdCount(), 1);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().first().toString().startsWith(QLatin1String("#1 POST /api/v1/leads/ 201 created")));
    }

    // Practice mode's switches: no internet (nothing reaches the sandbox; the host is "not
    // found") and a refused key (401 "Invalid token." for any token), each undone as it was done.
    void practiceFaultSwitches()
    {
        SandboxNetwork network(SandboxOptions {});
        LeadsClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://practice.leadentry.invalid")));
        client.setApiKey(QStringLiteral("practice"));
        const auto sendOne = [&client](const QByteArray& body) {
            QSignalSpy done(&client, &LeadsClient::finished);
            client.send(body);
            if (!done.wait(5000))
                return SendResult {};
            return done.first().first().value<SendResult>();
        };
        network.setOffline(true);
        SendResult r = sendOne(kLead);
        QCOMPARE(r.outcome.kind, OutcomeKind::Transient);
        QVERIFY(!r.mayHaveReachedServer);
        QVERIFY2(
            r.outcome.message.contains(QLatin1String("practice.leadentry.invalid")), qPrintable(r.outcome.message));
        QCOMPARE(network.leads().requestCount(), 0);
        network.setOffline(false);
        QCOMPARE(sendOne(kLead).outcome.kind, OutcomeKind::Created);

        SandboxOptions refusing = network.options();
        refusing.refuseEveryKey = true;
        network.setOptions(refusing);
        r = sendOne("{\"full_name\":\"Bea\",\"phone\":\"+18095550124\",\"email\":\"bea@example.com\"}");
        QCOMPARE(r.outcome.kind, OutcomeKind::Auth);
        QCOMPARE(r.httpStatus, 401);
        refusing.refuseEveryKey = false;
        network.setOptions(refusing);
        QCOMPARE(
            sendOne("{\"full_name\":\"Bea\",\"phone\":\"+18095550124\",\"email\":\"bea@example.com\"}").outcome.kind,
            OutcomeKind::Created);
        QCOMPARE(network.leads().requestCount(), 3);
    }

    // The behaviour stands without HTTP (for an in-process transport where Qt HttpServer is
    // missing, as on Windows): the same answers from SandboxLeads alone.
    void leadsAnswerWithoutATransport()
    {
        SandboxOptions options;
        options.key = QStringLiteral("k");
        options.dropConnectionEvery = 3;
        SandboxLeads leads(options);
        SandboxRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/leads/");
        request.authorization = "Token k";
        request.body = "{\"full_name\":\"Ana\",\"phone\":\"+18095550123\",\"email\":\"ana@example.com\"}";
        SandboxAnswer a = leads.answer(request);
        QCOMPARE(a.status, 201);
        QVERIFY(a.body.contains("\"deal_id\""));
        a = leads.answer(request);
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("already exists"));
        QVERIFY(leads.answer(request).drop); // every third: processed, then cut
        request.authorization = "Token wrong";
        QCOMPARE(leads.answer(request).status, 401);
        request.path = QStringLiteral("/elsewhere/");
        QCOMPARE(leads.answer(request).status, 404);
        QCOMPARE(leads.requestCount(), 5);
        QCOMPARE(leads.createdCount(), 1);
        QCOMPARE(SandboxLeads::logLine(1, request, a), QStringLiteral("#1 POST /elsewhere/ 200 duplicate"));
    }

#ifdef LEADENTRY_HAVE_SANDBOX_SERVER // the sandbox over HTTP, in this process
    void createdThenDuplicateByPhoneOrEmail()
    {
        SandboxServer sandbox({});
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        QSignalSpy log(&sandbox, &SandboxServer::logLine);
        Answer a = call(port, "POST", kPath, kLead);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.json().value(QLatin1String("status")).toInt(), 201);
        const QJsonObject data = a.json().value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("phone")).toString(), QStringLiteral("+18095550123"));
        QVERIFY(data.value(QLatin1String("description")).toString().contains(QStringLiteral("Creado a través")));
        QVERIFY(a.json().value(QLatin1String("log_id")).isDouble()); // a number here…

        // Same phone, other email: duplicate.
        a = call(port, "POST", kPath, "{\"full_name\":\"B\",\"phone\":\"809-555-0123\",\"email\":\"b@example.com\"}");
        QCOMPARE(a.status, 200);
        QVERIFY(a.json().value(QLatin1String("log_id")).isString()); // …and a string here
        // Same email in other case, other phone: duplicate.
        a = call(port, "POST", kPath, "{\"full_name\":\"C\",\"phone\":\"8295550111\",\"email\":\"ANA@example.com\"}");
        QCOMPARE(a.status, 200);
        QCOMPARE(sandbox.createdCount(), 1);
        QCOMPARE(log.size(), 3);
        QVERIFY(log.at(0).first().toString().startsWith(QLatin1String("#1 POST /api/v1/leads/ 201")));
    }

    void allowDuplicates()
    {
        SandboxOptions o;
        o.allowDuplicates = true;
        SandboxServer sandbox(o);
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        QCOMPARE(call(port, "POST", kPath, kLead).status, 201);
        QCOMPARE(call(port, "POST", kPath, kLead).status, 201);
        QCOMPARE(sandbox.createdCount(), 2);
    }

    void missingFieldIsTheDocumentedError()
    {
        SandboxServer sandbox({});
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        const Answer a = call(port, "POST", kPath, "{\"full_name\":\"Ana\",\"email\":\"a@example.com\"}");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.json().value(QLatin1String("status")).toString(), QStringLiteral("error"));
        QCOMPARE(a.json().value(QLatin1String("message")).toString(), QStringLiteral("Missing required field: phone"));
        QCOMPARE(call(port, "POST", kPath, "{not json").status, 400);
    }

    void tokens()
    {
        SandboxOptions o;
        o.key = QStringLiteral("secret");
        SandboxServer sandbox(o);
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        Answer a = call(port, "POST", kPath, kLead, "Token nope");
        QCOMPARE(a.status, 401);
        QCOMPARE(a.json().value(QLatin1String("detail")).toString(), QStringLiteral("Invalid token."));
        a = call(port, "POST", kPath, kLead, QByteArray());
        QCOMPARE(a.status, 401);
        QCOMPARE(call(port, "POST", kPath, kLead, "Token secret").status, 201);
    }

    void wrongMethodAndPath()
    {
        SandboxServer sandbox({});
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        QCOMPARE(call(port, "GET", kPath, {}).status, 405);
        QCOMPARE(call(port, "POST", QStringLiteral("/api/v2/leads/"), kLead).status, 404);
    }

    void injectedFaults()
    {
        SandboxOptions o;
        o.failEvery = 2;
        o.failStatus = 503;
        o.htmlErrors = true;
        SandboxServer sandbox(o);
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        QCOMPARE(call(port, "POST", kPath, kLead).status, 201);
        const Answer a = call(port, "POST", kPath, kLead);
        QCOMPARE(a.status, 503);
        QVERIFY(a.contentType.startsWith("text/html"));
        QVERIFY(a.body.contains("<title>503 Service Unavailable</title>"));
        QCOMPARE(a.retryAfter, QByteArrayLiteral("1"));
    }

    void droppedConnection()
    {
        SandboxOptions o;
        o.dropConnectionEvery = 1;
        SandboxServer sandbox(o);
        const quint16 port = sandbox.listen(QHostAddress::LocalHost, 0);
        const Answer a = call(port, "POST", kPath, kLead);
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        QCOMPARE(sandbox.createdCount(), 1); // processed, then cut: the case a client cannot know about
    }
#endif
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
