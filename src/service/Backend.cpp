#include "Backend.h"

#include "core/Settings.h"

#include <QNetworkInformation>

Backend::Backend(Settings& settings, SecretStore& secrets, const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_database(databasePath)
    , m_store(m_database)
    , m_client(&m_network)
    , m_service(m_store, m_client, m_settings, m_clock)
{ }

Backend::~Backend() = default;

Status Backend::open()
{
    if (Status opened = m_database.open(); !opened)
        return opened;
    reloadApiKey();
    return {};
}

void Backend::reloadApiKey()
{
    const ApiKey::Resolved key = ApiKey::resolve(m_secrets);
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
