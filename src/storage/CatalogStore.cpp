#include "CatalogStore.h"

#include "Database.h"
#include "SearchText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kPropertyColumns
    = QStringLiteral("uid, slug, name, sector, city, listing_type, price, currency, thumbnail, agent_uids");
const QString kAgentColumns = QStringLiteral("uid, name, email, phone");

CatalogProperty readProperty(const QSqlQuery& q, int first = 0)
{
    CatalogProperty p;
    p.uid = q.value(first).toString();
    p.slug = q.value(first + 1).toString();
    p.name = q.value(first + 2).toString();
    p.sector = q.value(first + 3).toString();
    p.city = q.value(first + 4).toString();
    p.listingType = q.value(first + 5).toInt();
    p.price = q.value(first + 6).toDouble();
    p.currency = q.value(first + 7).toString();
    p.thumbnail = q.value(first + 8).toString();
    p.agentUids = q.value(first + 9).toString().split(u' ', Qt::SkipEmptyParts);
    p.detailFetched = !q.value(first + 9).isNull();
    return p;
}

CatalogAgent readAgent(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
} // namespace

CatalogStore::CatalogStore(Database& database)
    : m_database(database)
{ }

Status CatalogStore::replace(
    const QList<CatalogAgent>& agents, const QList<CatalogProperty>& properties, const QDateTime& at)
{
    // The catalog can be fetched again: NORMAL commits (safe across a crash of the process).
    if (Status durable = m_database.setDurable(false); !durable)
        return durable;
    if (Status begun = m_database.beginWrite(); !begun)
        return begun;
    QSqlQuery q(m_database.connection());
    const auto fail = [this, &q]() -> Status {
        const Failure failure = m_database.failure(q.lastError());
        m_database.rollback();
        return failure;
    };
    if (!q.exec(QStringLiteral(
            "SELECT coalesce(max(generation), 0) + 1 FROM"
            " (SELECT generation FROM catalog_properties UNION ALL SELECT generation FROM catalog_agents)"))
        || !q.next())
        return fail();
    const qint64 generation = q.value(0).toLongLong();
    q.finish();

    if (!q.prepare(QStringLiteral(
            "INSERT INTO catalog_properties (uid, slug, name, sector, city, listing_type, price, currency, thumbnail,"
            " agent_uids, folded_name, generation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (uid) DO UPDATE SET slug = excluded.slug, name = excluded.name, sector = excluded.sector,"
            " city = excluded.city, listing_type = excluded.listing_type, price = excluded.price,"
            " currency = excluded.currency, thumbnail = excluded.thumbnail,"
            " agent_uids = coalesce(excluded.agent_uids, agent_uids), folded_name = excluded.folded_name,"
            " generation = excluded.generation")))
        return fail();
    for (const CatalogProperty& p : properties) {
        q.addBindValue(p.uid);
        q.addBindValue(text(p.slug));
        q.addBindValue(text(p.name));
        q.addBindValue(text(p.sector));
        q.addBindValue(text(p.city));
        q.addBindValue(p.listingType);
        q.addBindValue(p.price);
        q.addBindValue(text(p.currency));
        q.addBindValue(text(p.thumbnail));
        q.addBindValue(p.detailFetched ? QVariant(p.agentUids.join(u' ')) : QVariant());
        q.addBindValue(CatalogText::folded(p.name));
        q.addBindValue(generation);
        if (!q.exec())
            return fail();
    }
    if (!q.prepare(QStringLiteral(
            "INSERT INTO catalog_agents (key, uid, name, email, phone, folded_name, generation)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET uid = excluded.uid, name = excluded.name,"
            " email = excluded.email, phone = excluded.phone, folded_name = excluded.folded_name,"
            " generation = excluded.generation")))
        return fail();
    for (const CatalogAgent& a : agents) {
        q.addBindValue(a.uid.isEmpty() ? a.email.toLower() : a.uid);
        q.addBindValue(text(a.uid));
        q.addBindValue(text(a.name));
        q.addBindValue(text(a.email));
        q.addBindValue(text(a.phone));
        q.addBindValue(CatalogText::folded(a.name));
        q.addBindValue(generation);
        if (!q.exec())
            return fail();
    }
    for (const QString& sql : {QStringLiteral("DELETE FROM catalog_properties WHERE generation <> %1").arg(generation),
             QStringLiteral("DELETE FROM catalog_agents WHERE generation <> %1").arg(generation),
             QStringLiteral("INSERT INTO catalog_properties_search(catalog_properties_search) VALUES ('rebuild')"),
             QStringLiteral("INSERT INTO catalog_agents_search(catalog_agents_search) VALUES ('rebuild')")}) {
        if (!q.exec(sql))
            return fail();
    }
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO catalog_meta (key, value) VALUES ('refreshed_at', ?)")))
        return fail();
    q.addBindValue(at.toMSecsSinceEpoch());
    if (!q.exec())
        return fail();
    q.finish();
    return m_database.commit();
}

