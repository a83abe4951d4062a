#include "FakeNetwork.h"

#include <QTimer>

#include <cstring>

FakeReply::FakeReply(const QNetworkRequest& request, FakeResponse response, QObject* parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::PostOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, &FakeReply::start);
}

void FakeReply::start()
{
    if (m_done || m_response.hang)
        return;
    if (m_response.requestSent)
        emit requestSent();
    if (m_response.error != QNetworkReply::NoError) {
        finishWith(m_response.error, QStringLiteral("scripted failure %1").arg(m_response.error));
        return;
    }
    if (m_response.redirectTo.isValid()) {
        // What QNetworkAccessManager gives under ManualRedirectPolicy: the 3xx itself.
        m_response.status = 302;
        m_response.headers.append({"Location", m_response.redirectTo.toEncoded()});
        setAttribute(QNetworkRequest::RedirectionTargetAttribute, m_response.redirectTo);
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto& h : m_response.headers)
        setRawHeader(h.first, h.second);
    m_body = m_response.body;
    emit metaDataChanged();
    emit readyRead();
    if (m_response.status >= 400)
        setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
    m_done = true;
    setFinished(true);
    emit finished();
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString& text)
{
    m_done = true;
    setError(error, text);
    setFinished(true);
    emit errorOccurred(error);
    emit finished();
}

void FakeReply::abort()
{
    if (!m_done)
        finishWith(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, static_cast<std::size_t>(n));
    m_offset += n;
    return n;
}

QNetworkReply* FakeNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    m_requests.append({op, request, outgoingData ? outgoingData->readAll() : QByteArray()});
    const FakeResponse response
        = m_script.isEmpty() ? FakeResponse::failure(QNetworkReply::ConnectionRefusedError) : m_script.dequeue();
    return new FakeReply(request, response, this);
}
