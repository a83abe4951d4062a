#pragma once

#include "SandboxLeads.h"

#include <QAbstractHttpServer>

class QHttpServerResponder;

// leadentry-sandbox's HTTP front: SandboxLeads on 127.0.0.1, with the latency and cut
// connections its options ask for.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    [[nodiscard]] int requestCount() const { return m_leads.requestCount(); }
    [[nodiscard]] int createdCount() const { return m_leads.createdCount(); }
    void setCatalog(SandboxCatalog catalog) { m_leads.setCatalog(std::move(catalog)); }

signals:
    // One line per request: "#3 POST /api/v1/leads/ 201 created id=1238840".
    void logLine(const QString& line);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SandboxLeads m_leads;
};