Result<QDateTime> CatalogStore::refreshedAt() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM catalog_meta WHERE key = 'refreshed_at'")))
        return m_database.failure(q.lastError());
    if (!q.next())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong());
}

Result<int> CatalogStore::propertyCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM catalog_properties")) || !q.next())
        return m_database.failure(q.lastError());
    return q.value(0).toInt();
}

Result<int> CatalogStore::agentCount() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM catalog_agents")) || !q.next())
        return m_database.failure(q.lastError());
    return q.value(0).toInt();
}

Result<QList<CatalogProperty>> CatalogStore::properties(const QString& text, int limit) const
{
    QSqlQuery q(m_database.connection());
    const QString match = SearchText::prefixQuery(text);
    if (match.isEmpty()) {
        q.prepare(
            QStringLiteral("SELECT %1 FROM catalog_properties ORDER BY folded_name, id LIMIT ?").arg(kPropertyColumns));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM catalog_properties WHERE id IN (SELECT rowid FROM"
                                 " catalog_properties_search WHERE catalog_properties_search MATCH ?)"
                                 " ORDER BY folded_name, id LIMIT ?")
                      .arg(kPropertyColumns));
        q.addBindValue(match);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return m_database.failure(q.lastError());
    QList<CatalogProperty> found;
    while (q.next())
        found.append(readProperty(q));
    return found;
}

Result<QList<CatalogAgent>> CatalogStore::agents(const QString& text, int limit) const
{
    QSqlQuery q(m_database.connection());
    const QString match = SearchText::prefixQuery(text);
    if (match.isEmpty()) {
        q.prepare(QStringLiteral("SELECT %1 FROM catalog_agents ORDER BY folded_name, id LIMIT ?").arg(kAgentColumns));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM catalog_agents WHERE id IN (SELECT rowid FROM catalog_agents_search"
                                 " WHERE catalog_agents_search MATCH ?) ORDER BY folded_name, id LIMIT ?")
                      .arg(kAgentColumns));
        q.addBindValue(match);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return m_database.failure(q.lastError());
    QList<CatalogAgent> found;
    while (q.next())
        found.append(readAgent(q));
    return found;
}

Result<std::optional<CatalogProperty>> CatalogStore::property(const QString& uid) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM catalog_properties WHERE uid = ?").arg(kPropertyColumns));
    q.addBindValue(uid.trimmed());
    if (!q.exec())
        return m_database.failure(q.lastError());
    if (!q.next())
        return std::optional<CatalogProperty>();
    return std::optional<CatalogProperty>(readProperty(q));
}

Result<std::optional<CatalogAgent>> CatalogStore::agentByEmail(const QString& email) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM catalog_agents WHERE email = ? COLLATE NOCASE ORDER BY id LIMIT 1")
                  .arg(kAgentColumns));
    q.addBindValue(email.trimmed());
    if (!q.exec())
        return m_database.failure(q.lastError());
    if (!q.next())
        return std::optional<CatalogAgent>();
    return std::optional<CatalogAgent>(readAgent(q));
}

Result<QList<CatalogAgent>> CatalogStore::listingAgents(const QString& uid) const
{
    const Result<std::optional<CatalogProperty>> listing = property(uid);
    if (!listing)
        return Failure {listing.error()};
    QList<CatalogAgent> found;
    if (!listing->has_value())
        return found;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM catalog_agents WHERE uid = ?").arg(kAgentColumns));
    for (const QString& agentUid : (*listing)->agentUids) {
        q.addBindValue(agentUid);
        if (!q.exec())
            return m_database.failure(q.lastError());
        if (q.next())
            found.append(readAgent(q));
        q.finish();
    }
    return found;
}

