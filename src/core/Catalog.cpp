#include "Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

bool CatalogProperty::operator==(const CatalogProperty& o) const
{
    return uid == o.uid && slug == o.slug && name == o.name && sector == o.sector && city == o.city
        && listingType == o.listingType && price == o.price && currency == o.currency && thumbnail == o.thumbnail
        && agentUids == o.agentUids && detailFetched == o.detailFetched;
}

bool CatalogAgent::operator==(const CatalogAgent& o) const
{
    return uid == o.uid && name == o.name && email == o.email && phone == o.phone;
}

namespace {
QString cut(QString text)
{
    text = text.simplified();
    if (text.size() > CatalogParser::kMaxText)
        text.truncate(CatalogParser::kMaxText);
    return text;
}

// A text the server may send as a string, a number, or an object with a name ({"name": "Naco"}).
QString textOf(const QJsonValue& value)
{
    if (value.isString())
        return cut(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char* key : {"name", "listing", "title"}) {
            if (o.value(QLatin1String(key)).isString())
                return cut(o.value(QLatin1String(key)).toString());
        }
    }
    return {};
}

QString firstText(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        if (QString text = textOf(o.value(QLatin1String(key))); !text.isEmpty())
            return text;
    }
    return {};
}

double amountOf(const QJsonValue& value)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        QString text = value.toString();
        text.remove(u',');
        bool ok = false;
        d = text.trimmed().toDouble(&ok);
        if (!ok)
            d = 0;
    }
    return std::isfinite(d) && d > 0 && d < 1e13 ? d : 0;
}

// 1 sale, 2 rent: from a number, "1", "Venta"/"Alquiler", or a list of {"id": 1, "listing": "Venta"}.
int typeOf(const QJsonValue& value)
{
    if (value.isArray()) {
        int type = 0;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < std::min<qsizetype>(list.size(), 8); ++i)
            type |= typeOf(list.at(i).isObject() ? list.at(i).toObject().value(QLatin1String("id")) : list.at(i));
        return type & 3;
    }
    if (value.isObject())
        return typeOf(value.toObject().value(QLatin1String("id")));
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == 1 ? 1 : d == 2 ? 2 : 0;
    }
    if (value.isString()) {
        const QString t = CatalogText::folded(value.toString());
        if (t == u"1" || t == u"venta" || t == u"sale")
            return 1;
        if (t == u"2" || t == u"alquiler" || t == u"renta" || t == u"rent")
            return 2;
    }
    return 0;
}

CatalogProperty propertyOf(const QJsonObject& o)
{
    CatalogProperty p;
    p.uid = textOf(o.value(QLatin1String("uid")));
    p.slug = textOf(o.value(QLatin1String("slug")));
    p.name = firstText(o, {"name", "title"});
    p.sector = firstText(o, {"sector", "sector_name"});
    p.city = firstText(o, {"city", "city_name"});
    p.listingType = typeOf(o.value(QLatin1String("listing_type")));
    p.thumbnail = firstText(o, {"featured_image", "thumbnail"});
    const double sale = amountOf(o.value(QLatin1String("sale_price")));
    const double rent = amountOf(o.value(QLatin1String("rent_price")));
    if (sale > 0) {
        p.price = sale;
        p.currency = firstText(o, {"currency_sale", "currency"});
    } else if (rent > 0) {
        p.price = rent;
        p.currency = firstText(o, {"currency_rent", "currency"});
    }
    p.currency = p.currency.toUpper().left(8);
    if (p.listingType == 0)
        p.listingType = (sale > 0 ? 1 : 0) | (rent > 0 ? 2 : 0);
    return p;
}

CatalogAgent agentOf(const QJsonObject& o)
{
    CatalogAgent a;
    a.uid = textOf(o.value(QLatin1String("uid")));
    a.name = firstText(o, {"full_name", "name"});
    if (a.name.isEmpty())
        a.name = cut(textOf(o.value(QLatin1String("first_name"))) + u' ' + textOf(o.value(QLatin1String("last_name"))));
    a.email = firstText(o, {"email"});
    a.phone = firstText(o, {"phone", "phone_number", "mobile"});
    return a;
}

Result<QJsonDocument> document(const QByteArray& body)
{
    if (body.size() > CatalogParser::kMaxBodyBytes)
        return Failure {CatalogParser::tr("The server's answer was larger than %1 MB; LeadEntry stopped reading it.")
                            .arg(CatalogParser::kMaxBodyBytes / (1024 * 1024))};
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure {CatalogParser::tr("The server's answer could not be read (%1).").arg(error.errorString())};
    return doc;
}

