#include "core/LeadJson.h"

#include <QJsonDocument>
#include <QTest>

class TestLeadJson : public QObject
{
    Q_OBJECT

private slots:
    void minimalBodyHasOnlyTheGivenFields()
    {
        Lead lead;
        lead.setValue(LeadField::FullName, QStringLiteral("John Doe"));
        lead.setValue(LeadField::Phone, QStringLiteral("809 555 0123"));
        lead.setValue(LeadField::Email, QStringLiteral("johndoe@email.com"));
        lead.setValue(LeadField::Notes, QStringLiteral("   ")); // blank: not sent
        const QByteArray body = LeadJson::requestBody(lead, PhoneFormat::E164, QStringLiteral("DO"));
        QCOMPARE(body,
            QByteArrayLiteral(
                "{\"email\":\"johndoe@email.com\",\"full_name\":\"John Doe\",\"phone\":\"+18095550123\"}"));
    }

    void phoneAsTyped()
    {
        Lead lead;
        lead.setValue(LeadField::Phone, QStringLiteral(" (809) 555-0123 "));
        const QJsonObject o = LeadJson::toObject(lead, PhoneFormat::AsTyped, QStringLiteral("DO"));
        QCOMPARE(o.value(QLatin1String("phone")).toString(), QStringLiteral("(809) 555-0123"));
    }

    void unparseablePhoneIsSentAsTyped()
    {
        Lead lead;
        lead.setValue(LeadField::Phone, QStringLiteral("12"));
        QCOMPARE(
            LeadJson::toObject(lead, PhoneFormat::E164, QStringLiteral("DO")).value(QLatin1String("phone")).toString(),
            QStringLiteral("12"));
    }

    void everyFieldMapsToItsApiName()
    {
        Lead lead;
        for (const auto& info : LeadFields::all())
            lead.setValue(info.field, QStringLiteral("value of ") + QLatin1String(info.apiName));
        const QJsonObject o = LeadJson::toObject(lead, PhoneFormat::AsTyped, QStringLiteral("DO"));
        QCOMPARE(o.size(), LeadFieldCount);
        for (const auto& info : LeadFields::all())
            QCOMPARE(o.value(QLatin1String(info.apiName)).toString(),
                QString(QStringLiteral("value of ") + QLatin1String(info.apiName)));
        QCOMPARE(LeadJson::fromObject(o), lead);
    }

    void accentsAndEmojiAreSentAsUtf8Exactly()
    {
        Lead lead;
        const QString name = QStringLiteral("María José Núñez 🏠👍🏽");
        const QString notes = QStringLiteral("Quiere apartamento en Piantini\n\"urgente\" \\ ¿hoy?");
        lead.setValue(LeadField::FullName, name);
        lead.setValue(LeadField::Notes, notes);
        const QByteArray body = LeadJson::requestBody(lead, PhoneFormat::E164, QStringLiteral("DO"));
        QVERIFY(body.contains(name.toUtf8())); // raw UTF-8, not \u escapes
        const QJsonObject back = QJsonDocument::fromJson(body).object();
        QCOMPARE(back.value(QLatin1String("full_name")).toString(), name);
        QCOMPARE(back.value(QLatin1String("notes")).toString(), notes);
        // Decomposed accents stay decomposed: the text is never normalised behind the user's back.
        const QString decomposed = QStringLiteral("Jose\u0301");
        lead.setValue(LeadField::FullName, decomposed);
        QCOMPARE(QJsonDocument::fromJson(LeadJson::requestBody(lead, PhoneFormat::E164, QStringLiteral("DO")))
                     .object()
                     .value(QLatin1String("full_name"))
                     .toString(),
            decomposed);
    }

    void fromObjectReadsNumbersAsText()
    {
        const QJsonObject o {{QStringLiteral("via"), 104}, {QStringLiteral("phone"), QStringLiteral("+18095550123")},
            {QStringLiteral("unknown"), QStringLiteral("ignored")}};
        const Lead lead = LeadJson::fromObject(o);
        QCOMPARE(lead.value(LeadField::Via), QStringLiteral("104"));
        QCOMPARE(lead.phone(), QStringLiteral("+18095550123"));
    }
};

QTEST_GUILESS_MAIN(TestLeadJson)
#include "tst_leadjson.moc"
