#include "LeadsClient.h"

#include "core/Endpoint.h"
#include "core/ResponseParser.h"
#include "core/SecretStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcNet, "leadentry.net", QtWarningMsg)

namespace {
struct RequestState
{
    quint64 id = 0;
    QElapsedTimer clock;
    QTimer timer;
    bool timedOut = false;
    bool tooLarge = false;
    bool requestSent = false;
    qint64 uploaded = 0;
    QByteArray excerpt; // the start of an answer cut off for its size
};

// The request body as a device that can be read once and never rewound. Qt's HTTP layer re-sends
// a request by rewinding its body (after a connection closed before an answer, on a redirect, on
// an authentication challenge); when the rewind is refused it fails the reply with
// ContentReSendError instead. So a lead leaves the machine at most once per recorded attempt.
// Not a QBuffer: Qt would copy a QBuffer's bytes into a rewindable device of its own.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray body, QObject* parent)
        : QIODevice(parent)
        , m_body(std::move(body))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    [[nodiscard]] bool isSequential() const override { return false; } // sized: Qt streams it unbuffered
    [[nodiscard]] qint64 size() const override { return m_body.size(); }
    bool reset() override { return !m_read && QIODevice::reset(); }
    bool seek(qint64 pos) override { return (!m_read || pos == this->pos()) && QIODevice::seek(pos); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_body.size() - pos());
        if (n <= 0)
            return n == 0 ? 0 : -1;
        std::memcpy(data, m_body.constData() + pos(), static_cast<std::size_t>(n));
        m_read = true;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_body;
    bool m_read = false;
};

// Errors that happen before the server could have read a single byte of the request.
bool certainlyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

} // namespace

LeadsClient::LeadsClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<SendResult>();
}

LeadsClient::~LeadsClient() = default;

QByteArray LeadsClient::userAgent()
{
    return QByteArrayLiteral("LeadEntry/" LEADENTRY_VERSION " (Qt ") + qVersion() + ')';
}

void LeadsClient::fail(quint64 id, OutcomeKind kind, const QString& message)
{
    SendResult result;
    result.requestId = id;
    result.outcome.kind = kind;
    result.outcome.message = message;
    ++m_inFlight;
    // Always asynchronous, so callers see one shape whether or not anything was sent.
    QTimer::singleShot(0, this, [this, result] {
        --m_inFlight;
        emit finished(result);
    });
}

const LeadsClient::Prepared& LeadsClient::prepared()
{
    if (m_prepared)
        return *m_prepared;
    Prepared p;
    p.endpoint = Endpoint::check(m_baseUrl);
    const QUrl url = Endpoint::leadsUrl(m_baseUrl);
    p.urlText = url.toString(QUrl::RemoveUserInfo);
    p.request.setUrl(url);
    p.request.setRawHeader("Authorization", "Token " + m_apiKey.trimmed().toUtf8());
    p.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    p.request.setRawHeader("Accept", "application/json");
    p.request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // A redirect of a POST is never followed: it is an answer (3xx), read as a configuration problem.
    p.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The transfer timeout is ours (see send()) so that a timeout is told apart from other aborts.
    p.request.setTransferTimeout(0);
    return m_prepared.emplace(std::move(p));
}

