#include "TestEnvironment.h"
#include "core/LeadImport.h"
#include "storage/ScratchRepeatIndex.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A file of count valid rows, then the extra lines.
QString writeLeads(const QTemporaryDir& dir, int count, const QByteArray& extra = {})
{
    const QString path = dir.filePath(QStringLiteral("leads.csv"));
    QByteArray bytes = "Nombre,Celular,Correo\n";
    for (int i = 0; i < count; ++i)
        bytes += "Lead " + QByteArray::number(i) + ",809 555 " + QByteArray::number(1000 + i) + ",l"
            + QByteArray::number(i) + "@example.com\n";
    bytes += extra;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// The scratch database of the one index on disk, reached behind its back to break it.
QSqlDatabase scratchConnection()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("leadentry-scratch-")))
            return QSqlDatabase::database(name, false);
    }
    return {};
}
} // namespace

// An import's check of repeated rows keeps its memory bounded by moving its keys to a scratch
// database past a limit; what it answers must not change when they move.
class TestScratchRepeatIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    // Every answer, before and after the move, is the one the memory-only index gives; with a
    // filter so small that it lets every key through to the disk, too.
    void answersAsTheMemoryIndexAcrossTheMove_data()
    {
        QTest::addColumn<int>("filterBitsLog2");
        QTest::newRow("filter of the default size") << ScratchRepeatIndex::kFilterBitsLog2;
        QTest::newRow("filter that lets everything by") << 6;
    }
    void answersAsTheMemoryIndexAcrossTheMove()
    {
        QFETCH(int, filterBitsLog2);
        ScratchRepeatIndex scratch(64, 32, filterBitsLog2);
        MemoryRepeatIndex memory;
        QRandomGenerator random(14);
        int repeats = 0;
        int movedAt = 0;
        for (int row = 2; row < 3000; ++row) {
            // Few enough keys that rows repeat, before the move and long after it.
            const quint64 phone = scratch.phoneKey(QString::number(random.bounded(2000)));
            const quint64 email = scratch.emailKey(QString::number(random.bounded(2000)));
            const Result<RepeatIndex::Earlier> expected = memory.take(phone, email, row);
            const Result<RepeatIndex::Earlier> got = scratch.take(phone, email, row);
            QVERIFY2(got.ok(), qPrintable(got.error()));
            QCOMPARE(got->phoneRow, expected->phoneRow);
            QCOMPARE(got->emailRow, expected->emailRow);
            repeats += expected->phoneRow > 0 || expected->emailRow > 0 ? 1 : 0;
            // The ceiling: the keys gathered, and those of a batch not yet written.
            QVERIFY(scratch.keysInMemory() <= 64 + 32);
            // A batch is written a few keys a row, not all at once when the next one is full: four
            // rows after the move its 64 keys are on disk, and no more than a batch is held after.
            if (scratch.onDisk() && movedAt == 0)
                movedAt = row;
            if (movedAt > 0 && row >= movedAt + 4)
                QVERIFY2(scratch.keysInMemory() <= 32, qPrintable(QString::number(row - movedAt)));
        }
        QVERIFY(scratch.onDisk());
        QVERIFY(repeats > 1000);
        // The phone and the email of one text are different keys.
        QVERIFY(scratch.phoneKey(QStringLiteral("x")) != scratch.emailKey(QStringLiteral("x")));
    }

    // What goes to disk cannot be matched against a list of numbers: the keys are seeded per index.
    void keysDifferFromOneIndexToTheNext()
    {
        const ScratchRepeatIndex one;
        const ScratchRepeatIndex other;
        QVERIFY(one.phoneKey(QStringLiteral("+18095551234")) != other.phoneKey(QStringLiteral("+18095551234")));
        QCOMPARE(one.emailKey(QStringLiteral("Ana@Example.com")), one.emailKey(QStringLiteral("ana@example.com")));
    }

    // Read from a file past the limit, a row still names the earlier row it repeats, from before the
    // keys moved and from after.
    void aLongFileStillNamesTheRowItRepeats()
    {
        QTemporaryDir dir;
        const QString path = writeLeads(dir, 400,
            "Otra vez,(809) 555-1001,nueva@example.com\n" // row 402: row 3's phone
            "Otra más,809 555 9999,L390@EXAMPLE.COM\n"); // row 403: row 392's email
        QVERIFY(!path.isEmpty());
        auto owned = std::make_unique<ScratchRepeatIndex>(16, 8);
        const ScratchRepeatIndex* scratch = owned.get();
        ImportReading reading(QStringLiteral("DO"), {}, std::move(owned));
        QVERIFY(reading.open(path).ok());
        int valid = 0;
        QStringList problems;
        while (std::optional<ImportRow> row = reading.next()) {
            if (row->isValid())
                ++valid;
            else
                problems.append(QStringLiteral("%1: %2").arg(row->rowNumber).arg(row->issues.last().message));
        }
        QCOMPARE(reading.error(), QString());
        QVERIFY(scratch->onDisk());
        QCOMPARE(valid, 400);
        QCOMPARE(problems,
            (QStringList {QStringLiteral("402: Repeats row 3 of this file."),
                QStringLiteral("403: Repeats row 392 of this file.")}));
    }

    // The scratch database failing once the keys are on disk stops the reading with a reason that
    // names the temporary folder, not the file: no row after it is taken for valid unchecked.
    void aScratchDatabaseThatFailsStopsTheReading()
    {
        QTemporaryDir dir;
        const QString path = writeLeads(dir, 400);
        QVERIFY(!path.isEmpty());
        ImportReading reading(QStringLiteral("DO"), {}, std::make_unique<ScratchRepeatIndex>(16, 8, 6));
        QVERIFY(reading.open(path).ok());
        int taken = 0;
        while (taken < 100 && reading.next())
            ++taken;
        QCOMPARE(taken, 100);
        QSqlDatabase scratch = scratchConnection();
        QVERIFY(scratch.isOpen());
        QSqlQuery drop(scratch);
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE keys")));
        drop.finish();
        while (reading.next())
            ++taken;
        // The 64-bit filter is full by now: the next row's lookups go to the table, and fail there
        // (a row both of whose keys it still turns away passes: about one time in 70,000).
        QVERIFY2(taken <= 101, qPrintable(QString::number(taken)));
        QVERIFY2(reading.error().contains(QLatin1String("temporary folder")), qPrintable(reading.error()));
        QVERIFY(!reading.next()); // and it stays stopped
    }
};

QTEST_GUILESS_MAIN(TestScratchRepeatIndex)
#include "tst_scratchrepeatindex.moc"
