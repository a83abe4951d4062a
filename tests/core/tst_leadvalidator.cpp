#include "core/LeadValidator.h"
#include "core/PhoneNumbers.h"

#include <QFile>
#include <QTest>

namespace {
Lead makeLead(const QString& name, const QString& phone, const QString& email)
{
    Lead lead;
    lead.setValue(LeadField::FullName, name);
    lead.setValue(LeadField::Phone, phone);
    lead.setValue(LeadField::Email, email);
    return lead;
}

Lead validLead()
{
    return makeLead(QStringLiteral("Ana Pérez"), QStringLiteral("809 555 0123"), QStringLiteral("ana@example.com"));
}

QString severities(const QList<FieldIssue>& issues)
{
    QStringList s;
    for (const auto& i : issues)
        s.append(i.severity == FieldIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
    return s.join(u',');
}
} // namespace

class TestLeadValidator : public QObject
{
    Q_OBJECT

private slots:
    // Programs start without libphonenumber (and protobuf, abseil): the phone-number module is
    // loaded at the first phone check. A fifth of a bare window's start-up was the loader's work
    // for them (issue 14).
    void initTestCase()
    {
#ifdef Q_OS_LINUX
        const auto loaded = [](const char* name) {
            QFile maps(QStringLiteral("/proc/self/maps"));
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
        };
        QVERIFY(!loaded("libphonenumber"));
        QVERIFY(!loaded("leadentry-phone"));
        QCOMPARE(PhoneNumbers::check(QStringLiteral("809 555 0123"), QStringLiteral("DO")).status,
            PhoneNumbers::Status::Valid);
        QVERIFY(loaded("leadentry-phone"));
        QVERIFY(loaded("libphonenumber"));
        QCOMPARE(PhoneNumbers::moduleProblem(), QString());
#endif
        // The regions kept in core (so that settings are checked without the module) are
        // libphonenumber's own: a newer library with other regions fails here.
        QCOMPARE(PhoneNumbers::supportedRegions(), PhoneNumbers::libraryRegions());
    }

    // The phone field's formatting as the digits arrive, on every platform (defect: on Windows
    // the first digit typed crashed the app — libphonenumber's headers saw another lock type than
    // the library was built with).
    void phonesAreFormattedAsTheyAreTyped()
    {
        QCOMPARE(PhoneNumbers::formatAsYouType(QStringLiteral("8"), QStringLiteral("DO")), QStringLiteral("8"));
        QCOMPARE(PhoneNumbers::formatAsYouType(QStringLiteral("8095550123"), QStringLiteral("DO")),
            QStringLiteral("(809) 555-0123"));
        QCOMPARE(PhoneNumbers::formatAsYouType(QStringLiteral("+18095550123"), QStringLiteral("DO")),
            QStringLiteral("+1 809-555-0123"));
        QCOMPARE(PhoneNumbers::formatAsYouType(QStringLiteral("612345678"), QStringLiteral("es")),
            QStringLiteral("612 34 56 78"));
        QCOMPARE(PhoneNumbers::formatAsYouType(QStringLiteral("809-555-ABCD"), QStringLiteral("DO")),
            QStringLiteral("809-555-ABCD")); // letters: left as typed
        for (int i = 0; i < 200; ++i) // many formatters made and freed
            QVERIFY(!PhoneNumbers::formatAsYouType(QString::number(8095550000LL + i), QStringLiteral("DO")).isEmpty());
    }

    void validLeadHasNoIssues()
    {
        const ValidationResult r = LeadValidator().validate(validLead());
        QVERIFY(r.issues.isEmpty());
        QVERIFY(r.isAcceptable(false));
        QCOMPARE(r.phoneE164, QStringLiteral("+18095550123"));
        QCOMPARE(r.phoneRegion, QStringLiteral("DO"));
    }

    void requiredFields()
    {
        const ValidationResult r = LeadValidator().validate(makeLead(QStringLiteral("  "), {}, QStringLiteral("\t")));
        QCOMPARE(r.issues.size(), 3);
        for (const LeadField f : {LeadField::FullName, LeadField::Phone, LeadField::Email}) {
            QCOMPARE(r.issuesFor(f).size(), 1);
            QCOMPARE(r.issuesFor(f).first().severity, FieldIssue::Severity::Error);
        }
        QVERIFY(!r.isAcceptable(true));
    }