quint64 LeadsClient::send(const QByteArray& jsonBody)
{
    const quint64 id = m_nextId++;
    const Prepared& prepared = this->prepared();
    if (!prepared.endpoint) {
        fail(id, OutcomeKind::Config, prepared.endpoint.error());
        return id;
    }
    if (m_apiKey.trimmed().isEmpty()) {
        fail(id, OutcomeKind::Auth, ApiKey::missingText());
        return id;
    }

    QNetworkRequest request = prepared.request;
    request.setHeader(QNetworkRequest::ContentLengthHeader, jsonBody.size());

    auto state = std::make_shared<RequestState>();
    state->id = id;
    state->clock.start();
    ++m_inFlight;
    auto* body = new OneShotBody(jsonBody, nullptr);
    QNetworkReply* reply = m_network->post(request, body);
    body->setParent(reply);
    qCDebug(lcNet) << "POST" << prepared.urlText << "request" << id;

    QPointer<QNetworkReply> guard(reply);
    state->timer.setSingleShot(true);
    connect(&state->timer, &QTimer::timeout, reply, [state, guard] {
        state->timedOut = true;
        if (guard)
            guard->abort();
    });
    state->timer.start(m_timeoutMs);
    connect(reply, &QNetworkReply::requestSent, reply, [state] { state->requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, reply,
        [state](qint64 sent, qint64) { state->uploaded = std::max(state->uploaded, sent); });
    // A real answer is a few hundred bytes; read no more than kMaxAnswerBytes of anything else.
    const auto checkSize = [state, guard] {
        if (!guard || state->tooLarge)
            return;
        const QVariant announced = guard->header(QNetworkRequest::ContentLengthHeader);
        if (guard->bytesAvailable() > kMaxAnswerBytes
            || (announced.isValid() && announced.toLongLong() > kMaxAnswerBytes)) {
            state->tooLarge = true;
            state->excerpt = guard->peek(kMaxStoredBytes);
            guard->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, checkSize);
    connect(reply, &QNetworkReply::readyRead, reply, checkSize);
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, urlText = prepared.urlText] {
        state->timer.stop();
        SendResult result;
        result.requestId = state->id;
        result.elapsedMs = state->clock.elapsed();
        result.url = urlText;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        if (state->tooLarge) {
            result.httpStatus = status.toInt();
            result.body = state->excerpt;
            result.outcome.kind = OutcomeKind::Transient;
            result.outcome.message = tr("The server's answer was larger than %1 MB, far more than any answer to a "
                                        "lead; LeadEntry stopped reading it.")
                                         .arg(kMaxAnswerBytes / (1024 * 1024));
            result.mayHaveReachedServer = true;
        } else if (state->timedOut) {
            result.outcome.kind = OutcomeKind::Transient;
            result.outcome.message = tr("No answer from the server within %1 s.").arg((m_timeoutMs + 999) / 1000);
            result.mayHaveReachedServer = true;
            result.networkError = reply->errorString();
        } else if (status.isValid() && status.toInt() > 0) {
            result.httpStatus = status.toInt();
            // What is there, at most the bound: read(kMaxAnswerBytes) would allocate the whole
            // megabyte for every answer of a few hundred bytes.
            result.body = reply->read(std::min(reply->bytesAvailable(), kMaxAnswerBytes));
            result.outcome = ResponseParser::parse(result.httpStatus, reply->rawHeaderPairs(), result.body);
            result.mayHaveReachedServer = true;
        } else {
            result.networkError = reply->errorString();
            // Qt reports some failures to connect (network unreachable, no route) only as an unknown
            // network error; then whether the body was handed to the socket decides.
            const bool beforeSending = certainlyNotSent(error) || error == QNetworkReply::UnknownNetworkError;
            result.mayHaveReachedServer = state->requestSent || state->uploaded > 0 || !beforeSending;
            result.outcome.kind = OutcomeKind::Transient;
            const QString host = reply->url().host();
            if (error == QNetworkReply::ContentReSendError) {
                // Qt wanted to send the lead again in the same attempt (the connection closed before
                // an answer, or the server asked for it); the body refused to rewind.
                result.outcome.message = tr("The connection closed before the server answered.");
                result.mayHaveReachedServer = true;
            } else {
                result.outcome.message = transportFailure(error, host, result.networkError);
            }
        }
        qCInfo(lcNet).noquote() << "request" << result.requestId << Outcome::kindName(result.outcome.kind) << "http"
                                << result.httpStatus << result.elapsedMs << "ms";
        result.body = excerpt(result.body);
        reply->deleteLater();
        --m_inFlight;
        emit finished(result);
    });
    return id;
}

QString LeadsClient::transportFailure(QNetworkReply::NetworkError error, const QString& host, const QString& qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Could not connect to %1 (connection refused).").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find %1: no network, or a DNS problem.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure (TLS) connection to %1 failed: %2.").arg(host, qtText);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before answering.");
    default:
        return tr("Network error: %1.").arg(qtText);
    }
}

QByteArray LeadsClient::excerpt(const QByteArray& body)
{
    if (body.size() <= kMaxStoredBytes)
        return body;
    return body.left(kMaxStoredBytes) + tr("\n… (not kept: %1 more bytes)").arg(body.size() - kMaxStoredBytes).toUtf8();
}
