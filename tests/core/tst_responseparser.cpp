#include "core/ResponseParser.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
const HttpHeaders kJson {{"Content-Type", "application/json"}};
const HttpHeaders kHtml {{"Content-Type", "text/html; charset=utf-8"}};

// The reference's examples, verbatim.
const QByteArray kCreated
    = "{\"status\": 201,\n"
      " \"data\": {\"id\": 1238837, \"company\": 0, \"uid\": \"D9dEML2g39\", \"full_name\": \"Test Lead\",\n"
      "          \"email\": \"testlead@mail.com\",\n"
      "          \"description\": \"Creado a través de la API de Leads.<br/><strong>Via o Canal:</strong> Sin "
      "Vía<br/><strong>Notas:</strong>No hay ninguna nota.\",\n"
      "          \"via\": 104, \"phone\": \"+0000000000\", \"distinct_id\": null, \"ctype\": 37, \"related_contacts\": "
      "[]},\n"
      " \"log_id\": 453995, \"deal_id\": 640682}";
const QByteArray kDuplicate = "{\"status\": 200, \"message\": \"This contact already exists. No new deal was "
                              "created.\", \"log_id\": \"LOG123456\"}";
const QByteArray kError = "{\"status\": \"error\", \"message\": \"Missing required field: phone\"}";

