#include "TestEnvironment.h"
#include "core/Csv.h"
#include "core/CsvReader.h"
#include "core/CsvStream.h"
#include "core/EventProfiles.h"
#include "core/LeadImport.h"
#include "core/Settings.h"

#include <QElapsedTimer>
#include <QFile>
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
        QCOMPARE(t.damagedBytes, 0);
    }

    // One stray byte in a UTF-8 file no longer turns "José" into "JosÃ©" for every row: the file
    // stays UTF-8, and only the row holding the stray byte is refused, saying why.
    void damagedUtf8IsReportedRowByRow()
    {
        const QByteArray bytes = "name,phone,email\n"
                                 "Jos\xC3\xA9 P\xC3\xA9rez,809 555 0101,jose@example.com\n"
                                 "Mar\xED"
                                 "a,809 555 0102,maria@example.com\n"
                                 "Ana,809 555 0103,ana@example.com\n";
        const CsvTable t = CsvReader::read(bytes);
        QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t.damagedBytes, 1);
        QCOMPARE(t.rows.at(0).at(0), QStringLiteral("José Pérez"));
        const ImportPlan plan = LeadImport::plan(t, QStringLiteral("DO"));
        QVERIFY(plan.rows.at(0).isValid());
        QVERIFY(!plan.rows.at(1).isValid());
        QCOMPARE(plan.rows.at(1).issues.first().field, LeadField::FullName);
        QVERIFY2(plan.rows.at(1).issues.first().message.contains(QChar::ReplacementCharacter),
            qPrintable(plan.rows.at(1).issues.first().message));
        QVERIFY(plan.rows.at(2).isValid());
    }

    // Mostly Windows-1252 with a row of UTF-8 text: read as Windows-1252, and the UTF-8 row is
    // refused rather than sent as "JosÃ© PÃ©rez".
    void utf8RowsInAWindowsFileAreRefused()
    {
        const QByteArray bytes = "name,phone,email\n"
                                 "Jos\xC3\xA9 P\xC3\xA9rez,809 555 0101,jose@example.com\n"
                                 "Mar\xED"
                                 "a,809 555 0102,maria@example.com\n"
                                 "Pe\xF1"
                                 "a,809 555 0103,pena@example.com\n"
                                 "Nu\xF1"
                                 "ez,809 555 0104,nunez@example.com\n";
        const CsvTable t = CsvReader::read(bytes);
        QCOMPARE(t.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(t.damagedBytes, 2);
        const ImportPlan plan = LeadImport::plan(t, QStringLiteral("DO"));
        QVERIFY(!plan.rows.at(0).isValid());
        QCOMPARE(plan.rows.at(0).issues.first().field, LeadField::FullName);
        QCOMPARE(plan.rows.at(1).lead.fullName(), QStringLiteral("María"));
        QVERIFY(plan.rows.at(1).isValid() && plan.rows.at(2).isValid() && plan.rows.at(3).isValid());
    }

    // A quoted field over the cap is refused even when it fits inside one read chunk.
    void longQuotedFieldIsRefused()
    {
        const QByteArray bytes
            = "name,phone,email,notes\nAna,809 555 0101,ana@example.com,\"" + QByteArray(120 * 1024, 'x') + "\"\n";
        const CsvTable t = CsvReader::read(bytes);
        QVERIFY2(
            t.error.contains(QLatin1String("Row 2")) && t.error.contains(QLatin1String("64 KB")), qPrintable(t.error));
    }

    // Bounded: a missing closing quote makes the rest of the file one field; it stops at 64 KB
    // with the row named, and a 10 MB header line is refused at once.
    void runawayFieldsAreRefused()
    {
        QByteArray bytes = "name,phone,email\nAna,809 555 0101,\"ana@example.com\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "Lead " + QByteArray::number(i) + ",809 555 0101,x" + QByteArray::number(i) + "@example.com\n";
        CsvTable t = CsvReader::read(bytes);
        QVERIFY2(
            t.error.contains(QLatin1String("Row 2")) && t.error.contains(QLatin1String("64 KB")), qPrintable(t.error));

        QElapsedTimer clock;
        clock.start();
        t = CsvReader::read(QByteArray(10 * 1024 * 1024, 'x') + "\n");
        QVERIFY2(t.error.contains(QLatin1String("Row 1")), qPrintable(t.error));
        QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()));

        QByteArray wide = "name,phone,email";
        for (int i = 0; i < 300; ++i)
            wide += ",c" + QByteArray::number(i);
        t = CsvReader::read(wide + "\n");
        QVERIFY2(t.error.contains(QLatin1String("columns")), qPrintable(t.error));
    }

    // Row by row from a file: the stream gives what the whole-table reader gives.
    void streamingMatchesTheTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leads.csv"));
        QByteArray bytes = "\xEF\xBB\xBFNombre;Celular;Correo\r\n";
        for (int i = 0; i < 3000; ++i)
            bytes += "\"Lead; " + QByteArray::number(i) + "\";809 555 " + QByteArray::number(1000 + i) + ";l"
                + QByteArray::number(i) + "@example.com\r\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        CsvStream stream;
        QVERIFY(stream.open(path).ok());
        QCOMPARE(stream.header(),
            (QStringList {QStringLiteral("Nombre"), QStringLiteral("Celular"), QStringLiteral("Correo")}));
        QCOMPARE(stream.delimiter(), ';');
        const CsvTable table = CsvReader::read(bytes);
        CsvRecord record;
        int n = 0;
        while (stream.next(record)) {
            QCOMPARE(record.cells, table.rows.at(n));
            QCOMPARE(record.rowNumber, table.rowNumbers.at(n));
            ++n;
        }
        QCOMPARE(stream.error(), QString());
        QCOMPARE(n, 3000);
        QCOMPARE(stream.position(), stream.size());
    }

    // Every CSV the product writes is safe to open in a spreadsheet.
    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")"
                                   << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("dde") << "+cmd|' /C calc'!A0"
                             << "'+cmd|' /C calc'!A0";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("cr") << "\r=1"
                            << "\"'\r=1\"";
        QTest::newRow("phone with punctuation") << "+1 (809) 555-0123"
                                                << "'+1 (809) 555-0123";
        QTest::newRow("arithmetic") << "-2-3"
                                    << "'-2-3";
        QTest::newRow("e164") << "+18095550123"
                              << "+18095550123";
        QTest::newRow("negative") << "-5"
                                  << "-5";
        QTest::newRow("decimal") << "-0.5"
                                 << "-0.5";
        QTest::newRow("name") << "Ana"
                              << "Ana";
        QTest::newRow("plus alone") << "+"
                                    << "'+";
    }
    void formulasAreNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(Csv::record({cell}), written + QStringLiteral("\r\n"));
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
        QVERIFY(invalid.startsWith(QLatin1String("row;problems;Nombre;Celular;E-mail;Color favorito")));
        QCOMPARE(invalid.count(u'\n'), 4); // header and three rows
        // Fields by their labels, not the API's ids (defect: "phone: …" in a Spanish office's file).
        QVERIFY2(invalid.contains(QLatin1String("Phone: ")), qPrintable(invalid));
        QVERIFY(!invalid.contains(QLatin1String("phone: ")));
        // The file's separator is kept (defect: a ';' file came back with ',').
        CsvTable semicolons = CsvReader::read("Nombre;Celular;E-mail\nA;809 555 0123;a@x.com\nB;;b@x.com\n");
        const QString fixLater
            = LeadImport::invalidRowsCsv(semicolons, LeadImport::plan(semicolons, QStringLiteral("DO")));
        QVERIFY2(fixLater.startsWith(QLatin1String("row;problems;Nombre;Celular;E-mail\r\n")), qPrintable(fixLater));
        QVERIFY2(fixLater.contains(QLatin1String("\n3;Phone: Required.;B;;b@x.com")), qPrintable(fixLater));
    }

    void aMissingRequiredColumnIsOneClearError()
    {
        const ImportPlan plan = LeadImport::plan(CsvReader::read("Nombre,Correo\nA,a@x.com\n"), QStringLiteral("DO"));
        QVERIFY(plan.error.contains(QLatin1String("phone")));
        QVERIFY(plan.rows.isEmpty());
    }

    // Defect: a profile saved when the listing type was free text sent "comprar" to the API.
    void anOldProfilesListingTypeIsSentAsTheFormOffersIt()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        Lead values;
        values.setValue(LeadField::ListingType, QStringLiteral("comprar"));
        QVERIFY(EventProfiles(settings).set(QStringLiteral("Feria"), values).ok());
        QCOMPARE(EventProfiles(settings).profile(QStringLiteral("Feria"))->value(LeadField::ListingType),
            QStringLiteral("buy"));
        QCOMPARE(LeadFields::canonicalListingType(QStringLiteral(" Alquiler ")), QStringLiteral("rent"));
        QCOMPARE(LeadFields::canonicalListingType(QStringLiteral("Renta")), QStringLiteral("rent"));
        QCOMPARE(LeadFields::canonicalListingType(QStringLiteral("BUY")), QStringLiteral("buy"));
        QCOMPARE(LeadFields::canonicalListingType(QStringLiteral("Venta")), QStringLiteral("buy"));
        QCOMPARE(LeadFields::canonicalListingType(QStringLiteral("oficina")), QStringLiteral("oficina"));
        QCOMPARE(LeadFields::canonicalListingType(QString()), QString());
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
