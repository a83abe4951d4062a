#include "core/Catalog.h"
#include "core/ResponseParser.h"

#include <QLocale>
#include <QTest>

namespace {
// JSON written with single quotes, readable in a test (no name here has an apostrophe).
QByteArray js(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestCatalogParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pageFollowsNextAndIgnoresUnknownFields()
    {
        const QByteArray body
            = js("{'count': 3, 'next': '/api/v1/properties/filter/?page=2', 'previous': null,"
                 "'whatever': {'new': true},"
                 "'results': ["
                 "{'uid': 'U1', 'slug': 'torre-naco-5', 'name': 'Torre Naco 5', 'sector': 'Naco',"
                 "'city': 'Santo Domingo D.N.', 'sale_price': 245000, 'currency_sale': 'USD',"
                 "'listing_type': [{'id': 1, 'listing': 'Venta'}], 'featured_image': 'https://x/1.jpg',"
                 "'brand_new_field': [1, 2, 3]},"
                 "{'uid': 77, 'name': 'Local Gazcue', 'rent_price': '95,000', 'currency_rent': 'dop'},"
                 "{'slug': 'no-uid', 'name': 'Left out'}"
                 "]}");
        const Result<CatalogPage> page = CatalogParser::page(
            body, QUrl(QStringLiteral("https://secure.alterestate.com/api/v1/properties/filter/")));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->count, 3);
        QCOMPARE(
            page->next.toString(), QStringLiteral("https://secure.alterestate.com/api/v1/properties/filter/?page=2"));
        QCOMPARE(page->properties.size(), 2);
        QCOMPARE(page->skipped, 1);
        const CatalogProperty& first = page->properties.at(0);
        QCOMPARE(first.uid, QStringLiteral("U1"));
        QCOMPARE(first.sector, QStringLiteral("Naco"));
        QCOMPARE(first.price, 245000.0);
        QCOMPARE(first.currency, QStringLiteral("USD"));
        QCOMPARE(first.listingType, 1);
        QCOMPARE(first.thumbnail, QStringLiteral("https://x/1.jpg"));
        QCOMPARE(CatalogText::propertyLine(first), QStringLiteral("Torre Naco 5 · Naco · US$\u00a0245,000 · Sale"));
        // Missing fields are tolerated; numbers as text and lower-case currencies read.
        const CatalogProperty& second = page->properties.at(1);
        QCOMPARE(second.uid, QStringLiteral("77"));
        QCOMPARE(second.price, 95000.0);
        QCOMPARE(second.currency, QStringLiteral("DOP"));
        QCOMPARE(second.listingType, 2);
        QVERIFY(second.sector.isEmpty() && second.slug.isEmpty());
        QCOMPARE(CatalogText::propertyLine(second), QStringLiteral("Local Gazcue · RD$\u00a095,000 · Rent"));
    }

    void lastPageHasNoNext()
    {
        const Result<CatalogPage> page = CatalogParser::page(js("{'count': 0, 'next': null, 'results': []}"), QUrl());
        QVERIFY(page.ok());
        QVERIFY(page->next.isEmpty());
        QVERIFY(page->properties.isEmpty());
    }

    void notAPageIsSaid()
    {
        QVERIFY(!CatalogParser::page("<html>Bad gateway</html>", QUrl()).ok());
        QVERIFY(!CatalogParser::page(js("{'detail': 'x'}"), QUrl()).ok());
        QVERIFY(!CatalogParser::agents(js("{'detail': 'x'}")).ok());
        QVERIFY(!CatalogParser::detail("[]").ok());
        // An error answer's message is read as the leads' are (ResponseParser::errorText).
        QCOMPARE(ResponseParser::errorText({}, js("{'detail': 'Invalid token.'}")), QStringLiteral("Invalid token."));
    }

    void oversizedBodiesAndTextsAreBounded()
    {
        QByteArray huge(CatalogParser::kMaxBodyBytes + 1, ' ');
        QVERIFY(!CatalogParser::page(huge, QUrl()).ok());
        const QByteArray longName = "{\"results\": [{\"uid\": \"A\", \"name\": \"" + QByteArray(5000, 'x') + "\"}]}";
        const Result<CatalogPage> page = CatalogParser::page(longName, QUrl());
        QVERIFY(page.ok());
        QCOMPARE(page->properties.first().name.size(), CatalogParser::kMaxText);
    }

    void agentsTakeAnyNameShape()
    {
        const Result<QList<CatalogAgent>> agents = CatalogParser::agents(
            js("["
               "{'id': 1, 'uid': 'A1', 'full_name': 'María Gómez', 'email': 'maria@x.do', 'phone': '+1 809 555 1200'},"
               "{'id': 2, 'uid': 'A2', 'first_name': 'José', 'last_name': 'Pérez', 'email': 'jose@x.do'},"
               "{'id': 3, 'name': 'Sin uid', 'email': 'sinuid@x.do'},"
               "{'id': 4, 'name': 'Nothing to send'},"
               "'not an object']"));
        QVERIFY2(agents.ok(), qPrintable(agents.error()));
        QCOMPARE(agents->size(), 3);
        QCOMPARE(agents->at(0).name, QStringLiteral("María Gómez"));
        QCOMPARE(agents->at(1).name, QStringLiteral("José Pérez"));
        QCOMPARE(agents->at(2).email, QStringLiteral("sinuid@x.do"));
        QCOMPARE(CatalogText::agentLine(agents->at(0)), QStringLiteral("María Gómez <maria@x.do>"));
    }

    void detailCarriesItsAgents()
    {
        const Result<CatalogDetail> detail = CatalogParser::detail(
            js("{'uid': 'U1', 'slug': 's', 'name': 'Torre',"
               "'agents': [{'id': 9, 'uid': 'A1', 'slug': 'maria', 'company': 7, 'role': 'agent', 'avatar': null}]}"));
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->property.agentUids, QStringList {QStringLiteral("A1")});
        QVERIFY(detail->property.detailFetched);
    }

    void foldingIgnoresAccentsAndCase()
    {
        QCOMPARE(CatalogText::folded(QStringLiteral("  María   GÓMEZ ")), QStringLiteral("maria gomez"));
        QCOMPARE(CatalogText::folded(QStringLiteral("Bávaro")), CatalogText::folded(QStringLiteral("bavaro")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogParser)
#include "tst_catalogparser.moc"
