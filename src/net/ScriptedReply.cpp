#include "ScriptedReply.h"

#include <cstring>

ScriptedReply::ScriptedReply(
    const QNetworkRequest& request, QNetworkAccessManager::Operation operation, QObject* parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ScriptedReply::abort()
{
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 ScriptedReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 ScriptedReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, static_cast<std::size_t>(n));
    m_offset += n;
    return n;
}

void ScriptedReply::answer(int status, const HttpHeaders& headers, const QByteArray& body)
{
    if (m_done)
        return;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    for (const auto& header : headers)
        setRawHeader(header.first, header.second);
    m_body = body;
    emit metaDataChanged();
    emit readyRead();
    if (status >= 400)
        setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(status));
    m_done = true;
    setFinished(true);
    emit finished();
}

void ScriptedReply::fail(QNetworkReply::NetworkError error, const QString& text)
{
    if (m_done)
        return;
    m_done = true;
    setError(error, text);
    setFinished(true);
    emit errorOccurred(error);
    emit finished();
}
