#pragma once

#include "core/Result.h"
#include "core/SecretStore.h"
#include "net/CatalogClient.h"
#include "storage/CatalogStore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

class Database;
class QNetworkAccessManager;
class Settings;

// The catalog's service: the public token (ALTERESTATE_PUBLIC_TOKEN first, then the keychain, as
// the key), refreshes (CatalogClient → CatalogStore, all or nothing), the background refresh
// when the copy is older than catalog_max_age_hours, and a listing's agents fetched on demand.
// Owned by Backend, beside the SubmissionService.
class CatalogService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogService)

public:
    CatalogService(Settings& settings, SecretStore& secrets, Database& database, QNetworkAccessManager* network,
        QObject* parent = nullptr);
    ~CatalogService() override;

    [[nodiscard]] CatalogStore& store() { return m_store; }
    [[nodiscard]] const CatalogStore& store() const { return m_store; }

    // Reads the token again; tokenChanged() follows.
    void reloadToken();
    [[nodiscard]] ApiKey::Source tokenSource() const { return m_token.source; }
    [[nodiscard]] bool hasToken() const { return !m_token.key.isEmpty(); }
    [[nodiscard]] bool hasStoredToken() const { return m_token.stored; }
    // Why there is none (translated: what is missing and where an administrator finds it), or empty.
    [[nodiscard]] QString tokenProblem() const { return m_token.problem; }
    // Stores the token, or removes it when empty, then reloads it.
    Status setStoredToken(const QString& token);

    // Starts a refresh; false when one runs already. refreshProgress() per page, then
    // refreshFinished(): stored, or why not (the previous copy is then untouched).
    bool refresh();
    void cancelRefresh();
    [[nodiscard]] bool isRefreshing() const { return m_client.isRefreshing(); }
    // "Refreshed 2 Dec 2026, 10:40 · Properties: 286 · Agents: 12", or what is missing.
    [[nodiscard]] QString summary() const;
    // Why the last refresh (by hand or in the background) stored nothing; empty after one that
    // did, or a cancelled one.
    [[nodiscard]] QString lastRefreshError() const { return m_lastError; }

    // The app's policy: refresh now when the copy is older than the setting (and a token is set),
    // then again when it next gets that old. No timer runs more often than that.
    void keepFresh();

    // The agents of a listing, from its detail view: listingAgentsReady() follows at once from the
    // local copy when the detail was fetched before, and again once it is fetched anew (and kept);
    // listingAgentsFailed() when it cannot be.
    void requestListingAgents(const QString& uid);

signals:
    void tokenChanged();
    void refreshProgress(int fetched, int total);
    void refreshFinished(const Status& result);
    // The local copy changed (a refresh stored, a listing's agents kept).
    void changed();
    void listingAgentsReady(const QString& uid, const QList<CatalogAgent>& agents);
    // A listing's detail could not be fetched (offline, say): said, not fatal.
    void listingAgentsFailed(const QString& uid, const QString& message);

private:
    void prepareClient();
    void scheduleNextRefresh();
    [[nodiscard]] bool isStale() const;

    Settings& m_settings;
    SecretStore& m_secrets;
    CatalogStore m_store;
    CatalogClient m_client;
    ApiKey::Resolved m_token;
    static constexpr qint64 kRetryMs = 3600 * 1000;
    QTimer m_freshness;
    QDateTime m_lastAttempt; // the last refresh's end, stored or not
    QString m_lastError;
    bool m_keepFresh = false;
    QHash<QString, QString> m_detailsAsked; // slug → uid, while its detail is on the way
};
