// What AlterEstate's read APIs (or anything posing as them) answer: a page of listings, the agents,
// a listing's detail. Input: one byte choosing the parser, then the body.
#include "FuzzInput.h"
#include "core/Catalog.h"

#include <cmath>
#include <cstdlib>

namespace {
void check(const CatalogProperty& p)
{
    if (p.uid.isEmpty())
        std::abort(); // a listing that cannot be sent is never kept
    for (const QString* text : {&p.uid, &p.slug, &p.name, &p.sector, &p.city, &p.thumbnail}) {
        if (text->size() > CatalogParser::kMaxText)
            std::abort(); // every text is bounded
    }
    if (!std::isfinite(p.price) || p.price < 0 || p.listingType < 0 || p.listingType > 3)
        std::abort();
    (void)CatalogText::propertyLine(p);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzInput in(data, size);
    const QByteArray kind = in.take('\n');
    const QByteArray body = in.rest();
    if (kind == "agents") {
        const Result<QList<CatalogAgent>> agents = CatalogParser::agents(body);
        if (agents && agents->size() > CatalogParser::kMaxItems)
            std::abort();
        for (const CatalogAgent& a : agents.valueOr({})) {
            if ((a.uid.isEmpty() && a.email.isEmpty()) || a.name.size() > CatalogParser::kMaxText)
                std::abort();
            (void)CatalogText::agentLine(a);
        }
    } else if (kind == "detail") {
        const Result<CatalogDetail> detail = CatalogParser::detail(body);
        if (detail)
            check(detail->property);
    } else {
        const Result<CatalogPage> page = CatalogParser::page(
            body, QUrl(QStringLiteral("https://secure.alterestate.com/api/v1/properties/filter/")));
        if (page && page->properties.size() > CatalogParser::kMaxItems)
            std::abort();
        for (const CatalogProperty& p : page ? page->properties : QList<CatalogProperty>())
            check(p);
    }
    return 0;
}