    void phones_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("expected"); // "" valid, "error", "warning"
        QTest::addColumn<QString>("e164");
        QTest::newRow("809 spaced") << "DO"
                                    << "809 555 0123"
                                    << ""
                                    << "+18095550123";
        QTest::newRow("829 dashed") << "DO"
                                    << "829-555-0199"
                                    << ""
                                    << "+18295550199";
        QTest::newRow("849 parentheses") << "DO"
                                         << "(849) 555 0150"
                                         << ""
                                         << "+18495550150";
        QTest::newRow("DO international") << "DO"
                                          << "+1 809 555 0123"
                                          << ""
                                          << "+18095550123";
        QTest::newRow("docs example unverified") << "DO"
                                                 << "8091234567"
                                                 << "warning"
                                                 << "+18091234567";
        QTest::newRow("US number from DO default") << "DO"
                                                   << "+1 212 555 0147"
                                                   << ""
                                                   << "+12125550147";
        QTest::newRow("US number, US region") << "US"
                                              << "(650) 253-0000"
                                              << ""
                                              << "+16502530000";
        QTest::newRow("Spanish mobile") << "DO"
                                        << "+34 612 345 678"
                                        << ""
                                        << "+34612345678";
        QTest::newRow("7 digits") << "DO"
                                  << "555 0123"
                                  << "error"
                                  << "";
        QTest::newRow("letters") << "DO"
                                 << "809-FLOWERS"
                                 << "error"
                                 << "";
        QTest::newRow("words") << "DO"
                               << "call me"
                               << "error"
                               << "";
        QTest::newRow("too many digits") << "DO"
                                         << "809 555 0123 4567 89"
                                         << "error"
                                         << "";
        QTest::newRow("unknown country code") << "DO"
                                              << "+999 555 0123"
                                              << "error"
                                              << "";
    }
    void phones()
    {
        QFETCH(QString, region);
        QFETCH(QString, phone);
        QFETCH(QString, expected);
        QFETCH(QString, e164);
        Lead lead = validLead();
        lead.setValue(LeadField::Phone, phone);
        const ValidationResult r = LeadValidator(region).validate(lead);
        QCOMPARE(severities(r.issuesFor(LeadField::Phone)), expected);
        if (!e164.isEmpty())
            QCOMPARE(r.phoneE164, e164);
        if (expected == QLatin1String("warning")) {
            QVERIFY(!r.isAcceptable(false)); // the user must accept it explicitly
            QVERIFY(r.isAcceptable(true));
            QVERIFY(r.issuesFor(LeadField::Phone).first().message.contains(e164));
        }
    }

