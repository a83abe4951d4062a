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

#include <memory>

Q_LOGGING_CATEGORY(lcNet, "leadentry.net", QtWarningMsg)

namespace {
struct RequestState
{
    quint64 id = 0;
    QElapsedTimer clock;
    QTimer timer;
    bool timedOut = false;
    bool requestSent = false;
    QUrl refusedRedirect;
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

bool redirectAllowed(const QUrl& from, const QUrl& to)
{
    // Same host and port, and never down to plain http unless both ends are loopback.
    if (to.host().compare(from.host(), Qt::CaseInsensitive) != 0 || to.port(-1) != from.port(-1))
        return false;
    if (to.scheme() == from.scheme())
        return true;
    return to.scheme() == QLatin1String("https");
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

quint64 LeadsClient::send(const QByteArray& jsonBody)
{
    const quint64 id = m_nextId++;
    if (const Status endpoint = Endpoint::check(m_baseUrl); !endpoint) {
        fail(id, OutcomeKind::Config, endpoint.error());
        return id;
    }
    if (m_apiKey.trimmed().isEmpty()) {
        fail(id, OutcomeKind::Auth, ApiKey::missingText());
        return id;
    }

    const QUrl url = Endpoint::leadsUrl(m_baseUrl);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Token " + m_apiKey.trimmed().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    // The transfer timeout is ours (below) so that a timeout is told apart from other aborts.
    request.setTransferTimeout(0);

    auto state = std::make_shared<RequestState>();
    state->id = id;
    state->clock.start();
    ++m_inFlight;
    QNetworkReply* reply = m_network->post(request, jsonBody);
    qCDebug(lcNet) << "POST" << url.toString() << "request" << id;

    QPointer<QNetworkReply> guard(reply);
    state->timer.setSingleShot(true);
    connect(&state->timer, &QTimer::timeout, reply, [state, guard] {
        state->timedOut = true;
        if (guard)
            guard->abort();
    });
    state->timer.start(m_timeoutMs);
    connect(reply, &QNetworkReply::requestSent, reply, [state] { state->requestSent = true; });
    connect(reply, &QNetworkReply::redirected, reply, [state, guard, url](const QUrl& target) {
        if (!guard)
            return;
        if (redirectAllowed(url, target)) {
            emit guard->redirectAllowed();
        } else {
            state->refusedRedirect = target;
            guard->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, state] {
        state->timer.stop();
        SendResult result;
        result.requestId = state->id;
        result.elapsedMs = state->clock.elapsed();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        if (state->refusedRedirect.isValid()) {
            result.outcome.kind = OutcomeKind::Config;
            result.outcome.message
                = tr("The server redirected the request to %1. LeadEntry follows no redirect to another host or "
                     "to plain http; check the base URL in Settings.")
                      .arg(state->refusedRedirect.toString());
            result.mayHaveReachedServer = true;
        } else if (state->timedOut) {
            result.outcome.kind = OutcomeKind::Transient;
            result.outcome.message = tr("No answer from the server within %1 s.").arg((m_timeoutMs + 999) / 1000);
            result.mayHaveReachedServer = true;
            result.networkError = reply->errorString();
        } else if (status.isValid() && status.toInt() > 0) {
            result.httpStatus = status.toInt();
            result.body = reply->readAll();
            result.outcome = ResponseParser::parse(result.httpStatus, reply->rawHeaderPairs(), result.body);
            result.mayHaveReachedServer = true;
        } else {
            result.networkError = reply->errorString();
            result.mayHaveReachedServer = state->requestSent || !certainlyNotSent(error);
            result.outcome.kind = OutcomeKind::Transient;
            const QString host = reply->url().host();
            switch (error) {
            case QNetworkReply::ConnectionRefusedError:
                result.outcome.message = tr("Could not connect to %1 (connection refused).").arg(host);
                break;
            case QNetworkReply::HostNotFoundError:
                result.outcome.message = tr("Could not find %1: no network, or a DNS problem.").arg(host);
                break;
            case QNetworkReply::SslHandshakeFailedError:
                result.outcome.message
                    = tr("The secure (TLS) connection to %1 failed: %2.").arg(host, result.networkError);
                break;
            case QNetworkReply::RemoteHostClosedError:
                result.outcome.message = tr("The server closed the connection before answering.");
                break;
            default:
                result.outcome.message = tr("Network error: %1.").arg(result.networkError);
                break;
            }
        }
        qCInfo(lcNet).noquote() << "request" << result.requestId << Outcome::kindName(result.outcome.kind) << "http"
                                << result.httpStatus << result.elapsedMs << "ms";
        reply->deleteLater();
        --m_inFlight;
        emit finished(result);
    });
    return id;
}