const QByteArray kNginx502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                             "</body>\r\n</html>\r\n";
} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void documentedCreated()
    {
        const Outcome o = ResponseParser::parse(201, kJson, kCreated);
        QCOMPARE(o.kind, OutcomeKind::Created);
        QCOMPARE(o.remoteId, QStringLiteral("1238837"));
        QCOMPARE(o.uid, QStringLiteral("D9dEML2g39"));
        QCOMPARE(o.dealId, QStringLiteral("640682"));
        QCOMPARE(o.logId, QStringLiteral("453995"));
        QVERIFY(o.isFinal());
        QVERIFY(o.isDelivered());
    }

    void documentedDuplicate()
    {
        const Outcome o = ResponseParser::parse(200, kJson, kDuplicate);
        QCOMPARE(o.kind, OutcomeKind::Duplicate);
        QCOMPARE(o.logId, QStringLiteral("LOG123456"));
        QCOMPARE(o.message, QStringLiteral("This contact already exists. No new deal was created."));
    }

    void duplicateWithNumericLogId()
    {
        const Outcome o = ResponseParser::parse(200, kJson, "{\"status\":200,\"message\":\"exists\",\"log_id\":77}");
        QCOMPARE(o.kind, OutcomeKind::Duplicate);
        QCOMPARE(o.logId, QStringLiteral("77"));
    }

    // Found by fuzzing: numbers beyond what an integer holds were converted with undefined
    // behaviour (a garbage, negative id). They are kept as written.
    void hugeNumbersAreKeptAsWritten()
    {
        const Outcome out = ResponseParser::parse(
            201, {}, "{\"status\":201,\"data\":{\"id\":1e300,\"uid\":\"U\"},\"deal_id\":-9.3e18,\"log_id\":12345}");
        QCOMPARE(out.kind, OutcomeKind::Created);
        QCOMPARE(out.remoteId, QStringLiteral("1.0000000000000001e+300"));
        QCOMPARE(out.dealId, QStringLiteral("-9.3e+18"));
        QCOMPARE(out.logId, QStringLiteral("12345"));
    }

    void documentedError()
    {
        const Outcome o = ResponseParser::parse(400, kJson, kError);
        QCOMPARE(o.kind, OutcomeKind::Rejected);
        QCOMPARE(o.message, QStringLiteral("Missing required field: phone"));
        // The same body with a 200 is still a refusal.
        QCOMPARE(ResponseParser::parse(200, kJson, kError).kind, OutcomeKind::Rejected);
    }

    void rejectionMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("detail") << 400 << QByteArray("{\"detail\":\"JSON parse error\"}") << "JSON parse error";
        QTest::newRow("field list") << 400 << QByteArray("{\"phone\":[\"Enter a valid phone.\"]}")
                                    << "phone: Enter a valid phone.";
        QTest::newRow("two fields") << 422
                                    << QByteArray("{\"email\":[\"Enter a valid email.\"],\"phone\":[\"Required.\"]}")
                                    << "email: Enter a valid email.; phone: Required.";
        QTest::newRow("non_field_errors")
            << 400 << QByteArray("{\"non_field_errors\":[\"Bad lead.\",\"Really.\"]}") << "Bad lead. Really.";
        QTest::newRow("errors object") << 400 << QByteArray("{\"errors\":{\"message\":\"nested\"}}") << "nested";
        QTest::newRow("plain text") << 413 << QByteArray("Request body too large") << "Request body too large";
        QTest::newRow("empty") << 400 << QByteArray() << "The server refused the lead (HTTP 400).";
        QTest::newRow("json array") << 400 << QByteArray("[\"first\",\"second\"]") << "first second";
        QTest::newRow("html 400") << 400 << QByteArray("<html><title>400 Bad Request</title></html>")
                                  << "400 Bad Request";
    }
    void rejectionMessages()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Outcome o = ResponseParser::parse(status, kJson, body);
        QCOMPARE(o.kind, OutcomeKind::Rejected);
        QCOMPARE(o.message, message);
    }

    void auth_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contains");
        // The server's own full stop goes inside the parentheses (defect: "…Invalid token.).").
        QTest::newRow("401 invalid token")
            << 401 << QByteArray("{\"detail\": \"Invalid token.\"}") << "(HTTP 401: Invalid token).";
        QTest::newRow("401 no body") << 401 << QByteArray() << "HTTP 401";
        QTest::newRow("403 html") << 403 << QByteArray("<html><head><title>403 Forbidden</title></head></html>")
                                  << "403 Forbidden";
    }
    void auth()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, contains);
        const Outcome o = ResponseParser::parse(status, kJson, body);
        QCOMPARE(o.kind, OutcomeKind::Auth);
        QVERIFY2(o.message.contains(contains), qPrintable(o.message));
        QVERIFY(o.message.contains(QLatin1String("API key")));
        QVERIFY2(!o.message.contains(QLatin1String(".).")), qPrintable(o.message));
        QVERIFY(!o.isFinal());
    }

    void config()
    {
        Outcome o = ResponseParser::parse(404, kHtml, "<h1>Not Found</h1><p>The requested resource was not found.</p>");
        QCOMPARE(o.kind, OutcomeKind::Config);
        QVERIFY2(o.message.contains(QLatin1String("HTTP 404: Not Found")), qPrintable(o.message));
        o = ResponseParser::parse(301, {{"Location", "https://example.com/login/"}}, {});
        QCOMPARE(o.kind, OutcomeKind::Config);
        QVERIFY(o.message.contains(QLatin1String("https://example.com/login/")));
        QCOMPARE(ResponseParser::parse(405, kJson, "{\"detail\":\"Method not allowed.\"}").kind, OutcomeKind::Config);
    }

    void transient_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("contains");
        QTest::newRow("html 502") << 502 << kHtml << kNginx502 << -1 << "HTTP 502: 502 Bad Gateway";
        QTest::newRow("html 502 without content type") << 502 << HttpHeaders {} << kNginx502 << -1 << "502 Bad Gateway";
        QTest::newRow("500 json") << 500 << kJson << QByteArray("{\"detail\":\"Server Error\"}") << -1
                                  << "Server Error";
        QTest::newRow("503 retry seconds")
            << 503 << HttpHeaders {{"Retry-After", "120"}} << QByteArray() << 120 << "HTTP 503";
        QTest::newRow("429 retry date") << 429 << HttpHeaders {{"retry-after", "Fri, 27 Nov 2026 12:00:30 GMT"}}
                                        << QByteArray("{\"detail\":\"Request was throttled.\"}") << 30 << "throttled";
        QTest::newRow("429 retry garbage")
            << 429 << HttpHeaders {{"Retry-After", "soon"}} << QByteArray() << -1 << "HTTP 429";
        QTest::newRow("408") << 408 << kJson << QByteArray() << -1 << "HTTP 408";
        QTest::newRow("504 binary body") << 504 << HttpHeaders {} << QByteArray("\xff\xfe\x00\x01garbage", 11) << -1
                                         << "HTTP 504";
        QTest::newRow("status 0") << 0 << HttpHeaders {} << QByteArray() << -1 << "no valid HTTP answer";
        QTest::newRow("status 600") << 600 << HttpHeaders {} << QByteArray() << -1 << "HTTP 600";
        QTest::newRow("status 101") << 101 << HttpHeaders {} << QByteArray() << -1 << "HTTP 101";
    }
    void transient()
    {
        QFETCH(int, status);
        QFETCH(HttpHeaders, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, retryAfter);
        QFETCH(QString, contains);
        const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
        const Outcome o = ResponseParser::parse(status, headers, body, now);
        QCOMPARE(o.kind, OutcomeKind::Transient);
        QCOMPARE(o.retryAfterSeconds, retryAfter);
        QVERIFY2(o.message.contains(contains), qPrintable(o.message));
        QVERIFY(!o.isFinal());
    }

    void unconfirmed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("201 empty") << 201 << QByteArray();
        QTest::newRow("201 truncated") << 201 << kCreated.left(kCreated.size() / 2);
        QTest::newRow("200 html") << 200 << QByteArray("<html><body>Welcome</body></html>");
        QTest::newRow("201 json without id") << 201 << QByteArray("{\"status\":201,\"data\":{}}");
        QTest::newRow("200 json array") << 200 << QByteArray("[]");
        QTest::newRow("204") << 204 << QByteArray();
        QTest::newRow("200 null") << 200 << QByteArray("null");
    }
    void unconfirmed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const Outcome o = ResponseParser::parse(status, kJson, body);
        QCOMPARE(o.kind, OutcomeKind::Unconfirmed);
        QVERIFY(o.isFinal()); // never resent automatically
        QVERIFY(!o.isDelivered()); // never called created unless the server said so
        QVERIFY(o.message.contains(QLatin1String("check AlterEstate")));
    }

    void idsAsStrings()
    {
        const Outcome o = ResponseParser::parse(201, kJson,
            "{\"status\":201,\"data\":{\"id\":\"abc\",\"uid\":\"U1\"},\"log_id\":\"L1\",\"deal_id\":\"9\"}");
        QCOMPARE(o.kind, OutcomeKind::Created);
        QCOMPARE(o.remoteId, QStringLiteral("abc"));
        QCOMPARE(o.logId, QStringLiteral("L1"));
        QCOMPARE(o.dealId, QStringLiteral("9"));
    }

    void longMessagesAreShortened()
    {
        const QByteArray body = "{\"detail\":\"" + QByteArray(5000, 'x') + "\"}";
        const Outcome o = ResponseParser::parse(400, kJson, body);
        QVERIFY(o.message.size() <= 300);
    }

    void htmlIsReducedToText()
    {
        const QString t = ResponseParser::errorText(kHtml,
            "<html><head><script>alert(1)</script></head><body><p>Se&ntilde;or &amp; <b>error</b></p></body></html>");
        QVERIFY2(!t.contains(u'<'), qPrintable(t));
        QVERIFY(!t.contains(QLatin1String("alert")));
        QVERIFY(t.contains(QLatin1String("& error")));
    }

    // Any bytes with any status give an outcome, never a crash (run under the asan preset too).
    void totalOnRandomInput()
    {
        QRandomGenerator random(20261127);
        const QList<QByteArray> seeds {kCreated, kDuplicate, kError, kNginx502, "{}", "[]", "null", "\"x\""};
        for (int i = 0; i < 20000; ++i) {
            QByteArray body = seeds.at(int(random.bounded(seeds.size())));
            const int edits = int(random.bounded(8));
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const int at = int(random.bounded(body.size()));
                switch (random.bounded(3)) {
                case 0:
                    body[at] = char(random.bounded(256));
                    break;
                case 1:
                    body.truncate(at);
                    break;
                default:
                    body.insert(at, char(random.bounded(256)));
                    break;
                }
            }
            const int status = int(random.bounded(700)) - 50;
            HttpHeaders headers {{"Retry-After", body.left(8)}, {"Content-Type", body.right(6)}};
            const Outcome o = ResponseParser::parse(status, headers, body);
            QVERIFY(o.message.size() <= 1000);
            if (o.kind == OutcomeKind::Created)
                QVERIFY(!o.remoteId.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
