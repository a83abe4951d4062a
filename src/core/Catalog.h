#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The company's listings and agents as AlterEstate's read APIs give them (properties/filter,
// properties/view, agents), kept in a local copy so that the form can pick them offline.
// ARCHITECTURE.md, "The catalog".

// A listing: what the form sends (`uid`) and what a person recognises it by.
struct CatalogProperty
{
    QString uid; // what a lead's property_uid expects
    QString slug; // the detail view's key
    QString name;
    QString sector;
    QString city;
    int listingType = 0; // 1 sale, 2 rent, 3 both, 0 not said
    double price = 0; // the sale price, else the rent price; 0 not said
    QString currency; // ISO code: USD, DOP…
    QString thumbnail; // the featured image's URL
    // From the detail view, fetched on demand: the listing's agents' uids. Empty: not known.
    QStringList agentUids;
    bool detailFetched = false; // agentUids is known (possibly none)

    bool operator==(const CatalogProperty& other) const;
};

// An agent: the form sends the email (a lead's `related`).
struct CatalogAgent
{
    QString uid;
    QString name;
    QString email;
    QString phone;

    bool operator==(const CatalogAgent& other) const;
};

// One page of properties/filter.
struct CatalogPage
{
    QList<CatalogProperty> properties;
    int count = -1; // the server's total, -1 when it does not say
    QUrl next; // empty on the last page
    int skipped = 0; // results without a uid (left out)
};

// The detail view: the listing and its agents.
struct CatalogDetail
{
    CatalogProperty property;
    QList<CatalogAgent> agents;
};

// Reading the read APIs' answers. Unknown fields are ignored, missing ones tolerated: a result
// without a uid is left out (it cannot be sent), anything else missing stays empty. Every text is
// cut to kMaxText code units and every list to kMaxItems entries, so a faulty or hostile server
// cannot fill the disk.
class CatalogParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogParser)

public:
    // No page of listings comes near this; a larger body is refused.
    static constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;
    static constexpr int kMaxText = 300;
    static constexpr int kMaxItems = 5000;

    static Result<CatalogPage> page(const QByteArray& body, const QUrl& pageUrl);
    static Result<QList<CatalogAgent>> agents(const QByteArray& body);
    static Result<CatalogDetail> detail(const QByteArray& body);
};

namespace CatalogText {
// "US$ 245,000", "RD$ 8,500,000", "€ 1,200": how a price is shown (in the current locale's digits).
QString price(double amount, const QString& currency);
// "Sale", "Rent", "Sale or rent", or empty.
QString listingType(int type);
// "Torre Naco 5 · Naco · US$ 245,000 · Sale": one line for a picker, a list, a tooltip.
QString propertyLine(const CatalogProperty& property);
// "María Gómez <maria.gomez@…>"
QString agentLine(const CatalogAgent& agent);
// Lower case, accents removed, spaces folded: how names are compared ("Núñez" == "nunez").
QString folded(const QString& text);
} // namespace CatalogText
