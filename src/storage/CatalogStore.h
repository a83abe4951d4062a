#pragma once

#include "core/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The local copy of the company's listings and agents, in the history file (schema 6). A refresh
// replaces it whole in one transaction, so a refresh that fails or is cancelled leaves the
// previous copy as it was. Searching is by prefix of any word, accents and case aside.
class CatalogStore final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
    Q_DISABLE_COPY_MOVE(CatalogStore)

public:
    explicit CatalogStore(Database& database);

    // Everything fetched, written at once: listings and agents not in it are dropped, a listing's
    // agents already fetched from its detail view are kept unless `properties` brings new ones.
    Status replace(const QList<CatalogAgent>& agents, const QList<CatalogProperty>& properties, const QDateTime& at);
    // When the last complete refresh was written; invalid when never.
    [[nodiscard]] Result<QDateTime> refreshedAt() const;
    [[nodiscard]] Result<int> propertyCount() const;
    [[nodiscard]] Result<int> agentCount() const;

    // Listings whose name, sector, city or uid has a word starting with each word of `text`,
    // by name; all of them (up to `limit`) for an empty text.
    [[nodiscard]] Result<QList<CatalogProperty>> properties(const QString& text, int limit = 50) const;
    // Agents by name or email, the same way.
    [[nodiscard]] Result<QList<CatalogAgent>> agents(const QString& text, int limit = 50) const;
    [[nodiscard]] Result<std::optional<CatalogProperty>> property(const QString& uid) const;
    [[nodiscard]] Result<std::optional<CatalogAgent>> agentByEmail(const QString& email) const;
    // The agents of a listing's detail view, once fetched (see setListingAgents); empty else.
    [[nodiscard]] Result<QList<CatalogAgent>> listingAgents(const QString& uid) const;
    Status setListingAgents(const QString& uid, const QStringList& agentUids);

    // What a person or a script names: a uid, a slug or an exact name (accents and case aside) of a
    // listing; a uid, an email or an exact name of an agent. One match is the answer; `candidates`
    // are the several exact ones, or when there is none, what a search for the text finds.
    template<typename T>
    struct Resolution
    {
        std::optional<T> match;
        QList<T> candidates;
    };
    [[nodiscard]] Result<Resolution<CatalogProperty>> resolveProperty(const QString& text) const;
    [[nodiscard]] Result<Resolution<CatalogAgent>> resolveAgent(const QString& text) const;

    // Names to show beside what a lead sent: uid → listing name, email (lower case) → agent name.
    [[nodiscard]] Result<QHash<QString, QString>> propertyNames(const QStringList& uids) const;
    [[nodiscard]] Result<QHash<QString, QString>> agentNames(const QStringList& emails) const;

private:
    Database& m_database;
};
