#include "StoreFixture.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshFileIsPrivateWalAndLatest()
    {
        StoreFixture f;
        QCOMPARE(f.open(), QString());
        QCOMPARE(f.database->schemaVersion(), Database::latestVersion());
        QSqlQuery q(f.database->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        LEADENTRY_SKIP_WITHOUT_POSIX_PERMISSIONS();
        const QFile::Permissions mode = QFile::permissions(f.path());
        QVERIFY(mode.testFlag(QFile::ReadOwner) && mode.testFlag(QFile::WriteOwner));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(mode & others, QFile::Permissions()); // leads are personal data: 0600
    }

    // A history found readable by others (an older version, a copy) is made private, folder too.
    void foundFilesAreMadePrivate()
    {
        LEADENTRY_SKIP_WITHOUT_POSIX_PERMISSIONS();
        constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        StoreFixture f;
        QCOMPARE(f.open(), QString());
        f.store.reset();
        f.database.reset();
        QVERIFY(QFile::setPermissions(f.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(
            f.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        QCOMPARE(f.open(), QString());
        QCOMPARE(QFile::permissions(f.path()) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(f.dir.path()) & others, QFile::Permissions());
    }

    void upgradesAnOlderFile()
    {
        StoreFixture f;
        {
            Database v1(f.path());
            QCOMPARE(v1.openAt(1).error(), QString());
            QCOMPARE(v1.schemaVersion(), 1);
            QSqlQuery q(v1.connection());
            // A row as version 1 wrote it: no search index, no attempts table.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO submissions (state, full_name, phone, email, phone_e164, fields, request_body, created_at,"
                " updated_at) VALUES ('created', 'Rosa Peña', '809 555 0111', 'rosa@example.com', '+18095550111',"
                " '{\"full_name\":\"Rosa Peña\"}', '{}', 1, 1)")));
            // And one waiting to be sent, due at 5: still found as due once its index is remade.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO submissions (state, full_name, request_body, created_at, updated_at, next_attempt_at)"
                " VALUES ('queued', 'Ana Díaz', '{}', 2, 2, 5)")));
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM attempts")));
        }
        QCOMPARE(f.open(), QString());
        QCOMPARE(f.database->schemaVersion(), Database::latestVersion());
        QCOMPARE(f.store->count(SubmissionState::Created).value(), 1); // counts start from the rows that were there
        QCOMPARE(f.store->nextDueAt().value(), std::optional<qint64>(5));
        QCOMPARE(f.store->dueIds(4, 10).value(), QList<qint64>());
        QCOMPARE(f.store->dueIds(5, 10).value(), QList<qint64>({2}));
        QSqlQuery due(f.database->connection());
        QVERIFY(due.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'submissions_due'")) && due.next());
        QVERIFY2(due.value(0).toString().contains(QLatin1String("WHERE state = 'queued'")),
            qPrintable(due.value(0).toString())); // schema 7: only the leads waiting
        HistoryQuery query;
        query.text = QStringLiteral("pena");
        const QList<Submission> found = f.store->list(query).value();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().lead.fullName(), QStringLiteral("Rosa Peña"));
        query.text = QStringLiteral("0111");
        QCOMPARE(f.store->list(query).value().size(), 1);
        QSqlQuery q(f.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attempts")));
    }

    void newerFileIsRefusedAndUntouched()
    {
        StoreFixture f;
        QCOMPARE(f.open(), QString());
        QSqlQuery(f.database->connection()).exec(QStringLiteral("PRAGMA user_version=99"));
        f.store.reset();
        f.database.reset();
        const QByteArray before = fileHash(f.path());
        Database again(f.path());
        const QString problem = again.open().error();
        QVERIFY2(problem.contains(QLatin1String("newer version")), qPrintable(problem));
        QCOMPARE(fileHash(f.path()), before);
    }

    void corruptFileIsReportedAndNeverOverwritten()
    {
        StoreFixture f;
        QFile file(f.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 7919) % 251));
        file.write(junk);
        file.close();
        const QByteArray before = fileHash(f.path());
        const QString problem = f.open();
        QVERIFY2(problem.contains(QLatin1String("damaged")), qPrintable(problem));
        QVERIFY(problem.contains(f.path()));
        QCOMPARE(fileHash(f.path()), before);
    }

    void readOnlyFileIsReported()
    {
        StoreFixture f;
        QCOMPARE(f.open(), QString());
        f.store.reset();
        f.database.reset();
        QVERIFY(QFile::setPermissions(f.path(), QFile::ReadOwner));
        const QByteArray before = fileHash(f.path());
        const QString problem = f.open();
        QVERIFY2(problem.contains(QLatin1String("read-only")), qPrintable(problem));
        QCOMPARE(fileHash(f.path()), before);
        QFile::setPermissions(f.path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    // A folder made read-only is the folder's problem, not a "damaged database".
    void readOnlyFolderIsReportedAsSuch()
    {
        LEADENTRY_SKIP_WITHOUT_POSIX_PERMISSIONS(); // a read-only folder is a POSIX mode
        StoreFixture f;
        QCOMPARE(f.open(), QString());
        f.store.reset();
        f.database.reset();
        const QString folder = f.dir.path();
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QString problem = f.open();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(problem.contains(QLatin1String("folder")) && problem.contains(folder), qPrintable(problem));
        QVERIFY2(!problem.contains(QLatin1String("damaged")), qPrintable(problem));
    }

    // A full disk (here: the file's page limit) gives one plain message, and writing works again
    // as soon as there is room, with nothing to repair.
    void fullDiskIsSaidPlainlyAndRecovers()
    {
        StoreFixture f;
        QCOMPARE(f.open(), QString());
        QSqlQuery pages(f.database->connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int used = pages.value(0).toInt();
        pages.finish();
        QVERIFY(QSqlQuery(f.database->connection()).exec(QStringLiteral("PRAGMA max_page_count=%1").arg(used)));
        QList<SubmissionStore::NewSubmission> many;
        for (int i = 0; i < 200; ++i) {
            auto lead = StoreFixture::lead(QStringLiteral("Lead %1").arg(i), {}, QStringLiteral("l%1@x.com").arg(i));
            lead.requestBody = QByteArray(2000, 'x');
            many.append(lead);
        }
        const Result<QList<qint64>> refused = f.store->enqueueBatch(many, 5);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("free some space")), qPrintable(refused.error()));
        QCOMPARE(f.store->count(SubmissionState::Queued).value(), 0);

        QVERIFY(QSqlQuery(f.database->connection()).exec(QStringLiteral("PRAGMA max_page_count=1073741823")));
        QCOMPARE(f.store->enqueueBatch(many, 6).value().size(), 200);
        QCOMPARE(f.store->count(SubmissionState::Queued).value(), 200);
    }

    void twoConnectionsShareTheFile()
    {
        StoreFixture f;
        QCOMPARE(f.open(), QString());
        Database other(f.path());
        QCOMPARE(other.open().error(), QString());
        SubmissionStore otherStore(other);
        const qint64 before = f.store->dataVersion().value();
        QVERIFY(
            otherStore.enqueue(StoreFixture::lead(QStringLiteral("A"), {}, QStringLiteral("a@example.com")), 5).value()
            > 0);
        QVERIFY(f.store->dataVersion().value() != before); // the other connection's commit is seen
        QCOMPARE(f.store->count(SubmissionState::Queued).value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