QList<CatalogAgent> agentList(const QJsonArray& array)
{
    QList<CatalogAgent> agents;
    for (qsizetype i = 0; i < std::min<qsizetype>(array.size(), CatalogParser::kMaxItems); ++i) {
        if (!array.at(i).isObject())
            continue;
        CatalogAgent agent = agentOf(array.at(i).toObject());
        if (!agent.uid.isEmpty() || !agent.email.isEmpty())
            agents.append(std::move(agent));
    }
    return agents;
}
} // namespace

Result<CatalogPage> CatalogParser::page(const QByteArray& body, const QUrl& pageUrl)
{
    Result<QJsonDocument> doc = document(body);
    if (!doc)
        return Failure {doc.error()};
    QJsonArray results;
    CatalogPage page;
    if (doc->isArray()) { // not paged: all of it
        results = doc->array();
    } else if (doc->isObject() && doc->object().value(QLatin1String("results")).isArray()) {
        const QJsonObject o = doc->object();
        results = o.value(QLatin1String("results")).toArray();
        if (o.value(QLatin1String("count")).isDouble())
            page.count = static_cast<int>(std::clamp(o.value(QLatin1String("count")).toDouble(), 0.0, 1e9));
        if (const QString next = o.value(QLatin1String("next")).toString(); !next.isEmpty())
            page.next = pageUrl.resolved(QUrl(next));
    } else {
        return Failure {tr("The server's answer is not a list of properties.")};
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(results.size(), kMaxItems); ++i) {
        CatalogProperty property = results.at(i).isObject() ? propertyOf(results.at(i).toObject()) : CatalogProperty {};
        if (property.uid.isEmpty())
            ++page.skipped;
        else
            page.properties.append(std::move(property));
    }
    return page;
}

Result<QList<CatalogAgent>> CatalogParser::agents(const QByteArray& body)
{
    Result<QJsonDocument> doc = document(body);
    if (!doc)
        return Failure {doc.error()};
    if (doc->isArray())
        return agentList(doc->array());
    if (doc->isObject() && doc->object().value(QLatin1String("results")).isArray())
        return agentList(doc->object().value(QLatin1String("results")).toArray());
    return Failure {tr("The server's answer is not a list of agents.")};
}

Result<CatalogDetail> CatalogParser::detail(const QByteArray& body)
{
    Result<QJsonDocument> doc = document(body);
    if (!doc)
        return Failure {doc.error()};
    if (!doc->isObject())
        return Failure {tr("The server's answer is not a property.")};
    const QJsonObject o = doc->object();
    CatalogDetail detail;
    detail.property = propertyOf(o);
    if (detail.property.uid.isEmpty())
        return Failure {tr("The server's answer is not a property.")};
    detail.agents = agentList(o.value(QLatin1String("agents")).toArray());
    detail.property.detailFetched = true;
    for (const CatalogAgent& agent : std::as_const(detail.agents)) {
        if (!agent.uid.isEmpty())
            detail.property.agentUids.append(agent.uid);
    }
    return detail;
}

QString CatalogText::price(double amount, const QString& currency)
{
    if (amount <= 0)
        return {};
    const QString number = QLocale().toString(amount, 'f', amount == std::floor(amount) ? 0 : 2);
    QString symbol;
    if (currency == u"USD")
        symbol = QStringLiteral("US$");
    else if (currency == u"DOP")
        symbol = QStringLiteral("RD$");
    else if (currency == u"EUR")
        symbol = QStringLiteral("€");
    else
        symbol = currency;
    return symbol.isEmpty() ? number : symbol + QChar(0x00A0) + number;
}

QString CatalogText::listingType(int type)
{
    switch (type) {
    case 1:
        return QCoreApplication::translate("CatalogText", "Sale");
    case 2:
        return QCoreApplication::translate("CatalogText", "Rent");
    case 3:
        return QCoreApplication::translate("CatalogText", "Sale or rent");
    default:
        return {};
    }
}

QString CatalogText::propertyLine(const CatalogProperty& p)
{
    QStringList parts;
    parts << (p.name.isEmpty() ? p.uid : p.name);
    if (!p.sector.isEmpty())
        parts << p.sector;
    else if (!p.city.isEmpty())
        parts << p.city;
    if (const QString money = price(p.price, p.currency); !money.isEmpty())
        parts << money;
    if (const QString type = listingType(p.listingType); !type.isEmpty())
        parts << type;
    return parts.join(QStringLiteral(" · "));
}

QString CatalogText::agentLine(const CatalogAgent& agent)
{
    if (agent.name.isEmpty())
        return agent.email;
    if (agent.email.isEmpty())
        return agent.name;
    return QStringLiteral("%1 <%2>").arg(agent.name, agent.email);
}

QString CatalogText::folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded().simplified();
}
