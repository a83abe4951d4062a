#include "TestEnvironment.h"
#include "core/AppLog.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString read(const QString& path)
{
    QFile f(path);
    // As text: the log has Windows line ends on Windows.
    return f.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestAppLog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { AppLog::uninstall(); }

    void scrubsPeoplesDetailsAndKeys_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("scrubbed");
        QTest::newRow("email") << "rejected: ana.perez@example.com exists"
                               << "rejected: <email> exists";
        QTest::newRow("e164") << "phone +18095550123 refused"
                              << "phone <number> refused";
        QTest::newRow("dashes") << "call 809-555-0123."
                                << "call <number>.";
        QTest::newRow("brackets") << "(809) 555 0123 twice"
                                  << "(<number> twice";
        QTest::newRow("token") << "Authorization: Token abc123XYZ sent"
                               << "Authorization: Token <hidden> sent";
        QTest::newRow("aetoken") << "aetoken=ZZZ999 refused"
                                 << "aetoken=<hidden> refused";
        QTest::newRow("bearer, any case") << "BEARER abc.def-123 refused"
                                          << "BEARER <hidden> refused";
        QTest::newRow("an email, then a number") << "ana@example.com and 809 555 0123"
                                                 << "<email> and <number>";
        QTest::newRow("digits only in the email") << "from lead8095550123@example.com"
                                                  << "from <email>";
        QTest::newRow("plain words") << "This plugin does not support propagateSizeHints()"
                                     << "This plugin does not support propagateSizeHints()";
        QTest::newRow("ids stay") << "#12 created (HTTP 201)"
                                  << "#12 created (HTTP 201)";
        QTest::newRow("short numbers stay") << "timeout 30 s, 3 of 120 rows"
                                            << "timeout 30 s, 3 of 120 rows";
        QTest::newRow("times stay") << "next at 10:40 on 2026-11-28"
                                    << "next at 10:40 on 2026-11-28";
    }
    void scrubsPeoplesDetailsAndKeys()
    {
        QFETCH(QString, line);
        QFETCH(QString, scrubbed);
        QCOMPARE(AppLog::scrub(line), scrubbed);
    }

    void writesScrubbedLinesToAPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/leadentry.log"));
        QVERIFY(AppLog::install(path));
        QCOMPARE(AppLog::path(), path);
        qWarning("could not store the lead of maria@example.com (+1 809 555 0101)");
        qInfo("#7 created (HTTP 201)");
        qWarning("rejected: line one\n2026-01-01T00:00:00 info forged line");
        const QString text = read(path);
        QVERIFY2(
            text.contains(QLatin1String(" warning could not store the lead of <email> (<number>)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(" info #7 created (HTTP 201)")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("maria")) && !text.contains(QLatin1String("555")));
        // One message, one line: a newline in a server's text cannot forge another.
        QVERIFY2(text.contains(QLatin1String(" warning rejected: line one | 2026-01-01T00:00:00 info forged line\n")),
            qPrintable(text));
        QCOMPARE(text.count(u'\n'), 3);
        LEADENTRY_SKIP_WITHOUT_POSIX_PERMISSIONS();
        QCOMPARE(
            QFile::permissions(path) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
            QFile::Permissions());
    }

    void rotatesIntoTwoFilesAtMost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leadentry.log"));
        QVERIFY(AppLog::install(path, 2000));
        for (int i = 0; i < 200; ++i)
            qInfo("line %d of a long and steady run of deliveries", i);
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // two files, never more
        QVERIFY(QFileInfo(path).size() <= 2100);
        QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() <= 2100);
        QVERIFY(read(path).contains(QLatin1String("line 199 ")));
        // The tail reads across both files, oldest first: a problem pushed into .1 by the lines
        // after it is still found.
        qWarning("first problem");
        for (int i = 0; i < 60 && read(path).contains(QLatin1String("first problem")); ++i)
            qInfo("filler line %d of a long and steady run of deliveries", i);
        QVERIFY(!read(path).contains(QLatin1String("first problem")));
        QVERIFY(read(path + QStringLiteral(".1")).contains(QLatin1String("first problem")));
        qWarning("second problem");
        const QStringList problems = AppLog::tail(5, true);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.first().endsWith(QLatin1String("first problem")));
        const QStringList last = AppLog::tail(3, false);
        QCOMPARE(last.size(), 3);
        QVERIFY(last.last().endsWith(QLatin1String("second problem")));
    }

    void saysWhenItCannotWrite()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!AppLog::install(dir.filePath(QStringLiteral("file/leadentry.log"))));
        QCOMPARE(AppLog::path(), QString());
    }
};

QTEST_GUILESS_MAIN(TestAppLog)
#include "tst_applog.moc"
