#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_leads(std::move(options))
{ }

SandboxServer::~SandboxServer() = default;

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SandboxRequest asked;
    asked.method = request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST")
        : request.method() == QHttpServerRequest::Method::Get           ? QByteArray("GET")
                                                                        : QByteArray("OTHER");
    asked.path = request.url().path();
    asked.query = request.url().query();
    asked.origin = QStringLiteral("http://%1:%2").arg(socket->localAddress().toString()).arg(socket->localPort());
    asked.authorization = request.value("Authorization");
    asked.aetoken = request.value("aetoken");
    asked.body = request.body();
    const SandboxAnswer answer = m_leads.answer(asked);
    emit logLine(SandboxLeads::logLine(m_leads.requestCount(), asked, answer));

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    auto respond = [responder, guard, answer] {
        if (!guard)
            return;
        if (answer.drop) {
            guard->abort();
            return;
        }
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
        responder->writeHeader("Content-Type", answer.contentType);
        responder->writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        if (!answer.retryAfter.isEmpty())
            responder->writeHeader("Retry-After", answer.retryAfter);
        responder->writeBody(answer.body);
    };
    if (m_leads.options().latencyMs > 0)
        QTimer::singleShot(m_leads.options().latencyMs, this, respond);
    else
        respond();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
