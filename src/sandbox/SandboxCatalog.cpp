#include "SandboxCatalog.h"

#include "core/Catalog.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace {
struct Sector
{
    const char* name;
    int id;
    const char* city;
    int cityId;
    const char* province;
    int count;
    int basePrice; // US$, for the first of a kind
    int step;
    std::initializer_list<int> kinds; // indexes into kKinds
};

struct Kind
{
    const char* prefix;
    int category; // AlterEstate's category id
    const char* categoryName;
    const char* categoryNameEn;
    int listingType; // 1 sale, 2 rent, 3 both
};

const Kind kKinds[] = {
    {"Torre", 1, "Apartamentos", "Apartments", 1},
    {"Residencial", 1, "Apartamentos", "Apartments", 3},
    {"Penthouse", 10, "Penthouse", "Penthouse", 1},
    {"Villa", 13, "Villas", "Villas", 1},
    {"Local comercial", 6, "Locales comerciales", "Business premises", 2},
    {"Solar", 4, "Solares", "Lots", 1},
    {"Casa", 2, "Casas", "Houses", 1},
};

// Kinds: 0 Torre, 1 Residencial, 2 Penthouse, 3 Villa, 4 Local comercial, 5 Solar, 6 Casa.
const Sector kSectors[] = {
    {"Piantini", 1101, "Santo Domingo D.N.", 156, "Distrito Nacional", 28, 290000, 12000, {0, 2, 4}},
    {"Naco", 1102, "Santo Domingo D.N.", 156, "Distrito Nacional", 21, 200000, 9000, {0, 1, 2}},
    {"Bella Vista", 1103, "Santo Domingo D.N.", 156, "Distrito Nacional", 24, 160000, 7000, {0, 1, 4}},
    {"Evaristo Morales", 1104, "Santo Domingo D.N.", 156, "Distrito Nacional", 18, 185000, 8000, {0, 1}},
    {"Serrallés", 1105, "Santo Domingo D.N.", 156, "Distrito Nacional", 15, 210000, 8500, {0, 2}},
    {"Los Cacicazgos", 1106, "Santo Domingo D.N.", 156, "Distrito Nacional", 14, 240000, 11000, {0, 6}},
    {"Arroyo Hondo", 1107, "Santo Domingo D.N.", 156, "Distrito Nacional", 16, 150000, 9000, {1, 6, 5}},
    {"Gazcue", 1108, "Santo Domingo D.N.", 156, "Distrito Nacional", 12, 120000, 5000, {1, 4}},
    {"Punta Cana", 2201, "Punta Cana", 170, "La Altagracia", 30, 180000, 15000, {3, 1, 5}},
    {"Bávaro", 2202, "Punta Cana", 170, "La Altagracia", 26, 130000, 9000, {1, 3}},
    {"Cap Cana", 2203, "Punta Cana", 170, "La Altagracia", 14, 450000, 40000, {3, 2}},
    {"Las Terrenas", 3301, "Las Terrenas", 181, "Samaná", 16, 160000, 12000, {3, 1}},
    {"Los Jardines Metropolitanos", 4401, "Santiago de los Caballeros", 162, "Santiago", 14, 140000, 7000, {0, 6}},
    {"Cerros de Gurabo", 4402, "Santiago de los Caballeros", 162, "Santiago", 12, 125000, 6500, {1, 6}},
    {"Juan Dolio", 5501, "Juan Dolio", 188, "San Pedro de Macorís", 14, 115000, 8000, {0, 1}},
    {"Cabarete", 6601, "Cabarete", 190, "Puerto Plata", 12, 135000, 9500, {3, 1}},
};

const char* const kAgentNames[]
    = {"María Gómez", "José Rodríguez", "Ana Martínez", "Luis Fernández", "Carmen Pérez", "Rafael Santana",
        "Yolanda Núñez", "Pedro Almonte", "Laura Castillo", "Miguel Reyes", "Sofía Jiménez", "Juan Batista"};

// Deterministic uids: the same sample every run, so tests and screenshots can name them.
QString uidFor(quint32 seed, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    quint32 x = seed * 2654435761u + 12345u;
    QString uid;
    for (int i = 0; i < length; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        uid.append(QLatin1Char(alphabet[x % 62]));
    }
    return uid;
}

QString slugOf(const QString& name)
{
    QString slug;
    for (const QChar c : CatalogText::folded(name)) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.endsWith(u'-'))
            slug.append(u'-');
    }
    return slug;
}

