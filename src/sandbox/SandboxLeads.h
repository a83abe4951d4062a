#pragma once

#include "SandboxCatalog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

// How the sandbox behaves: a local stand-in for AlterEstate's Leads API (ARCHITECTURE.md,
// "leadentry-sandbox"), with fault injection for tests, benchmarks and training.
struct SandboxOptions
{
    QString key; // empty: any non-empty token is accepted
    QString publicToken; // the catalog's aetoken; empty: any non-empty token is accepted
    bool allowDuplicates = false;
    int latencyMs = 0;
    int failEvery = 0; // every Nth request answers failStatus
    int failStatus = 503;
    int retryAfterSeconds = 1; // the Retry-After of an injected 429 or 503
    bool htmlErrors = false; // faults answer with an HTML page, as a proxy would
    int dropConnectionEvery = 0; // every Nth request is processed, then the connection is cut unanswered
    bool logLeads = false; // add each lead's email to its log line (tests; personal data otherwise stays out)
    bool refuseEveryKey = false; // every key and token is answered 401 "Invalid token." (practice: "a refused key")
};

// One request to the sandbox, as any transport hands it over.
struct SandboxRequest
{
    QByteArray method; // "POST", "GET", …
    QString path; // "/api/v1/leads/"
    QString query; // "search=Naco&page=2", without the '?'
    QString origin; // "http://127.0.0.1:8080": where the request came to (for the catalog's `next`)
    QByteArray authorization; // the Authorization header's value
    QByteArray aetoken; // the catalog's public token header
    QByteArray body;
};

// What the sandbox answers: an HTTP status, headers and body, or a cut connection.
struct SandboxAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray retryAfter;
    QString note; // for the log line
    bool drop = false; // processed, then the connection is cut unanswered
};

// The sandbox's behaviour without any transport: AlterEstate's answers (created, duplicate,
// missing field, refused token), its catalog (SandboxCatalog) and the faults the options ask for,
// which apply to every endpoint. SandboxServer puts it behind
// HTTP on loopback; an in-process transport can put it behind QNetworkAccessManager (where Qt
// HttpServer is not available, as on Windows).
class SandboxLeads
{
public:
    explicit SandboxLeads(SandboxOptions options);

    // Answers the next request (they are numbered from 1, for the every-Nth options).
    SandboxAnswer answer(const SandboxRequest& request);
    [[nodiscard]] const SandboxOptions& options() const { return m_options; }
    // A contact AlterEstate already has: the next lead with this phone or email is a duplicate
    // (practice mode remembers the contacts of earlier practice sessions).
    void remember(const QString& phone, const QString& email);
    // Changes the behaviour from the next request on (practice mode's fault switches).
    void setOptions(SandboxOptions options) { m_options = std::move(options); }
    // The listings and agents served (the built-in sample until set).
    void setCatalog(SandboxCatalog catalog) { m_catalog = std::move(catalog); }
    [[nodiscard]] int requestCount() const { return m_requests; }
    [[nodiscard]] int createdCount() const { return m_created; }
    // "#3 POST /api/v1/leads/ 201 created id=1238840"
    [[nodiscard]] static QString logLine(int number, const SandboxRequest& request, const SandboxAnswer& answer);

private:
    SandboxAnswer process(const SandboxRequest& request, int number);
    SandboxAnswer catalog(const SandboxRequest& request, int number);
    // An injected failure or a cut connection, as the options ask for this request.
    void applyFaults(SandboxAnswer& answer, int number) const;
    [[nodiscard]] SandboxAnswer fault(int status, const QString& detail) const;
    [[nodiscard]] static SandboxAnswer json(int status, const QJsonObject& object, const QString& note);

    SandboxOptions m_options;
    SandboxCatalog m_catalog;
    int m_requests = 0;
    int m_created = 0;
    QSet<QString> m_phones;
    QSet<QString> m_emails;
};
