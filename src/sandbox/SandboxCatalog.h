#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

// The sandbox's company: its listings and agents, served as AlterEstate's read APIs serve them
// (properties/filter paged, properties/view/<slug>/ with its agents, agents/). Built in: a
// Dominican sample of a few hundred listings in Piantini, Naco, Bella Vista, Punta Cana… and a
// dozen agents; or a JSON file of the same shape ({"properties": [detail…], "agents": […]}).
class SandboxCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCatalog)

public:
    SandboxCatalog(); // the built-in sample
    // A catalog file: {"properties": [objects shaped as the detail view], "agents": [...]}. At most
    // 16 MB; every property needs a uid and a slug.
    static Result<SandboxCatalog> fromJson(const QByteArray& json);

    static constexpr int kPageSize = 20;

    // GET properties/filter/ (search, listing_type, city, city_name, page), with `next` built on
    // `url` (the address the request came to).
    [[nodiscard]] QJsonObject filter(const QUrl& url) const;
    // GET properties/view/<slug>/: the detail with "agents", or an empty object when unknown.
    [[nodiscard]] QJsonObject detail(const QString& slug) const;
    // GET agents/
    [[nodiscard]] QJsonArray agents() const { return m_agents; }
    [[nodiscard]] int propertyCount() const { return static_cast<int>(m_properties.size()); }

private:
    QJsonArray m_properties; // each as the detail view shows it, agents included
    QJsonArray m_agents;
};
