#pragma once

#include "core/ResponseParser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

// A reply made in this process instead of read from a socket: it plays back a status, headers
// and body, or a transport error, when its owner says so. The sandbox's in-process transport
// (SandboxNetwork) and the tests' scripted network (FakeNetwork) are built on it.
class ScriptedReply : public QNetworkReply
{
    Q_OBJECT

public:
    ScriptedReply(const QNetworkRequest& request, QNetworkAccessManager::Operation operation, QObject* parent);

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    // The answer, as QNetworkAccessManager gives it: a status of 400 or more is also an error.
    void answer(int status, const HttpHeaders& headers, const QByteArray& body);
    // A transport failure (no HTTP answer).
    void fail(QNetworkReply::NetworkError error, const QString& text);
    [[nodiscard]] bool isDone() const { return m_done; }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};
