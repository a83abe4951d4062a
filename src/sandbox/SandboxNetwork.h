#pragma once

#include "SandboxLeads.h"

#include <QNetworkAccessManager>

// The sandbox behind QNetworkAccessManager, in this process: no server, no port. What runs where
// Qt HttpServer is not available (Windows) — practice mode, and tests under Wine — answers as
// leadentry-sandbox does, latency and cut connections included.
class SandboxNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxNetwork)

public:
    explicit SandboxNetwork(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxNetwork() override;

    [[nodiscard]] const SandboxLeads& leads() const { return m_leads; }

signals:
    // One line per request, as leadentry-sandbox prints it.
    void logLine(const QString& line);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    SandboxLeads m_leads;
};