Status CatalogStore::setListingAgents(const QString& uid, const QStringList& agentUids)
{
    if (Status durable = m_database.setDurable(false); !durable)
        return durable;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE catalog_properties SET agent_uids = ? WHERE uid = ?"));
    q.addBindValue(agentUids.join(u' '));
    q.addBindValue(uid);
    if (!q.exec())
        return m_database.failure(q.lastError());
    return {};
}

// The rule both resolutions follow: `sql` (binding the text, the text, its folded form, the text,
// the text) finds the exact matches, best first; one `direct` match (a uid, a slug, an email)
// is the answer whatever else matches; else one exact name is; several give candidates, and none
// gives what a search for the text finds.
template<typename T, typename Read, typename Direct, typename Search>
Result<CatalogStore::Resolution<T>> resolveWith(
    const Database& database, const QString& sql, const QString& text, Read read, Direct direct, Search search)
{
    CatalogStore::Resolution<T> resolution;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return resolution;
    QSqlQuery q(database.connection());
    q.prepare(sql);
    const QString folded = CatalogText::folded(wanted);
    for (const QString& value : {wanted, wanted, folded, wanted, wanted})
        q.addBindValue(value);
    if (!q.exec())
        return database.failure(q.lastError());
    QList<T> exact;
    while (q.next())
        exact.append(read(q));
    if (exact.size() == 1 || (!exact.isEmpty() && direct(exact.first(), wanted))) {
        resolution.match = exact.first();
        return resolution;
    }
    if (!exact.isEmpty()) {
        resolution.candidates = exact;
        return resolution;
    }
    Result<QList<T>> found = search(wanted);
    if (!found)
        return Failure {found.error()};
    resolution.candidates = std::move(found).value();
    return resolution;
}

Result<CatalogStore::Resolution<CatalogProperty>> CatalogStore::resolveProperty(const QString& text) const
{
    return resolveWith<CatalogProperty>(
        m_database,
        QStringLiteral("SELECT %1 FROM catalog_properties WHERE uid = ? OR slug = ? OR folded_name = ?"
                       " ORDER BY uid = ? DESC, slug = ? DESC, id LIMIT 20")
            .arg(kPropertyColumns),
        text, [](const QSqlQuery& q) { return readProperty(q); },
        [](const CatalogProperty& p, const QString& wanted) { return p.uid == wanted || p.slug == wanted; },
        [this](const QString& wanted) { return properties(wanted, 10); });
}

Result<CatalogStore::Resolution<CatalogAgent>> CatalogStore::resolveAgent(const QString& text) const
{
    return resolveWith<CatalogAgent>(
        m_database,
        QStringLiteral("SELECT %1 FROM catalog_agents WHERE uid = ? OR email = ? COLLATE NOCASE OR folded_name = ?"
                       " ORDER BY uid = ? DESC, email = ? COLLATE NOCASE DESC, id LIMIT 20")
            .arg(kAgentColumns),
        text, readAgent,
        [](const CatalogAgent& a, const QString& wanted) {
            return a.uid == wanted || a.email.compare(wanted, Qt::CaseInsensitive) == 0;
        },
        [this](const QString& wanted) { return agents(wanted, 10); });
}

Result<QHash<QString, QString>> CatalogStore::propertyNames(const QStringList& uids) const
{
    QHash<QString, QString> names;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM catalog_properties WHERE uid = ?"));
    for (const QString& uid : uids) {
        if (uid.isEmpty() || names.contains(uid))
            continue;
        q.addBindValue(uid);
        if (!q.exec())
            return m_database.failure(q.lastError());
        if (q.next())
            names.insert(uid, q.value(0).toString());
        q.finish();
    }
    return names;
}

Result<QHash<QString, QString>> CatalogStore::agentNames(const QStringList& emails) const
{
    QHash<QString, QString> names;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT name FROM catalog_agents WHERE email = ? COLLATE NOCASE LIMIT 1"));
    for (const QString& email : emails) {
        const QString key = email.trimmed().toLower();
        if (key.isEmpty() || names.contains(key))
            continue;
        q.addBindValue(key);
        if (!q.exec())
            return m_database.failure(q.lastError());
        if (q.next())
            names.insert(key, q.value(0).toString());
        q.finish();
    }
    return names;
}
