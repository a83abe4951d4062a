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
    [[nodiscard]] const SandboxOptions& options() const { return m_leads.options(); }
    void remember(const QString& phone, const QString& email) { m_leads.remember(phone, email); }
    // From the next request on (practice mode's fault switches).
    void setOptions(SandboxOptions options) { m_leads.setOptions(std::move(options)); }
    // The listings and agents served from the next request on.
    void setCatalog(SandboxCatalog catalog) { m_leads.setCatalog(std::move(catalog)); }
    // No internet: every request fails as a host that cannot be found does, before anything is
    // sent, and the sandbox never sees it.
    void setOffline(bool offline) { m_offline = offline; }
    [[nodiscard]] bool isOffline() const { return m_offline; }

signals:
    // One line per request, as leadentry-sandbox prints it.
    void logLine(const QString& line);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    SandboxLeads m_leads;
    bool m_offline = false;
};
