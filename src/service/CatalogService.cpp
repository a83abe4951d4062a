#include "CatalogService.h"

#include "core/DateText.h"
#include "core/Settings.h"
#include "storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalog, "leadentry.catalog", QtWarningMsg)

CatalogService::CatalogService(
    Settings& settings, SecretStore& secrets, Database& database, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_store(database)
    , m_client(network)
{
    m_freshness.setSingleShot(true);
    connect(&m_freshness, &QTimer::timeout, this, [this] {
        // A timer caps at 24.8 days: a longer wait comes back here early, and waits again.
        if (isRefreshing() || !hasToken())
            return;
        if (!isStale())
            return scheduleNextRefresh();
        refresh();
    });
    connect(&m_client, &CatalogClient::progress, this, &CatalogService::refreshProgress);
    connect(&m_client, &CatalogClient::finished, this, [this](const Result<CatalogSnapshot>& fetched) {
        m_lastAttempt = QDateTime::currentDateTimeUtc();
        if (!fetched) {
            qCInfo(lcCatalog).noquote() << "refresh not stored:" << fetched.error();
            m_lastError = m_client.wasCancelled() ? QString() : fetched.error();
            emit refreshFinished(Failure {fetched.error()});
            scheduleNextRefresh();
            return;
        }
        Status stored = m_store.replace(fetched->agents, fetched->properties, QDateTime::currentDateTimeUtc());
        if (!stored)
            stored = Failure {tr("The catalog could not be stored: %1").arg(stored.error())};
        else
            qCInfo(lcCatalog) << "refreshed:" << fetched->properties.size() << "properties," << fetched->agents.size()
                              << "agents," << fetched->skipped << "left out without a uid";
        m_lastError = stored.error();
        emit refreshFinished(stored);
        if (stored)
            emit changed();
        scheduleNextRefresh();
    });
    connect(&m_client, &CatalogClient::detailFetched, this,
        [this](const QString& slug, const Result<CatalogDetail>& detail) {
            const QString uid = m_detailsAsked.take(slug);
            if (uid.isEmpty())
                return;
            if (!detail) {
                emit listingAgentsFailed(uid, detail.error());
                return;
            }
            if (const Status kept = m_store.setListingAgents(uid, detail->property.agentUids); !kept)
                qCWarning(lcCatalog).noquote() << "listing agents not kept:" << kept.error();
            // Agents the detail names that the agents list did not have are still offered.
            QList<CatalogAgent> agents = m_store.listingAgents(uid).valueOr({});
            for (const CatalogAgent& agent : detail->agents) {
                const bool known = std::any_of(
                    agents.cbegin(), agents.cend(), [&agent](const CatalogAgent& a) { return a.uid == agent.uid; });
                if (!known && !agent.email.isEmpty())
                    agents.append(agent);
            }
            emit listingAgentsReady(uid, agents);
        });
}

CatalogService::~CatalogService() = default;

void CatalogService::reloadToken()
{
    m_token = PublicToken::resolve(m_secrets, !m_settings.environmentIgnored());
    emit tokenChanged();
}

Status CatalogService::setStoredToken(const QString& token)
{
    const QString trimmed = token.trimmed();
    const SecretResult r = trimmed.isEmpty() ? m_secrets.remove(PublicToken::secretName())
                                             : m_secrets.write(PublicToken::secretName(), trimmed);
    if (!r.ok() && !(trimmed.isEmpty() && r.status == SecretResult::Status::NotFound)) {
        return Failure {trimmed.isEmpty()
                ? tr("The public API token could not be removed from %1: %2").arg(m_secrets.description(), r.error)
                : tr("The public API token could not be stored in %1: %2").arg(m_secrets.description(), r.error)};
    }
    reloadToken();
    return {};
}

void CatalogService::prepareClient()
{
    m_client.setBaseUrl(m_settings.effectiveBaseUrl());
    m_client.setTimeoutMs(m_settings.timeoutSeconds() * 1000);
    m_client.setToken(m_token.key);
}

bool CatalogService::refresh()
{
    prepareClient();
    m_freshness.stop();
    return m_client.refresh();
}

void CatalogService::cancelRefresh()
{
    m_client.cancel();
}

QString CatalogService::summary() const
{
    const Result<QDateTime> at = m_store.refreshedAt();
    if (!at)
        return at.error();
    if (!at->isValid())
        return hasToken() ? tr("Not fetched yet.") : m_token.problem;
    return tr("Refreshed %1 · Properties: %2 · Agents: %3")
        .arg(DateText::of(at->toMSecsSinceEpoch()))
        .arg(m_store.propertyCount().valueOr(0))
        .arg(m_store.agentCount().valueOr(0));
}

void CatalogService::keepFresh()
{
    m_keepFresh = true;
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::CatalogMaxAgeHours)
            scheduleNextRefresh();
    });
    connect(this, &CatalogService::tokenChanged, this, &CatalogService::scheduleNextRefresh);
    scheduleNextRefresh();
}

bool CatalogService::isStale() const
{
    const int hours = m_settings.catalogMaxAgeHours();
    const QDateTime at = m_store.refreshedAt().valueOr(QDateTime());
    return hours > 0 && (!at.isValid() || at.msecsTo(QDateTime::currentDateTimeUtc()) >= qint64 {hours} * 3600 * 1000);
}

void CatalogService::scheduleNextRefresh()
{
    m_freshness.stop();
    const int hours = m_settings.catalogMaxAgeHours();
    if (!m_keepFresh || hours <= 0 || !hasToken() || isRefreshing())
        return;
    const QDateTime at = m_store.refreshedAt().valueOr(QDateTime());
    const qint64 ageMs
        = at.isValid() ? at.msecsTo(QDateTime::currentDateTimeUtc()) : std::numeric_limits<qint64>::max();
    const qint64 maxAgeMs = qint64 {hours} * 3600 * 1000;
    qint64 dueInMs = ageMs >= maxAgeMs ? 0 : maxAgeMs - ageMs;
    // A refresh that failed (offline at a fair) is tried again an hour later, not in a loop.
    if (m_lastAttempt.isValid())
        dueInMs = std::max(dueInMs, kRetryMs - m_lastAttempt.msecsTo(QDateTime::currentDateTimeUtc()));
    m_freshness.start(static_cast<int>(std::min<qint64>(dueInMs, std::numeric_limits<int>::max())));
}

void CatalogService::requestListingAgents(const QString& uid)
{
    const Result<std::optional<CatalogProperty>> listing = m_store.property(uid);
    if (!listing || !listing->has_value())
        return;
    const CatalogProperty& property = **listing;
    // What the copy knows at once (offline too); then the listing's page again, for today's agents.
    if (property.detailFetched)
        emit listingAgentsReady(uid, m_store.listingAgents(uid).valueOr({}));
    if (property.slug.isEmpty() || m_detailsAsked.contains(property.slug) || !hasToken())
        return;
    m_detailsAsked.insert(property.slug, uid);
    prepareClient();
    m_client.fetchDetail(property.slug);
}
