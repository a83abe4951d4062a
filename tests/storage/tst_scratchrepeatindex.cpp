#include "TestEnvironment.h"
#include "core/LeadImport.h"
#include "storage/ScratchRepeatIndex.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// An import's check of repeated rows keeps its memory bounded by moving its keys to a scratch
// database past a limit; what it answers must not change when they move.
class TestScratchRepeatIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    // Every answer, before and after the move, is the one the memory-only index gives.
    void answersAsTheMemoryIndexAcrossTheMove()
    {
        ScratchRepeatIndex scratch(64, 32);
        MemoryRepeatIndex memory;
        QRandomGenerator random(14);
        int repeats = 0;
        for (int row = 2; row < 3000; ++row) {
            // Few enough keys that rows repeat, before the move and long after it.
            const quint64 phone = RepeatIndex::phoneKey(QString::number(random.bounded(2000)));
            const quint64 email = RepeatIndex::emailKey(QString::number(random.bounded(2000)));
            const Result<RepeatIndex::Earlier> expected = memory.take(phone, email, row);
            const Result<RepeatIndex::Earlier> got = scratch.take(phone, email, row);
            QVERIFY2(got.ok(), qPrintable(got.error()));
            QCOMPARE(got->phoneRow, expected->phoneRow);
            QCOMPARE(got->emailRow, expected->emailRow);
            repeats += expected->phoneRow > 0 || expected->emailRow > 0 ? 1 : 0;
            // The ceiling: memory holds a batch at most once the keys are on disk.
            QVERIFY(scratch.keysInMemory() < (scratch.onDisk() ? 32 : 64));
        }
        QVERIFY(scratch.onDisk());
        QVERIFY(repeats > 1000);
        // The phone and the email of one text are different keys.
        QVERIFY(RepeatIndex::phoneKey(QStringLiteral("x")) != RepeatIndex::emailKey(QStringLiteral("x")));
    }

    // Read from a file past the limit, a row still names the earlier row it repeats, from before the
    // keys moved and from after.
    void aLongFileStillNamesTheRowItRepeats()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leads.csv"));
        QByteArray bytes = "Nombre,Celular,Correo\n";
        for (int i = 0; i < 400; ++i)
            bytes += "Lead " + QByteArray::number(i) + ",809 555 " + QByteArray::number(1000 + i) + ",l"
                + QByteArray::number(i) + "@example.com\n";
        bytes += "Otra vez,(809) 555-1001,nueva@example.com\n"; // row 402: row 3's phone
        bytes += "Otra más,809 555 9999,L390@EXAMPLE.COM\n"; // row 403: row 392's email
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

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
};

QTEST_GUILESS_MAIN(TestScratchRepeatIndex)
#include "tst_scratchrepeatindex.moc"
