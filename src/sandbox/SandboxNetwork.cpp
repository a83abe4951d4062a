#include "SandboxNetwork.h"

#include "net/ScriptedReply.h"

#include <QTimer>

namespace {
// One SandboxAnswer played back after the configured latency: the answer, or, for a cut
// connection, the error a real one gives once the request was sent.
class SandboxReply final : public ScriptedReply
{
public:
    // No network: the host is not found, a moment later, and nothing was sent.
    SandboxReply(const QNetworkRequest& request, QNetworkAccessManager::Operation operation, QObject* parent)
        : ScriptedReply(request, operation, parent)
    {
        QTimer::singleShot(0, this, [this, host = request.url().host()] {
            fail(QNetworkReply::HostNotFoundError, QStringLiteral("Host %1 not found").arg(host));
        });
    }

    SandboxReply(const QNetworkRequest& request, QNetworkAccessManager::Operation operation, SandboxAnswer answer,
        int latencyMs, QObject* parent)
        : ScriptedReply(request, operation, parent)
        , m_answer(std::move(answer))
    {
        QTimer::singleShot(latencyMs, this, &SandboxReply::deliver);
    }

private:
    void deliver()
    {
        if (isDone())
            return;
        emit requestSent();
        if (m_answer.drop) {
            fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
            return;
        }
        HttpHeaders headers {
            {"Content-Type", m_answer.contentType}, {"Content-Length", QByteArray::number(m_answer.body.size())}};
        if (!m_answer.retryAfter.isEmpty())
            headers.append({"Retry-After", m_answer.retryAfter});
        answer(m_answer.status, headers, m_answer.body);
    }

    SandboxAnswer m_answer;
};
} // namespace

SandboxNetwork::SandboxNetwork(SandboxOptions options, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_leads(std::move(options))
{ }

SandboxNetwork::~SandboxNetwork() = default;

QNetworkReply* SandboxNetwork::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    if (m_offline) // the body is never read: nothing leaves
        return new SandboxReply(request, op, this);
    SandboxRequest asked;
    asked.method = op == PostOperation ? QByteArray("POST")
        : op == GetOperation           ? QByteArray("GET")
                                       : QByteArray("OTHER");
    asked.path = request.url().path();
    asked.query = request.url().query();
    asked.origin = request.url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    asked.authorization = request.rawHeader("Authorization");
    asked.aetoken = request.rawHeader("aetoken");
    asked.body = outgoingData ? outgoingData->readAll() : QByteArray();
    const SandboxAnswer answer = m_leads.answer(asked);
    emit logLine(SandboxLeads::logLine(m_leads.requestCount(), asked, answer));
    return new SandboxReply(request, op, answer, m_leads.options().latencyMs, this);
}
