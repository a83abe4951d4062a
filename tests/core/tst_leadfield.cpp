#include "core/LeadField.h"

#include <QSet>
#include <QTest>

class TestLeadField : public QObject
{
    Q_OBJECT

private slots:
    void tableDescribesEveryApiField()
    {
        const QStringList expected {QStringLiteral("full_name"), QStringLiteral("phone"), QStringLiteral("email"),
            QStringLiteral("property_uid"), QStringLiteral("utm_source"), QStringLiteral("utm_campaign"),
            QStringLiteral("utm_content"), QStringLiteral("utm_medium"), QStringLiteral("utm_term"),
            QStringLiteral("adset_name"), QStringLiteral("campaign_name"), QStringLiteral("form_name"),
            QStringLiteral("platform"), QStringLiteral("round_robin"), QStringLiteral("listing_type"),
            QStringLiteral("related"), QStringLiteral("notes"), QStringLiteral("via")};
        QStringList names;
        for (const auto& info : LeadFields::all()) {
            QCOMPARE(LeadFields::info(info.field).field, info.field); // the table is in enum order
            names.append(LeadFields::apiName(info.field));
            QVERIFY(info.maxLength > 0);
            QVERIFY(!LeadFields::label(info.field).isEmpty());
        }
        QCOMPARE(names, expected);
    }

    void onlyNamePhoneEmailAreRequired()
    {
        for (const auto& info : LeadFields::all()) {
            const bool personal
                = info.field == LeadField::FullName || info.field == LeadField::Phone || info.field == LeadField::Email;
            QCOMPARE(info.required, personal);
        }
    }

    void cliOptionIsApiNameWithDashes()
    {
        QCOMPARE(LeadFields::cliOption(LeadField::UtmSource), QStringLiteral("utm-source"));
        QCOMPARE(LeadFields::cliOption(LeadField::FullName), QStringLiteral("full-name"));
        QCOMPARE(LeadFields::cliOption(LeadField::Via), QStringLiteral("via"));
    }

    void fromApiName()
    {
        QCOMPARE(LeadFields::fromApiName(u"round_robin"), std::optional<LeadField>(LeadField::RoundRobin));
        QVERIFY(!LeadFields::fromApiName(u"Round_Robin"));
        QVERIFY(!LeadFields::fromApiName(u"nope"));
    }

    void csvHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field"); // -1: not a field
        QTest::newRow("api name") << QStringLiteral("utm_campaign") << int(LeadField::UtmCampaign);
        QTest::newRow("upper, spaces") << QStringLiteral("  FULL NAME ") << int(LeadField::FullName);
        QTest::newRow("Nombre") << QStringLiteral("Nombre") << int(LeadField::FullName);
        QTest::newRow("Teléfono accented") << QStringLiteral("Teléfono") << int(LeadField::Phone);
        QTest::newRow("TELEFONO plain") << QStringLiteral("TELEFONO") << int(LeadField::Phone);
        QTest::newRow("Correo electrónico") << QStringLiteral("Correo electrónico") << int(LeadField::Email);
        QTest::newRow("E-mail") << QStringLiteral("E-mail") << int(LeadField::Email);
        QTest::newRow("Notas") << QStringLiteral("Notas") << int(LeadField::Notes);
        QTest::newRow("Campaña") << QStringLiteral("Campaña") << int(LeadField::CampaignName);
        QTest::newRow("unknown") << QStringLiteral("Favourite colour") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void csvHeaders()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        const auto found = LeadFields::fromCsvHeader(header);
        QCOMPARE(found ? int(*found) : -1, field);
    }

    void aliasesAreUnambiguous()
    {
        QSet<QString> seen;
        for (const auto& info : LeadFields::all()) {
            for (const QString& alias : LeadFields::csvAliases(info.field)) {
                const auto f = LeadFields::fromCsvHeader(alias);
                QVERIFY2(f && *f == info.field, qPrintable(alias));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLeadField)
#include "tst_leadfield.moc"
