#pragma once

#include "core/ResponseParser.h"
#include "net/ScriptedReply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QQueue>
#include <QUrl>

// What the fake server answers to the next request.
struct FakeResponse
{
    int status = 201;
    HttpHeaders headers {{"Content-Type", "application/json"}};
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // a transport failure instead of an answer
    bool hang = false; // never answers: only an abort ends it
    bool requestSent = true; // whether requestSent() fires before the failure
    QUrl redirectTo; // answers 302 with this Location

    static FakeResponse json(int status, const QByteArray& body)
    {
        FakeResponse r;
        r.status = status;
        r.body = body;
        return r;
    }
    static FakeResponse failure(QNetworkReply::NetworkError error, bool sent = false)
    {
        FakeResponse r;
        r.status = 0;
        r.error = error;
        r.requestSent = sent;
        return r;
    }
    static FakeResponse hanging()
    {
        FakeResponse r;
        r.hang = true;
        return r;
    }
};

class FakeReply final : public ScriptedReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest& request, FakeResponse response, QObject* parent);

private:
    void start();
    FakeResponse m_response;
};

// A QNetworkAccessManager whose every request is answered from a script, and recorded.
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    struct Recorded
    {
        Operation operation;
        QNetworkRequest request;
        QByteArray body;
    };

    void enqueue(const FakeResponse& response) { m_script.enqueue(response); }
    [[nodiscard]] const QList<Recorded>& requests() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    QQueue<FakeResponse> m_script;
    QList<Recorded> m_requests;
};