    // The region each number belongs to, as the form shows it ("Dominican Republic"), looked up
    // once with the default region tried first: the same answers as libphonenumber's own lookup.
    void phoneRegions_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<PhoneNumbers::Status>("status");
        using S = PhoneNumbers::Status;
        QTest::newRow("809 from DO") << "DO"
                                     << "809 555 0123"
                                     << "DO" << S::Valid;
        QTest::newRow("849 from US") << "US"
                                     << "+1 849 555 0150"
                                     << "DO" << S::Valid;
        QTest::newRow("US from DO") << "DO"
                                    << "+1 212 555 0147"
                                    << "US" << S::Valid;
        QTest::newRow("Canada from DO") << "DO"
                                        << "+1 416 555 0199"
                                        << "CA" << S::Valid;
        QTest::newRow("Jamaica from DO") << "DO"
                                         << "+1 876 555 0100"
                                         << "JM" << S::Valid;
        QTest::newRow("US from US") << "US"
                                    << "(650) 253-0000"
                                    << "US" << S::Valid;
        QTest::newRow("Spain from DO") << "DO"
                                       << "+34 612 345 678"
                                       << "ES" << S::Valid;
        QTest::newRow("Spain from ES") << "ES"
                                       << "612 345 678"
                                       << "ES" << S::Valid;
        QTest::newRow("unverified 809") << "DO"
                                        << "8091234567"
                                        << "DO" << S::Unverified;
        QTest::newRow("unassigned +1 area") << "DO"
                                            << "+1 999 555 0123"
                                            << "" << S::Unverified;
        QTest::newRow("too short") << "DO"
                                   << "555 0123"
                                   << "" << S::Impossible;
        QTest::newRow("Guernsey from GB") << "GB"
                                          << "+44 1481 256789"
                                          << "GG" << S::Valid;
    }
    void phoneRegions()
    {
        QFETCH(QString, region);
        QFETCH(QString, phone);
        QFETCH(QString, expected);
        QFETCH(PhoneNumbers::Status, status);
        const PhoneNumbers::Check check = PhoneNumbers::check(phone, region);
        QCOMPARE(check.region, expected);
        QCOMPARE(check.status, status);
    }

    // North American numbers in their usual shapes are read without libphonenumber's parser
    // (PhoneModule.cpp, readNorthAmerican): they must come out as the parser makes them. The same
    // text with a ';' after it (which the parser drops, and which the shortcut does not take) is
    // read by the parser.
    void phonesReadWithoutTheParserAsTheParserReadsThem()
    {
        const QStringList regions {QStringLiteral("DO"), QStringLiteral("US"), QStringLiteral("CA"),
            QStringLiteral("JM"), QStringLiteral("PR"), QStringLiteral("AG"), QStringLiteral("ES"),
            QStringLiteral("MX")};
        const QStringList prefixes {QString(), QStringLiteral("+"), QStringLiteral("1"), QStringLiteral("+1"),
            QStringLiteral("1 "), QStringLiteral("+1 "), QStringLiteral("1-"), QStringLiteral("0"),
            QStringLiteral("11"), QStringLiteral("+11"), QStringLiteral("-"), QStringLiteral("(")};
        const QStringList areas {QStringLiteral("809"), QStringLiteral("829"), QStringLiteral("849"),
            QStringLiteral("212"), QStringLiteral("416"), QStringLiteral("876"), QStringLiteral("268"),
            QStringLiteral("555"), QStringLiteral("999"), QStringLiteral("100"), QStringLiteral("011"),
            QStringLiteral("900"), QStringLiteral("000")};
        const QStringList rests {QStringLiteral("555 0123"), QStringLiteral("200-0001"), QStringLiteral("1234567"),
            QStringLiteral("555012"), QStringLiteral("55501234"), QStringLiteral(".555.0123"),
            QStringLiteral(")555 0123")};
        int quick = 0;
        for (const QString& region : regions) {
            for (const QString& prefix : prefixes) {
                for (const QString& area : areas) {
                    for (const QString& rest : rests) {
                        for (const bool brackets : {false, true}) {
                            const QString text = prefix + (brackets ? u'(' + area + QStringLiteral(") ") : area) + rest;
                            const PhoneNumbers::Check read = PhoneNumbers::check(text, region);
                            const PhoneNumbers::Check parsed = PhoneNumbers::check(text + u';', region);
                            const QString what = region + QStringLiteral(" \"") + text + QStringLiteral("\": ")
                                + read.e164 + u' ' + read.region + u' ' + QString::number(int(read.status))
                                + QStringLiteral(" against ") + parsed.e164 + u' ' + parsed.region + u' '
                                + QString::number(int(parsed.status));
                            QVERIFY2(read.status == parsed.status && read.e164 == parsed.e164
                                    && read.region == parsed.region,
                                qPrintable(what));
                            quick += read.status == PhoneNumbers::Status::Valid ? 1 : 0;
                        }
                    }
                }
            }
        }
        QVERIFY(quick > 100); // the comparison saw valid numbers, not only refusals
    }

    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "ana@example.com" << true;
        QTest::newRow("plus and dots") << "ana.perez+expo@mail.example.com.do" << true;
        QTest::newRow("accented domain") << "ana@correo-ñandú.do" << true;
        QTest::newRow("upper case") << "ANA@EXAMPLE.COM" << true;
        QTest::newRow("no at") << "ana.example.com" << false;
        QTest::newRow("no domain dot") << "ana@localhost" << false;
        QTest::newRow("two ats") << "ana@@example.com" << false;
        QTest::newRow("space inside") << "ana perez@example.com" << false;
        QTest::newRow("trailing dot") << "ana@example.com." << false;
        QTest::newRow("double dot local") << "ana..p@example.com" << false;
        QTest::newRow("empty local") << "@example.com" << false;
        QTest::newRow("comma typo") << "ana@example,com" << false;
        QTest::newRow("one-letter tld") << "ana@example.c" << false;
    }
    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        Lead lead = validLead();
        lead.setValue(LeadField::Email, email);
        QCOMPARE(LeadValidator().validate(lead).issuesFor(LeadField::Email).isEmpty(), valid);
        // related is an agent's email and is checked the same way
        lead = validLead();
        lead.setValue(LeadField::Related, email);
        QCOMPARE(LeadValidator().validate(lead).issuesFor(LeadField::Related).isEmpty(), valid);
    }

    void trimmingKeepsInnerText()
    {
        Lead lead = validLead();
        lead.setValue(LeadField::FullName, QStringLiteral("  José  Núñez 🏠 \n"));
        lead.setValue(LeadField::Email, QStringLiteral(" ana@example.com\t"));
        const ValidationResult r = LeadValidator().validate(lead);
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.lead.fullName(), QStringLiteral("José  Núñez 🏠"));
        QCOMPARE(r.lead.email(), QStringLiteral("ana@example.com"));
    }

    void maximumLengthsCountCharactersNotBytes()
    {
        const int max = LeadFields::info(LeadField::FullName).maxLength;
        Lead lead = validLead();
        // Emoji are two UTF-16 units and four UTF-8 bytes, but one character.
        lead.setValue(LeadField::FullName, QString(QStringLiteral("😀")).repeated(max));
        QVERIFY(LeadValidator().validate(lead).issuesFor(LeadField::FullName).isEmpty());
        lead.setValue(LeadField::FullName, QString(QStringLiteral("😀")).repeated(max + 1));
        const auto issues = LeadValidator().validate(lead).issuesFor(LeadField::FullName);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(QString::number(max)));
    }

    void overLongEveryField()
    {
        for (const auto& info : LeadFields::all()) {
            Lead lead = validLead();
            lead.setValue(info.field, QString(info.maxLength + 1, u'x'));
            const auto issues = LeadValidator().validate(lead).issuesFor(info.field);
            QVERIFY2(!issues.isEmpty(), info.apiName);
            QCOMPARE(issues.first().severity, FieldIssue::Severity::Error);
        }
    }

    void controlCharactersRefused_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused");
        QTest::newRow("NUL in name") << int(LeadField::FullName) << QStringLiteral("Ana\u0000P") << true;
        QTest::newRow("escape in name") << int(LeadField::FullName) << QStringLiteral("Ana\u001b[31m") << true;
        QTest::newRow("C1 control") << int(LeadField::UtmSource) << QStringLiteral("Ex\u0085po") << true;
        QTest::newRow("newline in single-line") << int(LeadField::UtmSource) << QStringLiteral("a\nb") << true;
        QTest::newRow("lone surrogate") << int(LeadField::Notes) << QString(QChar(0xD800)) + u'x' << true;
        QTest::newRow("newline in notes") << int(LeadField::Notes) << QStringLiteral("línea 1\nlínea 2\ttab") << false;
        QTest::newRow("emoji in notes") << int(LeadField::Notes) << QStringLiteral("Quiere 🏡 en Punta Cana") << false;
        QTest::newRow("NUL in notes") << int(LeadField::Notes) << QStringLiteral("a\u0000b") << true;
    }
    void controlCharactersRefused()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(bool, refused);
        Lead lead = validLead();
        lead.setValue(LeadField(field), value);
        const auto issues = LeadValidator().validate(lead).issuesFor(LeadField(field));
        QCOMPARE(!issues.isEmpty(), refused);
    }

    // Invisible characters (bidi overrides, zero-width ones) would make "ana@example.com" another
    // address than it looks, and a name read backwards; refused, naming the character.
    void invisibleCharactersRefused_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named"); // the code point the message names, empty when accepted
        QTest::newRow("RLO in name") << int(LeadField::FullName) << QStringLiteral("Ana \u202EzeréP") << "U+202E";
        QTest::newRow("RLO in email") << int(LeadField::Email) << QStringLiteral("ana\u202E@example.com") << "U+202E";
        QTest::newRow("zero-width space in email")
            << int(LeadField::Email) << QStringLiteral("ana@exa\u200Bmple.com") << "U+200B";
        QTest::newRow("zero-width joiner in phone")
            << int(LeadField::Phone) << QStringLiteral("809\u200D5550123") << "U+200D";
        QTest::newRow("BOM in UTM") << int(LeadField::UtmSource) << QStringLiteral("\uFEFFferia") << "U+FEFF";
        QTest::newRow("isolate in notes") << int(LeadField::Notes) << QStringLiteral("a\u2066b") << "U+2066";
        QTest::newRow("tag characters in email")
            << int(LeadField::Email) << QStringLiteral("luis\U000E0069\U000E0067@example.com") << "U+E0069";
        QTest::newRow("tag characters in name")
            << int(LeadField::FullName) << QStringLiteral("Ana\U000E0020 Perez") << "U+E0020";
        QTest::newRow("emoji family in notes")
            << int(LeadField::Notes) << QStringLiteral("Familia 👨\u200D👩\u200D👧") << QString();
        QTest::newRow("replacement character")
            << int(LeadField::FullName) << QStringLiteral("Mar\uFFFDa") << QStringLiteral("\uFFFD");
    }
    void invisibleCharactersRefused()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        Lead lead = validLead();
        lead.setValue(LeadField(field), value);
        const auto issues = LeadValidator().validate(lead).issuesFor(LeadField(field));
        if (named.isEmpty()) {
            QVERIFY(issues.isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, FieldIssue::Severity::Error);
        QVERIFY2(issues.first().message.contains(named), qPrintable(issues.first().message));
    }

    void validateFieldMatchesWholeLead()
    {
        const LeadValidator v;
        QCOMPARE(v.validateField(LeadField::Email, QStringLiteral("bad@")).size(), 1);
        QCOMPARE(v.validateField(LeadField::Email, QStringLiteral(" ok@example.com ")).size(), 0);
        QCOMPARE(v.validateField(LeadField::Phone, QStringLiteral("8091234567")).first().severity,
            FieldIssue::Severity::Warning);
        QCOMPARE(v.validateField(LeadField::Notes, QString()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLeadValidator)
#include "tst_leadvalidator.moc"
