#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QSet>
#include <QString>

class QHttpServerResponder;

// A local stand-in for AlterEstate's Leads API (ARCHITECTURE.md, "leadentry-sandbox"), with fault
// injection for tests, benchmarks and training.
struct SandboxOptions
{
    QString key; // empty: any non-empty token is accepted
    bool allowDuplicates = false;
    int latencyMs = 0;
    int failEvery = 0; // every Nth request answers failStatus
    int failStatus = 503;
    int retryAfterSeconds = 1; // the Retry-After of an injected 429 or 503
    bool htmlErrors = false; // faults answer with an HTML page, as a proxy would
    int dropConnectionEvery = 0; // every Nth request is processed, then the connection is cut unanswered
    bool logLeads = false; // add each lead's email to its log line (tests; personal data otherwise stays out)
};

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    [[nodiscard]] int requestCount() const { return m_requests; }
    [[nodiscard]] int createdCount() const { return m_created; }

signals:
    // One line per request: "#3 POST /api/v1/leads/ 201 created id=1238840".
    void logLine(const QString& line);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QByteArray retryAfter;
        QString note;
        bool drop = false;
    };
    Answer process(const QHttpServerRequest& request, int number);
    Answer fault(int status, const QString& detail) const;
    Answer json(int status, const QJsonObject& object, const QString& note) const;

    SandboxOptions m_options;
    int m_requests = 0;
    int m_created = 0;
    QSet<QString> m_phones;
    QSet<QString> m_emails;
};
