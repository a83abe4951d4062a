#pragma once

#include "core/Outcome.h"
#include "core/Result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

// What one POST came to.
struct SendResult
{
    quint64 requestId = 0;
    Outcome outcome;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body; // the raw answer (at most LeadsClient::kMaxStoredBytes of it), for the history
    qint64 elapsedMs = 0;
    // False only when the request certainly never reached the server (refused before sending,
    // connection refused, host not found, TLS handshake failed). A timeout or a connection lost
    // after the request was written leaves the outcome unknown: true.
    bool mayHaveReachedServer = false;
    QString networkError; // Qt's description of a transport failure, empty otherwise
    QString url; // where the request went; empty when it was refused before sending
};

// Posts request bodies to AlterEstate's Leads API. One object serves any number of concurrent
// requests; each ends in exactly one finished() signal.
class LeadsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsClient)

public:
    explicit LeadsClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~LeadsClient() override;

    void setBaseUrl(const QUrl& base)
    {
        m_baseUrl = base;
        m_prepared.reset();
    }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString& key)
    {
        m_apiKey = key;
        m_prepared.reset();
    }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

    static QByteArray userAgent();

    // No answer to a lead comes near this; a larger one is cut off as a transient failure.
    static constexpr qint64 kMaxAnswerBytes = 1024 * 1024;
    // The most of an answer's body kept in SendResult::body (and so in the history).
    static constexpr qsizetype kMaxStoredBytes = 16 * 1024;
    [[nodiscard]] static QByteArray excerpt(const QByteArray& body);
    // A request that got no answer, in words (no network, refused, TLS…): for every client.
    [[nodiscard]] static QString transportFailure(
        QNetworkReply::NetworkError error, const QString& host, const QString& qtText);

    // Starts a POST of a JSON body and returns its id; finished() follows, possibly before the
    // event loop runs again when the request is refused without sending.
    quint64 send(const QByteArray& jsonBody);
    [[nodiscard]] int inFlight() const { return m_inFlight; }

signals:
    void finished(const SendResult& result);

private:
    void fail(quint64 id, OutcomeKind kind, const QString& message);
    // What every request to the same address with the same key shares, made once for them.
    struct Prepared
    {
        Status endpoint;
        QNetworkRequest request; // all but the Content-Length
        QString urlText; // for the history: never a password
    };
    const Prepared& prepared();

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::optional<Prepared> m_prepared;
    int m_timeoutMs = 30000;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
};

Q_DECLARE_METATYPE(SendResult)