QJsonObject agentObject(int index)
{
    const QString name = QString::fromUtf8(kAgentNames[index]);
    const QString email = slugOf(name).replace(u'-', u'.') + QStringLiteral("@inmobiliaria-demo.do");
    return {{QStringLiteral("id"), 3100 + index}, {QStringLiteral("uid"), uidFor(9000 + index, 10)},
        {QStringLiteral("slug"), slugOf(name)}, {QStringLiteral("full_name"), name}, {QStringLiteral("email"), email},
        {QStringLiteral("phone"), QStringLiteral("+1 809 555 %1").arg(1200 + index * 7, 4, 10, QLatin1Char('0'))},
        {QStringLiteral("company"), 77}, {QStringLiteral("role"), QStringLiteral("agent")},
        {QStringLiteral("avatar"), QStringLiteral("https://cdn.inmobiliaria-demo.do/agents/%1.jpg").arg(index + 1)}};
}

QJsonArray listingTypes(int type)
{
    QJsonArray types;
    if (type & 1)
        types.append(QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("listing"), QStringLiteral("Venta")}});
    if (type & 2)
        types.append(QJsonObject {{QStringLiteral("id"), 2}, {QStringLiteral("listing"), QStringLiteral("Alquiler")}});
    return types;
}

bool matches(const QJsonObject& property, const QUrlQuery& query)
{
    if (const QString search = CatalogText::folded(query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded));
        !search.isEmpty()) {
        const QString text = CatalogText::folded(property.value(QLatin1String("name")).toString() + u' '
            + property.value(QLatin1String("sector")).toString() + u' '
            + property.value(QLatin1String("city")).toString());
        if (!text.contains(search))
            return false;
    }
    if (const QString type = query.queryItemValue(QStringLiteral("listing_type")); !type.isEmpty()) {
        bool found = false;
        for (const QJsonValue t : property.value(QLatin1String("listing_type")).toArray())
            found = found || QString::number(t.toObject().value(QLatin1String("id")).toInt()) == type;
        if (!found)
            return false;
    }
    if (const QString city = query.queryItemValue(QStringLiteral("city"));
        !city.isEmpty() && QString::number(property.value(QLatin1String("city_id")).toInt()) != city)
        return false;
    if (const QString cityName
        = CatalogText::folded(query.queryItemValue(QStringLiteral("city_name"), QUrl::FullyDecoded));
        !cityName.isEmpty()
        && !CatalogText::folded(property.value(QLatin1String("city")).toString()).contains(cityName))
        return false;
    return true;
}
} // namespace

SandboxCatalog::SandboxCatalog()
{
    constexpr int agentCount = static_cast<int>(std::size(kAgentNames));
    for (int i = 0; i < agentCount; ++i)
        m_agents.append(agentObject(i));
    int serial = 0;
    for (int s = 0; s < static_cast<int>(std::size(kSectors)); ++s) {
        const Sector& sector = kSectors[s];
        const QList<int> kinds(sector.kinds);
        QList<int> ofKind(static_cast<int>(std::size(kKinds)), 0);
        for (int i = 0; i < sector.count; ++i, ++serial) {
            const int kindIndex = kinds.at(i % kinds.size());
            const Kind& kind = kKinds[kindIndex];
            const int k = ++ofKind[kindIndex];
            const QString name
                = QStringLiteral("%1 %2 %3").arg(QLatin1String(kind.prefix), QString::fromUtf8(sector.name)).arg(k);
            const QString slug = slugOf(name) + u'-' + QString::number(serial + 1);
            const double sale = kind.listingType & 1 ? sector.basePrice + sector.step * k : 0;
            // Rents in pesos a month: a business premises, or a flat also for rent.
            const double rent = kind.listingType & 2 ? (kindIndex == 4 ? 95000 + 5000 * k : 60000 + 2500 * k) : 0;
            QJsonArray agents {m_agents.at((s * 7 + i) % agentCount)};
            if (i % 4 == 3)
                agents.append(m_agents.at((s * 7 + i + 5) % agentCount));
            if (name == u"Torre Naco 5") // the listing the guide and the tests name
                agents = QJsonArray {m_agents.at(0)};
            m_properties.append(QJsonObject {{QStringLiteral("cid"), 52000 + serial},
                {QStringLiteral("uid"), uidFor(static_cast<quint32>(serial), 10)}, {QStringLiteral("name"), name},
                {QStringLiteral("slug"), slug}, {QStringLiteral("sector"), QString::fromUtf8(sector.name)},
                {QStringLiteral("sector_id"), sector.id}, {QStringLiteral("city"), QString::fromUtf8(sector.city)},
                {QStringLiteral("city_id"), sector.cityId},
                {QStringLiteral("province"), QString::fromUtf8(sector.province)},
                {QStringLiteral("sale_price"), sale > 0 ? QJsonValue(sale) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("rent_price"), rent > 0 ? QJsonValue(rent) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("currency_sale"), QStringLiteral("USD")},
                {QStringLiteral("currency_rent"), QStringLiteral("DOP")}, {QStringLiteral("room"), 1 + i % 4},
                {QStringLiteral("bathroom"), 1 + i % 3}, {QStringLiteral("parkinglot"), 1 + i % 2},
                {QStringLiteral("property_area"), 80 + 15 * (i % 9)},
                {QStringLiteral("featured_image"),
                    QStringLiteral("https://cdn.inmobiliaria-demo.do/listings/%1.jpg").arg(slug)},
                {QStringLiteral("gallery_image"), QJsonArray()}, {QStringLiteral("amenities"), QJsonArray()},
                {QStringLiteral("listing_type"), listingTypes(kind.listingType)},
                {QStringLiteral("category"),
                    QJsonObject {{QStringLiteral("id"), kind.category},
                        {QStringLiteral("name"), QString::fromUtf8(kind.categoryName)},
                        {QStringLiteral("name_en"), QString::fromUtf8(kind.categoryNameEn)}}},
                {QStringLiteral("delivery_date"), QJsonValue::Null},
                {QStringLiteral("timestamp"),
                    QStringLiteral("2026-%1-15T10:00:00Z").arg(1 + serial % 11, 2, 10, QLatin1Char('0'))},
                {QStringLiteral("agents"), agents}});
        }
    }
}

