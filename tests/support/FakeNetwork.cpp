#include "FakeNetwork.h"

#include <QTimer>

FakeReply::FakeReply(const QNetworkRequest& request, FakeResponse response, QObject* parent)
    : ScriptedReply(request, QNetworkAccessManager::PostOperation, parent)
    , m_response(std::move(response))
{
    QTimer::singleShot(0, this, &FakeReply::start);
}

void FakeReply::start()
{
    if (isDone() || m_response.hang)
        return;
    if (m_response.requestSent)
        emit requestSent();
    if (m_response.error != QNetworkReply::NoError) {
        fail(m_response.error, QStringLiteral("scripted failure %1").arg(m_response.error));
        return;
    }
    if (m_response.redirectTo.isValid()) {
        // What QNetworkAccessManager gives under ManualRedirectPolicy: the 3xx itself.
        m_response.status = 302;
        m_response.headers.append({"Location", m_response.redirectTo.toEncoded()});
        setAttribute(QNetworkRequest::RedirectionTargetAttribute, m_response.redirectTo);
    }
    answer(m_response.status, m_response.headers, m_response.body);
}

QNetworkReply* FakeNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    m_requests.append({op, request, outgoingData ? outgoingData->readAll() : QByteArray()});
    const FakeResponse response
        = m_script.isEmpty() ? FakeResponse::failure(QNetworkReply::ConnectionRefusedError) : m_script.dequeue();
    return new FakeReply(request, response, this);
}
