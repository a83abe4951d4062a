#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "core/DateText.h"
#include "storage/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

class TestHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QCOMPARE(m.open(), QString());
        for (int i = 0; i < 25; ++i)
            (void)m.store
                ->enqueue(StoreFixture::lead(QStringLiteral("Cliente %1").arg(i),
                              QStringLiteral("+1809555%1").arg(2000 + i), QStringLiteral("c%1@example.com").arg(i)),
                    1000 + i)
                .value();
    }
    void cleanup() { m = {}; }

    void pagesLazily()
    {
        HistoryModel model(*m.store);
        model.setPageSize(10);
        model.setStates({}); // reload with the new page size
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        QCOMPARE(model.index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Cliente 24"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(24, HistoryModel::NameColumn).data().toString(), QStringLiteral("Cliente 0"));
        QCOMPARE(model.index(0, HistoryModel::StateColumn).data(HistoryModel::StateRole).toString(),
            QStringLiteral("queued"));
        QVERIFY(!model.headerData(HistoryModel::ResultColumn, Qt::Horizontal).toString().isEmpty());
    }

    // The main window's model reads nothing before its window is painted (issue 14: start-up);
    // filters set meanwhile apply to the first read, and changes meanwhile are in it.
    void aLaterModelReadsNothingUntilStarted()
    {
        HistoryModel model(*m.store, nullptr, HistoryModel::Start::Later);
        QSignalSpy started(&model, &HistoryModel::startedReading);
        QVERIFY(!model.started());
        model.setSearchText(QStringLiteral("Cliente 7"));
        model.submissionChanged(1);
        TestEnvironment::drainEventLoop();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(started.count(), 0);
        model.start();
        QVERIFY(model.started());
        QCOMPARE(started.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Cliente 7"));
        QCOMPARE(model.totalCount(), 25);
        model.start(); // once
        QCOMPARE(started.count(), 1);
    }

    void passesTheModelTester()
    {
        HistoryModel model(*m.store);
        model.setPageSize(7);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(QStringLiteral("cliente"));
        model.setStates({SubmissionState::Queued});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
    }

    void filtersByStateAndText()
    {
        const qint64 id = m.store->dueIds(5000, 1).value().first();
        QVERIFY(m.store->claim(id, QStringLiteral("o"), 1).value());
        SubmissionStore::AttemptRecord a;
        a.outcome.kind = OutcomeKind::Created;
        a.outcome.remoteId = QStringLiteral("777");
        QVERIFY(m.store->recordFinal(id, QStringLiteral("o"), SubmissionState::Created, a).value());

        HistoryModel model(*m.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStates({SubmissionState::Created});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryModel::ResultColumn).data().toString(), QStringLiteral("id 777"));
        model.setStates({});
        model.setSearchText(QStringLiteral("cliente 1"));
        QCOMPARE(model.rowCount(), 11); // 1, 10–19
        model.setSearchText(QStringLiteral("2017"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HistoryModel::EmailColumn).data().toString(), QStringLiteral("c17@example.com"));
    }

    // A search shows its rows first; when they fill a page, the count of every match (up to the
    // cap) follows once they are shown, instead of doubling the time to the first results (at a
    // million rows a two-word search took 20 ms, half of it counting). Fewer rows than a page are
    // every match: counted as read, at once.
    void aFullPageOfASearchIsCountedOnceShown()
    {
        HistoryModel model(*m.store);
        model.setPageSize(5);
        QSignalSpy counts(&model, &HistoryModel::countsChanged);
        model.setSearchText(QStringLiteral("cliente 1"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.matchingCount(), 25); // the earlier count, until the new one is made
        QTRY_COMPARE(model.matchingCount(), 11); // 1, 10–19
        QVERIFY(!counts.isEmpty());
        model.setSearchText(QStringLiteral("2017"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.matchingCount(), 1); // at once: the one row read is every match
    }

    void countsWhatMatchesAndWhatThereIs()
    {
        HistoryModel model(*m.store);
        QSignalSpy counts(&model, &HistoryModel::countsChanged);
        QCOMPARE(model.totalCount(), 25);
        QCOMPARE(model.matchingCount(), 25);
        QVERIFY(!model.filtered());
        model.setSearchText(QStringLiteral("cliente 1"));
        QVERIFY(model.filtered());
        QCOMPARE(model.matchingCount(), 11); // 1, 10–19: every match, not the page shown
        QCOMPARE(model.totalCount(), 25);
        QVERIFY(!model.matchingCountIsCapped());
        model.setSearchText({});
        model.setStates({SubmissionState::Created});
        QCOMPARE(model.matchingCount(), 0);
        QVERIFY(counts.size() >= 2);
        // A lead added here is counted when the model hears of it.
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("Nuevo"), {}, QStringLiteral("n@example.com")), 9)
                  .value();
        model.setStates({});
        model.submissionChanged(id);
        QTRY_COMPARE(model.totalCount(), 26);
    }

    void timesAreShortInTheListAndWholeInTheTooltip()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(15, 0));
        const qint64 today = QDateTime(QDate(2026, 11, 28), QTime(10, 40)).toMSecsSinceEpoch();
        const qint64 thisYear = QDateTime(QDate(2026, 3, 2), QTime(9, 5)).toMSecsSinceEpoch();
        const qint64 lastYear = QDateTime(QDate(2025, 12, 31), QTime(23, 59)).toMSecsSinceEpoch();
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(DateText::brief(today, now), QStringLiteral("10:40"));
        QCOMPARE(DateText::brief(thisYear, now), QStringLiteral("2 Mar"));
        QCOMPARE(DateText::brief(lastYear, now), QStringLiteral("31 Dec 2025"));
        QCOMPARE(DateText::of(today), QStringLiteral("28 Nov 2026, 10:40"));
        QLocale::setDefault(QLocale(QLocale::Spanish));
        QCOMPARE(DateText::brief(thisYear, now), QStringLiteral("2 mar"));
        QCOMPARE(DateText::of(today), QStringLiteral("28 nov 2026, 10:40"));
        QLocale::setDefault(QLocale::c());
        HistoryModel model(*m.store);
        const QModelIndex time = model.index(0, HistoryModel::TimeColumn);
        QCOMPARE(
            time.data().toString(), DateText::brief(model.submissionAt(0)->createdAt, QDateTime::currentDateTime()));
        QCOMPARE(time.data(Qt::ToolTipRole).toString(), DateText::of(model.submissionAt(0)->createdAt));
    }

    void followsChangesHereAndInAnotherProcess_data()
    {
        QTest::addColumn<bool>("polling");
        QTest::newRow("watching the file") << false;
        QTest::newRow("polling, where watching is not available") << true;
    }
    void followsChangesHereAndInAnotherProcess()
    {
        QFETCH(bool, polling);
        HistoryModel model(*m.store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Nothing wakes the model up while nothing changes (issue 14: it polled every 1.5 s).
        QVERIFY(!model.externalChanges().isPolling());
        if (polling) {
            model.externalChanges().setPollInterval(100);
            QVERIFY(model.externalChanges().isPolling());
        }
        QCOMPARE(model.rowCount(), 25);

        // This process: the service reports the change.
        const qint64 id
            = m.store->enqueue(StoreFixture::lead(QStringLiteral("Nuevo"), {}, QStringLiteral("n@example.com")), 9)
                  .value();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.submissionChanged(id);
        QTRY_COMPARE(model.rowCount(), 26);
        QCOMPARE(inserted.size(), 1); // inserted on top, not a reset
        QCOMPARE(model.index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Nuevo"));

        // Another connection (as the CLI would be): seen when it commits.
        Database other(m.path());
        QCOMPARE(other.open().error(), QString());
        SubmissionStore otherStore(other);
        QVERIFY(otherStore.claim(id, QStringLiteral("cli"), 10).value());
        QTRY_COMPARE(model.index(0, HistoryModel::StateColumn).data(HistoryModel::StateRole).toString(),
            QStringLiteral("sending"));
        QVERIFY(
            otherStore.enqueue(StoreFixture::lead(QStringLiteral("Desde CLI"), {}, QStringLiteral("d@example.com")), 11)
                .value()
            > 0);
        QTRY_COMPARE(model.index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Desde CLI"));
    }

    void stateTextSaysWhenAnEarlierAttemptMayHaveCreatedIt()
    {
        Submission s;
        s.state = SubmissionState::Duplicate;
        s.uncertain = true;
        QVERIFY(HistoryModel::stateText(s).contains(QLatin1String("earlier attempt")));
        s.uncertain = false;
        QCOMPARE(HistoryModel::stateText(s), QStringLiteral("Duplicate"));
    }

private:
    StoreFixture m;
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
