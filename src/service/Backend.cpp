#include "Backend.h"

#include "core/PhoneNumbers.h"
#include "core/Settings.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcBackend, "leadentry.backend", QtWarningMsg)

Backend::Backend(Settings& settings, SecretStore& secrets, const QString& databasePath, QObject* parent)
    : Backend(settings, secrets, databasePath, nullptr, parent)
{ }

Backend::Backend(Settings& settings, SecretStore& secrets, const QString& databasePath, QNetworkAccessManager& network,
    QObject* parent)
    : Backend(settings, secrets, databasePath, &network, parent)
{ }

Backend::Backend(Settings& settings, SecretStore& secrets, const QString& databasePath, QNetworkAccessManager* network,
    QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_database(databasePath)
    , m_store(m_database)
    , m_ownNetwork(network ? nullptr : std::make_unique<QNetworkAccessManager>())
    , m_client(network ? network : m_ownNetwork.get())
    , m_service(m_store, m_client, m_settings, m_clock)
    , m_catalog(m_settings, m_secrets, m_database, network ? network : m_ownNetwork.get())
{ }

Backend::~Backend() = default;

Status Backend::open()
{
    if (Status opened = openHistory(); !opened)
        return opened;
    loadSecrets();
    return {};
}

Status Backend::openHistory()
{
    return m_database.open();
}

void Backend::loadSecrets()
{
    // Set after the reads: they wait in an event loop of their own, where a second launch may be
    // handled, and it must still wait for the key.
    reloadApiKey();
    m_catalog.reloadToken();
    m_secretsLoaded = true;
}

void Backend::reloadApiKey()
{
    const ApiKey::Resolved key = ApiKey::resolve(m_secrets, !m_settings.environmentIgnored());
    m_keySource = key.source;
    m_keyProblem = key.problem;
    m_hasStoredKey = key.stored;
    m_storeProblem = key.storeProblem;
    m_service.setApiKey(key.key, key.problem);
    emit apiKeyChanged();
}

Status Backend::setStoredApiKey(const QString& key)
{
    const QString trimmed = key.trimmed();
    const SecretResult r
        = trimmed.isEmpty() ? m_secrets.remove(ApiKey::secretName()) : m_secrets.write(ApiKey::secretName(), trimmed);
    if (!r.ok()) {
        return Failure {trimmed.isEmpty()
                ? tr("The key could not be removed from %1: %2").arg(m_secrets.description(), r.error)
                : tr("The key could not be stored in %1: %2").arg(m_secrets.description(), r.error)};
    }
    reloadApiKey();
    return {};
}

void Backend::watchReachability()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
        [this](QNetworkInformation::Reachability reachability) {
            if (reachability == QNetworkInformation::Reachability::Online)
                (void)m_service.sendNow(); // a failure to mark them due shows in the next pump
        });
}

Result<int> Backend::purgeOlderThan(int days, bool dryRun)
{
    const qint64 cutoff = m_clock.nowMs() - qint64 {days} * 24 * 3600 * 1000;
    const Result<QList<qint64>> expired = m_store.finalCreatedBefore(cutoff);
    if (!expired)
        return Failure {expired.error()};
    if (dryRun || expired->isEmpty())
        return static_cast<int>(expired->size());
    Result<int> erased = m_store.erase(*expired);
    if (erased && *erased > 0) {
        // Best effort: another program reading the file keeps VACUUM from running; the space
        // then comes back at the next purge.
        if (const Status compacted = m_store.compact(); !compacted)
            qCInfo(lcBackend) << "VACUUM after the retention purge:" << compacted.error();
        emit historyErased(*erased);
    }
    return erased;
}

void Backend::keepRetention()
{
    const auto purge = [this] {
        const int days = m_settings.retentionDays();
        if (days <= 0)
            return;
        const Result<int> purged = purgeOlderThan(days);
        if (!purged)
            qCWarning(lcBackend) << "retention purge failed:" << purged.error();
        else if (*purged > 0)
            qCInfo(lcBackend) << "retention: erased" << *purged << "leads older than" << days << "days";
    };
    m_retention.setInterval(24 * 3600 * 1000);
    connect(&m_retention, &QTimer::timeout, this, purge);
    m_retention.start();
    // Not at the first paint: a purge and its VACUUM may take a while on a large history.
    QTimer::singleShot(m_retentionStartMs, this, purge);
}

Result<QList<Submission>> Backend::personRows(const QString& email, const QString& phone)
{
    QString e164;
    if (!phone.trimmed().isEmpty()) {
        e164 = PhoneNumbers::check(phone, m_settings.defaultRegion()).e164;
        if (e164.isEmpty())
            return Failure {tr("\"%1\" is not a phone number LeadEntry can look for.").arg(phone)};
    }
    return m_store.personRows(email.trimmed(), e164);
}

Result<int> Backend::erase(const QList<qint64>& ids)
{
    Result<int> erased = m_store.erase(ids);
    if (erased && *erased > 0)
        emit historyErased(*erased);
    return erased;
}
