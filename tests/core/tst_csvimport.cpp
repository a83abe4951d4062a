#include "TestEnvironment.h"
#include "core/CsvReader.h"
#include "core/EventProfiles.h"
#include "core/LeadImport.h"
#include "core/Settings.h"

#include <QTemporaryDir>
#include <QTest>

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    void spanishSpreadsheet()
    {
        // Saved by a Spanish-locale spreadsheet: BOM, ';', CRLF, a quoted note with a line break.
        const QByteArray bytes = "\xEF\xBB\xBFNombre;Tel\xC3\xA9"
                                 "fono;Correo;Notas\r\n"
                                 "\"Jos\xC3\xA9 N\xC3\xBA\xC3\xB1"
                                 "ez\";809 555 0101;jose@example.com;\"Quiere\r\nalquilar\"\r\n";
        const CsvTable t = CsvReader::read(bytes);
        QCOMPARE(t.error, QString());
        QCOMPARE(t.delimiter, ';');
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.header,
            (QStringList {QStringLiteral("Nombre"), QStringLiteral("Teléfono"), QStringLiteral("Correo"),
                QStringLiteral("Notas")}));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows.first().at(0), QStringLiteral("José Núñez"));
        QCOMPARE(t.rows.first().at(3), QStringLiteral("Quiere\r\nalquilar"));
        QCOMPARE(t.rowNumbers.first(), 2);
    }

    void quotingAndDelimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QStringList>("row");
        QTest::newRow("comma, doubled quotes")
            << QByteArray("a,b,c\n\"He said \"\"hi\"\"\",\"x, y\",z\n") << ','
            << QStringList {QStringLiteral("He said \"hi\""), QStringLiteral("x, y"), QStringLiteral("z")};
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t'
                             << QStringList {QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("semicolon with commas inside")
            << QByteArray("a;b\n\"1,5\";2\n") << ';' << QStringList {QStringLiteral("1,5"), QStringLiteral("2")};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << ',' << QStringList {QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("emoji") << QByteArray("a,b\n\xF0\x9F\x8F\xA0,2\n") << ','
                               << QStringList {QStringLiteral("🏠"), QStringLiteral("2")};
    }
    void quotingAndDelimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        QFETCH(QStringList, row);
        const CsvTable t = CsvReader::read(bytes);
        QCOMPARE(t.error, QString());
        QCOMPARE(t.delimiter, delimiter);
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows.first(), row);
    }

    void windows1252()
    {
        // "Teléfono", "Peña" and "€" as a spreadsheet on Windows saves them.
        const QByteArray bytes = "Nombre,Tel\xE9"
                                 "fono,Correo,Notas\r\nPe\xF1"
                                 "a,809 555 0101,p@example.com,\x80 100\r\n";
        const CsvTable t = CsvReader::read(bytes);
        QCOMPARE(t.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(t.header.at(1), QStringLiteral("Teléfono"));
        QCOMPARE(t.rows.first().at(0), QStringLiteral("Peña"));
        QCOMPARE(t.rows.first().at(3), QStringLiteral("€ 100"));
    }

    void blankLinesAreSkippedAndRowsKeepTheirNumbers()
    {
        const CsvTable t = CsvReader::read("name,phone,email\n,,\nA,1,a@x.com\n\n,,\nB,2,b@x.com\n");
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(1).first(), QStringLiteral("B"));
        QVERIFY(t.rowNumbers.at(1) > t.rowNumbers.at(0));
        QCOMPARE(t.rowNumbers.at(0), 3);
    }

    void emptyAndBrokenFiles()
    {
        QVERIFY(!CsvReader::read(QByteArray()).error.isEmpty());
        QVERIFY(!CsvReader::read("\xEF\xBB\xBF\r\n\r\n").error.isEmpty());
        QVERIFY(!CsvReader::readFile(QStringLiteral("/nonexistent/leads.csv")).error.isEmpty());
    }

    void planMapsValidatesAndFlagsRepeats()
    {
        const CsvTable t = CsvReader::read("Nombre;Celular;E-mail;Color favorito\n"
                                           "Ana;809 555 0102;ana@example.com;azul\n"
                                           "Mal;12;mal@;rojo\n"
                                           "Ana otra vez;(809) 555-0102;otra@example.com;verde\n"
                                           "Luis;829 555 0103;ANA@example.com;gris\n");
        const ImportPlan plan = LeadImport::plan(t, QStringLiteral("DO"));
        QCOMPARE(plan.error, QString());
        QCOMPARE(plan.ignoredColumns, QStringList {QStringLiteral("Color favorito")});
        QCOMPARE(plan.rows.size(), 4);
        QVERIFY(plan.rows.at(0).isValid());
        QVERIFY(!plan.rows.at(1).isValid());
        QCOMPARE(plan.rows.at(1).rowNumber, 3);
        QVERIFY(!plan.rows.at(2).isValid()); // same phone as row 2
        QVERIFY(plan.rows.at(2).issues.last().message.contains(QLatin1String("row 2")));
        QVERIFY(!plan.rows.at(3).isValid()); // same email, other case
        QCOMPARE(plan.validCount(), 1);
        const QString invalid = LeadImport::invalidRowsCsv(t, plan);
        QVERIFY(invalid.startsWith(QLatin1String("row,problems,Nombre,Celular,E-mail,Color favorito")));
        QCOMPARE(invalid.count(u'\n'), 4); // header and three rows
    }

    void aMissingRequiredColumnIsOneClearError()
    {
        const ImportPlan plan = LeadImport::plan(CsvReader::read("Nombre,Correo\nA,a@x.com\n"), QStringLiteral("DO"));
        QVERIFY(plan.error.contains(QLatin1String("phone")));
        QVERIFY(plan.rows.isEmpty());
    }

    void profilesPersistAndExplicitValuesWin()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        Lead values;
        values.setValue(LeadField::UtmSource, QStringLiteral("Expo"));
        values.setValue(LeadField::FormName, QStringLiteral("Stand 4"));
        QVERIFY(EventProfiles(settings).set(QStringLiteral("Feria / Santo Domingo"), values).ok());
        Lead bad;
        bad.setValue(LeadField::Related, QStringLiteral("not-an-email"));
        QVERIFY(!EventProfiles(settings).set(QStringLiteral("Broken"), bad).ok());
        {
            Settings reopened(dir.filePath(QStringLiteral("s.ini")));
            QCOMPARE(EventProfiles(reopened).names(), QStringList {QStringLiteral("Feria / Santo Domingo")});
            const auto profile = EventProfiles(reopened).profile(QStringLiteral("Feria / Santo Domingo"));
            QVERIFY(profile);
            QCOMPARE(profile->value(LeadField::FormName), QStringLiteral("Stand 4"));
        }
        Lead typed;
        typed.setValue(LeadField::UtmSource, QStringLiteral("Instagram"));
        const Lead applied = EventProfiles::apply(typed, values);
        QCOMPARE(applied.value(LeadField::UtmSource), QStringLiteral("Instagram"));
        QCOMPARE(applied.value(LeadField::FormName), QStringLiteral("Stand 4"));

        const CsvTable t
            = CsvReader::read("name,phone,email,utm_source\nA,809 555 0104,a@x.com,\nB,809 555 0105,b@x.com,Web\n");
        const ImportPlan plan = LeadImport::plan(t, QStringLiteral("DO"), values);
        QCOMPARE(plan.rows.at(0).lead.value(LeadField::UtmSource), QStringLiteral("Expo"));
        QCOMPARE(plan.rows.at(1).lead.value(LeadField::UtmSource), QStringLiteral("Web"));
        QCOMPARE(plan.rows.at(1).lead.value(LeadField::FormName), QStringLiteral("Stand 4"));

        QVERIFY(EventProfiles(settings).remove(QStringLiteral("Feria / Santo Domingo")).ok());
        QVERIFY(EventProfiles(settings).names().isEmpty());
    }

    void tenThousandRows()
    {
        QByteArray bytes = "name,phone,email\n";
        for (int i = 0; i < 10000; ++i)
            bytes += "Lead " + QByteArray::number(i) + ",+1809" + QByteArray::number(2000000 + i) + ",l"
                + QByteArray::number(i) + "@example.com\n";
        const CsvTable t = CsvReader::read(bytes);
        QCOMPARE(t.rows.size(), 10000);
        const ImportPlan plan = LeadImport::plan(t, QStringLiteral("DO"));
        QCOMPARE(plan.validCount(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
