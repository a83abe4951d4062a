#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/SecretStore.h"
#include "net/LeadsClient.h"
#include "service/CatalogService.h"
#include "service/SubmissionService.h"
#include "storage/Database.h"
#include "storage/SubmissionStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <memory>

class Settings;

// The composition root every program builds (the app, the CLI): database → store → client →
// service, over the settings and the secret store it is given. It is the one owner of the API key
// below the GUI: it resolves the key (ALTERESTATE_API_KEY first, then the keychain), hands it to
// the client, stores or removes it on the user's word, and never lets it out in a signal.
class Backend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)

public:
    Backend(Settings& settings, SecretStore& secrets, const QString& databasePath = Database::defaultPath(),
        QObject* parent = nullptr);
    // Leads go through the given network instead of the system's (practice mode's in-process
    // sandbox); it must outlive the backend.
    Backend(Settings& settings, SecretStore& secrets, const QString& databasePath, QNetworkAccessManager& network,
        QObject* parent = nullptr);
    ~Backend() override;

    // Opens (and upgrades) the history file and resolves the API key; says why it cannot open.
    Status open();
    // The two halves of open(), for the app: the history file before the window is built, the
    // keychain after its first paint (a keychain read can take as long as the rest of start-up).
    // Until loadSecrets() nothing is paused for want of a key, and delivery has not started.
    Status openHistory();
    void loadSecrets();
    [[nodiscard]] bool secretsLoaded() const { return m_secretsLoaded; }

    // Reads the key again (after `leadentry-cli key set` in another window, say) and resumes or
    // pauses sending accordingly.
    void reloadApiKey();
    [[nodiscard]] ApiKey::Source apiKeySource() const { return m_keySource; }
    // Why there is no key (translated), or empty.
    [[nodiscard]] QString apiKeyProblem() const { return m_keyProblem; }
    // Whether a key is stored in the secret store (the environment aside).
    [[nodiscard]] bool hasStoredApiKey() const { return m_hasStoredKey; }
    // Why the secret store could not be read at the last reload (no keychain at all, say), or empty.
    [[nodiscard]] QString secretStoreProblem() const { return m_storeProblem; }
    // Stores the key, or removes it when empty, then reloads it. The environment still wins.
    Status setStoredApiKey(const QString& key);

    // The app's policy: back online, whatever waits goes at once instead of at its next retry.
    void watchReachability();

    // Retention: final leads created more than `days` ago (never a queued or sending one) are
    // erased, and the file compacted. With dryRun, only counted. How many.
    Result<int> purgeOlderThan(int days, bool dryRun = false);
    // The app's policy: the history_retention_days setting applied now and once a day (0 keeps all).
    void keepRetention();
    // How long after keepRetention() the first purge runs (a minute: the window is in use by then).
    void setRetentionStartDelayMs(int ms) { m_retentionStartMs = ms; }

    // The right to cancellation (Dominican Law 172-13): every row of the person with this email
    // and/or phone (read in the default region), to list and then to erase().
    Result<QList<Submission>> personRows(const QString& email, const QString& phone);
    Result<int> erase(const QList<qint64>& ids);

    [[nodiscard]] Settings& settings() { return m_settings; }
    [[nodiscard]] SecretStore& secrets() { return m_secrets; }
    [[nodiscard]] Database& database() { return m_database; }
    [[nodiscard]] QString databasePath() const { return m_database.path(); }
    [[nodiscard]] SubmissionStore& store() { return m_store; }
    [[nodiscard]] LeadsClient& client() { return m_client; }
    [[nodiscard]] SubmissionService& service() { return m_service; }
    // The company's listings and agents, and the public token they need.
    [[nodiscard]] CatalogService& catalog() { return m_catalog; }

signals:
    // The key in use, or where it comes from, changed. Carries no key.
    void apiKeyChanged();
    // Rows left the history (retention, a person erased): views read it again.
    void historyErased(int count);

private:
    Backend(Settings& settings, SecretStore& secrets, const QString& databasePath, QNetworkAccessManager* network,
        QObject* parent);

    Settings& m_settings;
    SecretStore& m_secrets;
    Database m_database;
    SubmissionStore m_store;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork; // when none is given
    LeadsClient m_client;
    SystemClock m_clock;
    SubmissionService m_service;
    CatalogService m_catalog;
    ApiKey::Source m_keySource = ApiKey::Source::None;
    QString m_keyProblem;
    QString m_storeProblem;
    bool m_hasStoredKey = false;
    bool m_secretsLoaded = false;
    QTimer m_retention;
    int m_retentionStartMs = 60 * 1000;
};