Result<SandboxCatalog> SandboxCatalog::fromJson(const QByteArray& json)
{
    if (json.size() > 16 * 1024 * 1024)
        return Failure {tr("The catalog file is larger than 16 MB.")};
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure {
            tr("The catalog file is not JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset)};
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("properties")).isArray() || !root.value(QLatin1String("agents")).isArray())
        return Failure {tr("The catalog file needs a \"properties\" list and an \"agents\" list.")};
    SandboxCatalog catalog;
    catalog.m_properties = root.value(QLatin1String("properties")).toArray();
    catalog.m_agents = root.value(QLatin1String("agents")).toArray();
    for (qsizetype i = 0; i < catalog.m_properties.size(); ++i) {
        const QJsonObject p = catalog.m_properties.at(i).toObject();
        if (p.value(QLatin1String("uid")).toString().isEmpty() || p.value(QLatin1String("slug")).toString().isEmpty())
            return Failure {tr("Property %1 of the catalog file has no uid or no slug.").arg(i + 1)};
    }
    return catalog;
}

QJsonObject SandboxCatalog::filter(const QUrl& url) const
{
    const QUrlQuery query(url);
    QJsonArray found;
    for (const QJsonValue value : m_properties) {
        if (matches(value.toObject(), query))
            found.append(value);
    }
    const int pages = std::max<int>(1, static_cast<int>((found.size() + kPageSize - 1) / kPageSize));
    bool ok = false;
    int page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 1)
        page = 1;
    QJsonArray results;
    for (qsizetype i = static_cast<qsizetype>(page - 1) * kPageSize;
         i < std::min<qsizetype>(found.size(), qsizetype(page) * kPageSize); ++i) {
        QJsonObject listing = found.at(i).toObject();
        // The list shows less than the detail view: no agents, no gallery.
        listing.remove(QStringLiteral("agents"));
        listing.remove(QStringLiteral("gallery_image"));
        listing.remove(QStringLiteral("amenities"));
        results.append(listing);
    }
    const auto pageUrl = [&url](int number) {
        QUrl other = url;
        QUrlQuery q(url);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(number));
        other.setQuery(q);
        return QJsonValue(other.toString());
    };
    return {{QStringLiteral("count"), found.size()},
        {QStringLiteral("next"), page < pages ? pageUrl(page + 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("previous"), page > 1 ? pageUrl(page - 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("results"), results}};
}

QJsonObject SandboxCatalog::detail(const QString& slug) const
{
    for (const QJsonValue value : m_properties) {
        if (value.toObject().value(QLatin1String("slug")).toString() == slug)
            return value.toObject();
    }
    return {};
}
