#include "SandboxProcess.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment cliEnvironment(const QUrl& baseUrl, const QString& key)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ALTERESTATE_API_URL"));
    env.remove(QStringLiteral("ALTERESTATE_API_KEY"));
    // No session bus: the CLI must not find (or wait for) a keychain in these tests.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    if (baseUrl.isValid())
        env.insert(QStringLiteral("ALTERESTATE_API_URL"), baseUrl.toString());
    if (!key.isEmpty())
        env.insert(QStringLiteral("ALTERESTATE_API_KEY"), key);
    return env;
}

// The app's environment in these tests: no display (Qt's offscreen platform; "minimal" on Windows,
// whose Qt has no offscreen plugin), and its files in `home` when one is given.
QProcessEnvironment appEnvironment(
    const QString& home = {}, QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
#ifdef Q_OS_WIN
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
#else
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
#endif
    if (!home.isEmpty())
        env.insert(QStringLiteral("LEADENTRY_HOME"), home);
    return env;
}

Run runProgram(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    // A Windows console program ends its lines with \r\n.
    r.out = QString::fromUtf8(p.readAllStandardOutput()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    r.err = QString::fromUtf8(p.readAllStandardError()).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return r;
}

Run runCli(const QStringList& args, const QProcessEnvironment& env)
{
    return runProgram(QStringLiteral(LEADENTRY_CLI_PATH), args, env);
}

QJsonArray historyJson(const QProcessEnvironment& env, const QStringList& extra = {})
{
    const Run r = runCli(QStringList {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"),
                             QStringLiteral("100000")}
            + extra,
        env);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject findById(const QJsonArray& rows, qint64 id)
{
    for (const QJsonValue& v : rows) {
        if (v.toObject().value(QLatin1String("id")).toInteger() == id)
            return v.toObject();
    }
    return {};
}

qint64 localIdOf(const QString& line)
{
    static const QRegularExpression number(QStringLiteral("#(\\d+)"));
    return number.match(line).captured(1).toLongLong();
}

QStringList leadArgs(const QString& phone, const QString& email, const QString& name = QStringLiteral("Ana Pérez"))
{
    return {QStringLiteral("submit"), QStringLiteral("--full-name"), name, QStringLiteral("--phone"), phone,
        QStringLiteral("--email"), email};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestEnvironment::isolate();
        QVERIFY(m_sandbox.start({QStringLiteral("--key"), QStringLiteral("right-key")}));
    }

    // The app's own command line: --help and --version answer without opening a window or the
    // history (a file manager's "Open with" passes files; the README documents both).
    void appSaysItsOptionsAndVersion()
    {
#ifdef Q_OS_WIN
        QSKIP("a Windows program without a console shows its help in a message box");
#endif
        const QProcessEnvironment env = appEnvironment();
        Run r = runProgram(QStringLiteral(LEADENTRY_APP_PATH), {QStringLiteral("--help")}, env);
        QCOMPARE(r.exitCode, 0);
        for (const char* option : {"--import <FILE>", "--kiosk", "--practice", "[FILE…]", "--version"})
            QVERIFY2(r.out.contains(QString::fromUtf8(option)), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("exit-after-startup")));
        r = runProgram(QStringLiteral(LEADENTRY_APP_PATH), {QStringLiteral("--version")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(LEADENTRY_VERSION)), qPrintable(r.out));
        r = runProgram(QStringLiteral(LEADENTRY_APP_PATH), {QStringLiteral("--no-such-option")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no-such-option")), qPrintable(r.err));
    }

    // `leadentry --practice` starts in practice mode: its own history beside the real one.
    void appStartsInPractice()
    {
        QTemporaryDir home;
        const QProcessEnvironment env = appEnvironment(home.path());
        const Run r = runProgram(QStringLiteral(LEADENTRY_APP_PATH),
            {QStringLiteral("--practice"), QStringLiteral("--exit-after-startup")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QFileInfo::exists(home.filePath(QStringLiteral("practice/history.sqlite"))), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("practice/settings.ini"))));
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("leadentry.sqlite"))));
    }

    // `--exit-after-startup` (start-up benchmarks, smoke tests) ends even with leads waiting
    // (defect: it went through quit(), whose closing asks about them, and waited for an answer).
    void appExitsAfterStartupWithLeadsWaiting()
    {
        QTemporaryDir home;
        QProcessEnvironment env = cliEnvironment(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k"));
        env.insert(QStringLiteral("LEADENTRY_HOME"), home.path());
        const Run queued = runCli(leadArgs(QStringLiteral("809 555 0190"), QStringLiteral("espera@example.com")), env);
        QCOMPARE(queued.exitCode, 4); // nothing listens there: it waits in the outbox
        const Run r = runProgram(
            QStringLiteral(LEADENTRY_APP_PATH), {QStringLiteral("--exit-after-startup")}, appEnvironment({}, env));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // What start-up used until the first paint, for tests/bench/startup.sh.
        const QRegularExpression usage(QStringLiteral("^first paint: CPU (\\d+\\.\\d) ms, peak memory (\\d+) KiB$"));
        const QRegularExpressionMatch found = usage.match(r.out.trimmed());
        QVERIFY2(found.hasMatch(), qPrintable(r.out));
        QVERIFY(found.captured(1).toDouble() > 0);
        QVERIFY(found.captured(2).toLongLong() > 1024); // a Qt window takes more than a MiB
    }

    // Start-up loads no image plugin before the first paint (issue 14): Qt's reader asks every
    // plugin whether it reads a file unless told its format, and the window's icon and the bars'
    // overflow icons loaded Qt's GIF, ICO and JPEG plugins (and the JPEG library) that way.
    void appLoadsNoImagePluginBeforeItsFirstPaint()
    {
#ifdef Q_OS_WIN
        QSKIP("a Windows program without a console sends Qt's debug output to the debugger");
#else
        QTemporaryDir home;
        QProcessEnvironment env = appEnvironment(home.path());
        env.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
        const Run r = runProgram(QStringLiteral(LEADENTRY_APP_PATH), {QStringLiteral("--exit-after-startup")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("first paint: ")), qPrintable(r.out));
        // The platform plugin's line shows that loads are reported at all; the program ends at the
        // first paint, so every load reported came before it.
        QVERIFY2(
            r.err.contains(QRegularExpression(QStringLiteral("platforms/[^\"]+\" loaded library"))), qPrintable(r.err));
        const QRegularExpressionMatch image
            = QRegularExpression(QStringLiteral("imageformats/[^\"]+\" loaded library")).match(r.err);
        QVERIFY2(!image.hasMatch(), qPrintable(image.captured()));
#endif
    }

    // The history file opens after the window's first paint (issue 14: SQLite and Qt's driver for
    // it were a tenth of start-up's memory); `--exit-after-startup` still opens it before it ends.
    void appOpensItsHistoryAfterItsFirstPaint()
    {
#ifndef Q_OS_LINUX
        QSKIP("the memory map at the first paint is read from Linux's /proc");
#else
        QTemporaryDir home;
        QProcessEnvironment env = appEnvironment(home.path());
        env.insert(QStringLiteral("LEADENTRY_BENCH_MEMORY_MAP"), home.filePath(QStringLiteral("map")));
        const Run r = runProgram(QStringLiteral(LEADENTRY_APP_PATH), {QStringLiteral("--exit-after-startup")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile map(home.filePath(QStringLiteral("map")));
        QVERIFY(map.open(QIODevice::ReadOnly));
        const QByteArray atFirstPaint = map.readAll();
        QVERIFY2(atFirstPaint.contains("libQt6Widgets"), atFirstPaint.left(2000).constData());
        QVERIFY(!atFirstPaint.contains("libsqlite3"));
        QVERIFY(!atFirstPaint.contains("sqldrivers/"));
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("leadentry.sqlite"))));
#endif
    }

    // A history file that cannot be opened: the window paints, then a message says why over it,
    // and LeadEntry waits there for the person (it ends when the message is closed).
    void appSaysWhyItsHistoryCannotBeOpened()
    {
#ifdef Q_OS_WIN
        QSKIP("a Windows program without a console sends its warnings to the debugger");
#else
        QTemporaryDir home;
        QFile damaged(home.filePath(QStringLiteral("leadentry.sqlite")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();
        const QProcessEnvironment env = appEnvironment(home.path());
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LEADENTRY_APP_PATH), {QStringLiteral("--exit-after-startup")});
        QByteArray out;
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("the history cannot be opened:"), 30000);
        out += app.readAllStandardOutput();
        QVERIFY2(out.startsWith("first paint: "), out.constData());
        QVERIFY2(err.contains("is damaged or is not a LeadEntry database"), err.constData());
        // SQLite's reason, not run together with the driver's ("file is not a database Unable to ...").
        QVERIFY2(err.contains("(file is not a database)"), err.constData());
        QCOMPARE(app.state(), QProcess::Running); // the message waits for the person
        QCOMPARE(QFileInfo(damaged).size(), 8192); // left untouched
        app.kill();
        app.waitForFinished();
#endif
    }

    // A program without its phone-number module (a broken installation) says what is missing and
    // how to mend it, refuses the lead and stores nothing; the history is still there to read.
    void withoutThePhoneModuleALeadIsRefusedWithTheReason()
    {
#ifndef Q_OS_LINUX
        QSKIP("a lone copy of the program needs its DLLs beside it on Windows");
#else
        QTemporaryDir alone;
        const QString copy = alone.filePath(QStringLiteral("leadentry-cli"));
        QVERIFY(QFile::copy(QStringLiteral(LEADENTRY_CLI_PATH), copy));
        const QProcessEnvironment env = cliEnvironment(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k"));
        const qsizetype before = historyJson(env).size();
        Run r
            = runProgram(copy, leadArgs(QStringLiteral("809 555 0171"), QStringLiteral("sinmodulo@example.com")), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Phone numbers cannot be checked: leadentry-phone.so is in neither ")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Reinstall LeadEntry.")), qPrintable(r.err));
        r = runProgram(copy,
            {QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("100000")},
            env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), before);
#endif
    }

    // The catalog from the command line, against the sandbox's built-in sample: refresh with the
    // public token, list, and --property/--agent resolved into the lead that goes out.
    void catalogPicksByName()
    {
        SandboxProcess server;
        QVERIFY(server.start({QStringLiteral("--public-token"), QStringLiteral("pt")}));
        QProcessEnvironment env = cliEnvironment(server.baseUrl(), QStringLiteral("k"));
        env.insert(QStringLiteral("ALTERESTATE_PUBLIC_TOKEN"), QStringLiteral("wrong"));
        Run r = runCli({QStringLiteral("catalog"), QStringLiteral("refresh")}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused the public API token (401")), qPrintable(r.err));
        env.insert(QStringLiteral("ALTERESTATE_PUBLIC_TOKEN"), QStringLiteral("pt"));
        r = runCli({QStringLiteral("catalog"), QStringLiteral("refresh")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Properties: 286 · Agents: 12")), qPrintable(r.out));
        // Every page was asked for, in order, to the last.
        const QStringList lines = server.requestLines();
        QVERIFY(lines.filter(QStringLiteral("GET /api/v1/properties/filter/?page=15 200")).size() == 1);

        r = runCli({QStringLiteral("catalog"), QStringLiteral("properties"), QStringLiteral("--search"),
                       QStringLiteral("torre naco 5"), QStringLiteral("--json")},
            env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject naco = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(naco.value(QLatin1String("name")).toString(), QStringLiteral("Torre Naco 5"));
        QCOMPARE(naco.value(QLatin1String("price")).toDouble(), 245000.0);
        const QString uid = naco.value(QLatin1String("uid")).toString();
        r = runCli(
            {QStringLiteral("catalog"), QStringLiteral("agents"), QStringLiteral("--search"), QStringLiteral("gomez")},
            env);
        QCOMPARE(r.out, QStringLiteral("maria.gomez@inmobiliaria-demo.do\tMaría Gómez\t+1 809 555 1200\n"));

        r = runCli(leadArgs(QStringLiteral("809 555 0161"), QStringLiteral("catalogo@example.com"))
                + QStringList {QStringLiteral("--property"), QStringLiteral("Torre Naco 5"), QStringLiteral("--agent"),
                    QStringLiteral("María Gómez"), QStringLiteral("--json")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject sent = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(sent.value(QLatin1String("property_uid")).toString(), uid);
        QCOMPARE(sent.value(QLatin1String("related")).toString(), QStringLiteral("maria.gomez@inmobiliaria-demo.do"));

        // Ambiguous: exit 2 with the candidates, nothing sent.
        const int before = server.requestLines().size();
        r = runCli(leadArgs(QStringLiteral("809 555 0162"), QStringLiteral("catalogo2@example.com"))
                + QStringList {QStringLiteral("--property"), QStringLiteral("Torre Naco")},
            env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("could be any of these")) && r.err.contains(uid), qPrintable(r.err));
        // Unknown; and a name beside the raw value.
        r = runCli(leadArgs(QStringLiteral("809 555 0162"), QStringLiteral("catalogo2@example.com"))
                + QStringList {QStringLiteral("--agent"), QStringLiteral("Nadie Conocido")},
            env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not in the catalog")), qPrintable(r.err));
        r = runCli(leadArgs(QStringLiteral("809 555 0162"), QStringLiteral("catalogo2@example.com"))
                + QStringList {QStringLiteral("--property"), uid, QStringLiteral("--property-uid"), uid},
            env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(server.requestLines().size(), before);

        // The same in an event profile (--option=value too) and an import.
        r = runCli({QStringLiteral("event"), QStringLiteral("set"), QStringLiteral("Feria Naco"),
                       QStringLiteral("--property=torre naco 5"), QStringLiteral("--agent"),
                       QStringLiteral("maria gomez"), QStringLiteral("utm_source=feria")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("event"), QStringLiteral("set"), QStringLiteral("Feria Naco"),
                       QStringLiteral("--kiosk-listing"), uid, QStringLiteral("--kiosk-listing"),
                       QStringLiteral("Villa Cap Cana 1")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("event"), QStringLiteral("show"), QStringLiteral("Feria Naco")}, env);
        QVERIFY2(r.out.contains(QStringLiteral("kiosk_listings=") + uid + u' '), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("property_uid=") + uid)
                && r.out.contains(QStringLiteral("related=maria.gomez@inmobiliaria-demo.do")),
            qPrintable(r.out));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("visitas.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("full_name,phone,email\nLuis Peña,809 555 0163,luis.catalogo@example.com\n");
        file.close();
        r = runCli({QStringLiteral("import"), csv, QStringLiteral("--property"), QStringLiteral("Torre Naco 6"),
                       QStringLiteral("--agent"), QStringLiteral("ana.martinez@inmobiliaria-demo.do")},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject imported = findById(historyJson(env), localIdOf(r.out));
        QVERIFY(!imported.value(QLatin1String("property_uid")).toString().isEmpty());
        QVERIFY(imported.value(QLatin1String("property_uid")).toString() != uid);
        QCOMPARE(
            imported.value(QLatin1String("related")).toString(), QStringLiteral("ana.martinez@inmobiliaria-demo.do"));
    }

    // A catalog file of the sandbox: unknown fields ignored, missing ones tolerated, a listing
    // without a uid left out; `catalog status` says what the copy holds.
    void catalogFromAFileWithOddFields()
    {
        // In the working folder, named relative to it: under Wine the sandbox is a Linux program,
        // which reads no Windows path (a temporary folder is on another drive there).
        QTemporaryDir dir(QDir::current().filePath(QStringLiteral("catalog-XXXXXX")));
        const QString path = dir.filePath(QStringLiteral("catalog.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Written with single quotes (no name here has an apostrophe).
        file.write(QByteArray(
            "{'properties': ["
            "{'uid': 'P1', 'slug': 'solar-juan-dolio', 'name': 'Solar Juan Dolio', 'brand_new': {'x': 1}},"
            "{'uid': 'P2', 'slug': 'sin-precio', 'sector': 'Gazcue'}],"
            "'agents': [{'uid': 'A1', 'full_name': 'Rosa Díaz', 'email': 'rosa@example.com', 'extra': [1]}]}")
                       .replace('\'', '"'));
        file.close();
        SandboxProcess server;
        QVERIFY(server.start({QStringLiteral("--catalog"), QDir::current().relativeFilePath(path)}));
        QProcessEnvironment env = cliEnvironment(server.baseUrl(), QStringLiteral("k"));
        env.insert(QStringLiteral("ALTERESTATE_PUBLIC_TOKEN"), QStringLiteral("pt"));
        const QString home = dir.filePath(QStringLiteral("home"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home); // a history of its own
        Run r = runCli({QStringLiteral("catalog"), QStringLiteral("refresh")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("catalog"), QStringLiteral("properties")}, env);
        QCOMPARE(r.out, QStringLiteral("P2\tP2 · Gazcue\nP1\tSolar Juan Dolio\n"));
        r = runCli({QStringLiteral("catalog"), QStringLiteral("status")}, env);
        QVERIFY2(r.out.contains(QStringLiteral("Properties: 2; agents: 1.")), qPrintable(r.out));
    }

    void created()
    {
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0101"), QStringLiteral("c1@example.com")),
            cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression line(
            QStringLiteral("^created #\\d+ id=\\d+ uid=[A-Za-z0-9]{10} deal=\\d+ log=\\d+\\n$"));
        QVERIFY2(line.match(r.out).hasMatch(), qPrintable(r.out + r.err));
    }

    void duplicate()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        QCOMPARE(runCli(leadArgs(QStringLiteral("829 555 0102"), QStringLiteral("d1@example.com")), env).exitCode, 0);
        const Run r = runCli(leadArgs(QStringLiteral("829-555-0102"), QStringLiteral("other@example.com")), env);
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression line(QStringLiteral("^duplicate #\\d+ log=LOG\\d+: "));
        QVERIFY2(line.match(r.out).hasMatch(), qPrintable(r.out));
        // The outbox remembered the first one: a note on stderr says so before sending.
        QVERIFY2(r.err.contains(QLatin1String("This phone was submitted before")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("This contact already exists")));
    }

    void jsonOutput()
    {
        const Run r = runCli(leadArgs(QStringLiteral("849 555 0103"), QStringLiteral("j1@example.com"))
                << QStringLiteral("--json") << QStringLiteral("--utm-source") << QStringLiteral("Expo Vivienda"),
            cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error {};
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("created"));
        QVERIFY(o.value(QLatin1String("id")).toInteger() > 0);
        QVERIFY(!o.value(QLatin1String("remote_id")).toString().isEmpty());
        QVERIFY(!o.value(QLatin1String("uid")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("utm_source")).toString(), QStringLiteral("Expo Vivienda"));
        QCOMPARE(o.value(QLatin1String("origin")).toString(), QStringLiteral("cli"));
    }

    // The contract (README, "JSON output"): submit, sync, import and history print one shape of
    // a submission, with exactly these keys.
    void jsonIsOneShapeInEveryCommand()
    {
        QStringList expected {QStringLiteral("id"), QStringLiteral("full_name"), QStringLiteral("phone"),
            QStringLiteral("email"), QStringLiteral("property_uid"), QStringLiteral("utm_source"),
            QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"), QStringLiteral("utm_content"),
            QStringLiteral("utm_term"), QStringLiteral("adset_name"), QStringLiteral("campaign_name"),
            QStringLiteral("form_name"), QStringLiteral("platform"), QStringLiteral("round_robin"),
            QStringLiteral("listing_type"), QStringLiteral("related"), QStringLiteral("notes"), QStringLiteral("via"),
            QStringLiteral("state"), QStringLiteral("uncertain"), QStringLiteral("remote_id"), QStringLiteral("uid"),
            QStringLiteral("deal_id"), QStringLiteral("log_id"), QStringLiteral("message"), QStringLiteral("attempts"),
            QStringLiteral("origin"), QStringLiteral("event"), QStringLiteral("created_at"),
            QStringLiteral("updated_at"), QStringLiteral("resubmission_of"), QStringLiteral("consent_version"),
            QStringLiteral("consent_at"), QStringLiteral("consent_station")};
        expected.sort();
        const auto keysOf = [](const QJsonObject& o) {
            QStringList keys = o.keys();
            keys.sort();
            return keys;
        };
        const auto withKey = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        const auto withoutKey = cliEnvironment(m_sandbox.baseUrl(), QString());

        // submit --json: one object.
        Run r = runCli(
            leadArgs(QStringLiteral("849 555 0181"), QStringLiteral("shape1@example.com")) << QStringLiteral("--json"),
            withKey);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(keysOf(QJsonDocument::fromJson(r.out.toUtf8()).object()), expected);

        // sync --json: one object per line, for a lead that waited for want of a key.
        r = runCli(leadArgs(QStringLiteral("849 555 0182"), QStringLiteral("shape2@example.com")), withoutKey);
        QCOMPARE(r.exitCode, 4);
        r = runCli({QStringLiteral("sync"), QStringLiteral("--json")}, withKey);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString& line : lines)
            QCOMPARE(keysOf(QJsonDocument::fromJson(line.toUtf8()).object()), expected);

        // import --json: each result.
        const QString path = m_dir.filePath(QStringLiteral("shape.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,phone,email\nForma Tres,849 555 0183,shape3@example.com\n");
        csv.close();
        r = runCli({QStringLiteral("import"), path, QStringLiteral("--json")}, withKey);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(keysOf(results.first().toObject()), expected);

        // history --json: every row.
        const QJsonArray rows = historyJson(withKey);
        QVERIFY(rows.size() >= 3);
        for (const QJsonValue& row : rows)
            QCOMPARE(keysOf(row.toObject()), expected);
    }

    void rejectedExitsThree()
    {
        SandboxProcess refusing;
        QVERIFY(refusing.start({QStringLiteral("--fail-every"), QStringLiteral("1"), QStringLiteral("--fail-status"),
            QStringLiteral("400")}));
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0104"), QStringLiteral("r1@example.com")),
            cliEnvironment(refusing.baseUrl(), QStringLiteral("any")));
        QCOMPARE(r.exitCode, 3);
        static const QRegularExpression line(QStringLiteral("^rejected #\\d+: Injected failure.\\n$"));
        QVERIFY2(line.match(r.out).hasMatch(), qPrintable(r.out));
    }

    void wrongKeyExitsFourAndNamesTheKey()
    {
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0105"), QStringLiteral("k1@example.com")),
            cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("wrong-key")));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QLatin1String("API key")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Invalid token")));
        QVERIFY(!r.out.contains(QLatin1String("wrong-key"))); // the key itself is never printed
        QVERIFY(!r.err.contains(QLatin1String("wrong-key")));
    }

    void noKeyAnywhereExitsFour()
    {
        const int before = m_sandbox.requestLines().size();
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0106"), QStringLiteral("k2@example.com")),
            cliEnvironment(m_sandbox.baseUrl(), QString()));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QLatin1String("API key")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("queued #")), qPrintable(r.out));
        QCOMPARE(m_sandbox.requestLines().size(), before);
        // Stored, waiting: exit 4 means it is in the outbox.
        const QJsonObject row = findById(historyJson(cliEnvironment({}, {})), localIdOf(r.out));
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(row.value(QLatin1String("email")).toString(), QStringLiteral("k2@example.com"));
    }

    void serverDownExitsFour()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0107"), QStringLiteral("s1@example.com")),
            cliEnvironment(url, QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QLatin1String("connection refused")), qPrintable(r.out));
        QVERIFY2(r.out.startsWith(QLatin1String("queued #")), qPrintable(r.out));
        const qint64 id = localIdOf(r.out);

        // The server is back: sync delivers what waited, and every lead ends final.
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        const Run sync = runCli({QStringLiteral("sync")}, env);
        QCOMPARE(sync.exitCode, 0);
        QVERIFY2(sync.out.contains(QStringLiteral("created #%1 ").arg(id)), qPrintable(sync.out + sync.err));
        QCOMPARE(historyJson(env, {QStringLiteral("--state"), QStringLiteral("queued")}).size(), 0);
        QCOMPARE(findById(historyJson(env), id).value(QLatin1String("attempts")).toInt(), 2);
        QCOMPARE(runCli({QStringLiteral("sync")}, env).exitCode, 0); // nothing left: still fine
    }

    // A 429 asking for an hour: `sync` waits it out (and says why); `sync --force` sends, saying so.
    void syncWaitsOutRetryAfter()
    {
        SandboxProcess limited;
        QVERIFY(limited.start({QStringLiteral("--key"), QStringLiteral("right-key"), QStringLiteral("--fail-every"),
            QStringLiteral("1"), QStringLiteral("--fail-status"), QStringLiteral("429"),
            QStringLiteral("--retry-after"), QStringLiteral("3600")}));
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0171"), QStringLiteral("ra@example.com")),
            cliEnvironment(limited.baseUrl(), QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 4);
        const qint64 id = localIdOf(r.out);
        QVERIFY(id > 0);

        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        const int before = m_sandbox.requestLines().size();
        const Run sync = runCli({QStringLiteral("sync")}, env);
        QCOMPARE(sync.exitCode, 4);
        QVERIFY2(sync.err.contains(QLatin1String("Retry-After")) && sync.err.contains(QLatin1String("--force")),
            qPrintable(sync.err));
        QCOMPARE(m_sandbox.requestLines().size(), before);

        const Run forced = runCli({QStringLiteral("sync"), QStringLiteral("--force")}, env);
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.err.contains(QLatin1String("--force sends anyway")), qPrintable(forced.err));
        QVERIFY2(forced.out.contains(QStringLiteral("created #%1 ").arg(id)), qPrintable(forced.out));
    }

    // A server that creates the lead and then cuts the connection: one submit, one POST, and the
    // lead waits marked uncertain (the next answer, a duplicate, will say an earlier attempt may
    // have created it), never "duplicate, attempts=1" as if nothing had gone before.
    void createdThenCutIsOnePostAndUncertain()
    {
        SandboxProcess cutting;
        QVERIFY(cutting.start({QStringLiteral("--key"), QStringLiteral("right-key"),
            QStringLiteral("--drop-connection-every"), QStringLiteral("1")}));
        const Run r = runCli(
            leadArgs(QStringLiteral("809 555 0172"), QStringLiteral("cut@example.com")) << QStringLiteral("--json"),
            cliEnvironment(cutting.baseUrl(), QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 4);
        const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(row.value(QLatin1String("uncertain")).toBool(), true);
        QCOMPARE(row.value(QLatin1String("attempts")).toInt(), 1);
        QCOMPARE(cutting.requestLines().size(), 1);
    }

    void invalidInputExitsTwoAndSendsNothing()
    {
        const int before = m_sandbox.requestLines().size();
        const qsizetype storedBefore = historyJson(cliEnvironment({}, {})).size();
        const Run r = runCli({QStringLiteral("submit"), QStringLiteral("--full-name"), QStringLiteral("  "),
                                 QStringLiteral("--phone"), QStringLiteral("555 0123"), QStringLiteral("--email"),
                                 QStringLiteral("ana@"), QStringLiteral("--related"), QStringLiteral("agent")},
            cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("full_name: ")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("phone: ")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("email: ")));
        QVERIFY(lines.at(3).startsWith(QLatin1String("related: ")));
        QCOMPARE(m_sandbox.requestLines().size(), before);
        QCOMPARE(historyJson(cliEnvironment({}, {})).size(), storedBefore); // nothing stored either
    }

    void unverifiedPhoneNeedsTheFlag()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        const QStringList args = leadArgs(QStringLiteral("8091234567"), QStringLiteral("u1@example.com"));
        Run r = runCli(args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QLatin1String("phone: ")));
        QVERIFY(r.err.contains(QLatin1String("--accept-unverified-phone")));
        r = runCli(args + QStringList {QStringLiteral("--accept-unverified-phone")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("created")));
    }

    void badOptionsExitTwo()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        QCOMPARE(runCli({QStringLiteral("submit"), QStringLiteral("--nope"), QStringLiteral("x")}, env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("submit"), QStringLiteral("stray")}, env).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}, env).exitCode, 2);
        QCOMPARE(runCli({}, env).exitCode, 2);
    }

    void plainHttpToARemoteHostIsRefused()
    {
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0108"), QStringLiteral("h1@example.com")),
            cliEnvironment(QUrl(QStringLiteral("http://crm.example.com")), QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QLatin1String("https://")), qPrintable(r.out));
    }

    void versionAndHelp()
    {
        const auto env = cliEnvironment({}, {});
        Run r = runCli({QStringLiteral("--version")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("leadentry-cli " LEADENTRY_VERSION "\n"));
        r = runCli({QStringLiteral("--help")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("submit")));
        r = runCli({QStringLiteral("submit"), QStringLiteral("--help")}, env);
        QCOMPARE(r.exitCode, 0);
        for (const char* option : {"--full-name", "--utm-source", "--round-robin", "--listing-type", "--via", "--json"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void config()
    {
        const auto env = cliEnvironment({}, {});
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("default_region")}, env).out,
            QStringLiteral("DO\n"));
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("timeout_seconds"),
                            QStringLiteral("12")},
                     env)
                     .exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("timeout_seconds")}, env).out,
            QStringLiteral("12\n"));
        Run r = runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("base_url"),
                           QStringLiteral("http://crm.example.com")},
            env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("https://")));
        r = runCli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("colour")}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("base_url")));
        r = runCli({QStringLiteral("config"), QStringLiteral("list")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("timeout_seconds = 12")));
        QVERIFY(QFile::exists(QDir(qEnvironmentVariable("LEADENTRY_HOME")).filePath(QStringLiteral("leadentry.ini"))));
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("timeout_seconds"),
                            QStringLiteral("30")},
                     env)
                     .exitCode,
            0);
    }

    void history()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        const Run made = runCli(leadArgs(QStringLiteral("809 555 0190"), QStringLiteral("maria.nunez@example.com"),
                                    QStringLiteral("María Núñez")),
            env);
        QCOMPARE(made.exitCode, 0);
        const qint64 id = localIdOf(made.out);

        // Search by name without accents, by part of the phone, by email.
        for (const QString& text : {QStringLiteral("maria nun"), QStringLiteral("555 0190"),
                 QStringLiteral("809555019"), QStringLiteral("nunez@exam")}) {
            const QJsonArray rows = historyJson(env, {QStringLiteral("--search"), text});
            QVERIFY2(!findById(rows, id).isEmpty(), qPrintable(text));
        }
        QCOMPARE(historyJson(env, {QStringLiteral("--search"), QStringLiteral("zzzz-nobody")}).size(), 0);

        const QJsonObject row = findById(historyJson(env, {QStringLiteral("--state"), QStringLiteral("created")}), id);
        QCOMPARE(row.value(QLatin1String("full_name")).toString(), QStringLiteral("María Núñez"));
        QVERIFY(!row.value(QLatin1String("remote_id")).toString().isEmpty());
        QCOMPARE(row.value(QLatin1String("attempts")).toInt(), 1);
        QVERIFY(row.value(QLatin1String("created_at")).toString().endsWith(u'Z'));
        QVERIFY(findById(historyJson(env, {QStringLiteral("--state"), QStringLiteral("rejected")}), id).isEmpty());

        Run r = runCli(
            {QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--search"), QStringLiteral("María")},
            env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("id,full_name,phone,email,")));
        QVERIFY(r.out.contains(QStringLiteral("%1,María Núñez,809 555 0190,maria.nunez@example.com,").arg(id)));

        r = runCli({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("1")}, env);
        QCOMPARE(r.out.count(u'\n'), 1);
        QCOMPARE(
            runCli({QStringLiteral("history"), QStringLiteral("--state"), QStringLiteral("lost")}, env).exitCode, 2);
    }

    void eventProfiles()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        QCOMPARE(runCli({QStringLiteral("event"), QStringLiteral("set"), QStringLiteral("Expo 2026"),
                            QStringLiteral("utm_source=Expo"), QStringLiteral("form_name=Stand 4")},
                     env)
                     .exitCode,
            0);
        Run r = runCli({QStringLiteral("event"), QStringLiteral("list")}, env);
        QVERIFY(r.out.contains(QLatin1String("Expo 2026")));
        r = runCli({QStringLiteral("event"), QStringLiteral("show"), QStringLiteral("Expo 2026")}, env);
        QCOMPARE(r.out, QStringLiteral("utm_source=Expo\nform_name=Stand 4\n"));
        QCOMPARE(runCli({QStringLiteral("event"), QStringLiteral("set"), QStringLiteral("Expo 2026"),
                            QStringLiteral("full_name=Nope")},
                     env)
                     .exitCode,
            2); // not a preset field

        // --event fills what was not given; explicit options win; the profile is recorded.
        r = runCli(leadArgs(QStringLiteral("809 555 0401"), QStringLiteral("ev1@example.com"))
                << QStringLiteral("--event") << QStringLiteral("Expo 2026") << QStringLiteral("--utm-source")
                << QStringLiteral("Instagram"),
            env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject row = findById(historyJson(env), localIdOf(r.out));
        QCOMPARE(row.value(QLatin1String("utm_source")).toString(), QStringLiteral("Instagram"));
        QCOMPARE(row.value(QLatin1String("form_name")).toString(), QStringLiteral("Stand 4"));
        QCOMPARE(row.value(QLatin1String("event")).toString(), QStringLiteral("Expo 2026"));
        QCOMPARE(runCli(leadArgs(QStringLiteral("809 555 0402"), QStringLiteral("ev2@example.com"))
                         << QStringLiteral("--event") << QStringLiteral("Nope"),
                     env)
                     .exitCode,
            2);
        QCOMPARE(
            runCli({QStringLiteral("event"), QStringLiteral("delete"), QStringLiteral("Expo 2026")}, env).exitCode, 0);
        QCOMPARE(
            runCli({QStringLiteral("event"), QStringLiteral("show"), QStringLiteral("Expo 2026")}, env).exitCode, 2);
    }

    void importUnderAnEventProfile()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        QCOMPARE(runCli({QStringLiteral("event"), QStringLiteral("set"), QStringLiteral("Feria"),
                            QStringLiteral("utm_source=Feria"), QStringLiteral("utm_campaign=Lanzamiento")},
                     env)
                     .exitCode,
            0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feria.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A Spanish-locale spreadsheet: BOM, ';', CRLF, accents, a note with a line break, two bad rows.
        file.write("\xEF\xBB\xBFNombre;Tel\xC3\xA9"
                   "fono;Correo;Notas\r\n"
                   "Mar\xC3\xAD"
                   "a Pe\xC3\xB1"
                   "a;809 555 0501;maria.imp@example.com;\"Quiere\r\nalquilar\"\r\n"
                   "Mal;12;mal@;\r\n"
                   "Jorge;829 555 0502;jorge.imp@example.com;\r\n"
                   "Jorge otra vez;829-555-0502;jorge2.imp@example.com;\r\n");
        file.close();

        const int before = m_sandbox.requestLines().size();
        Run r = runCli({QStringLiteral("import"), path, QStringLiteral("--event"), QStringLiteral("Feria"),
                           QStringLiteral("--dry-run")},
            env);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_sandbox.requestLines().size(), before); // a dry run sends nothing

        r = runCli({QStringLiteral("import"), path, QStringLiteral("--event"), QStringLiteral("Feria")}, env);
        QCOMPARE(r.exitCode, 2); // some rows were invalid…
        QVERIFY2(r.err.contains(QLatin1String("row 3: phone: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("row 3: email: ")));
        QVERIFY(r.err.contains(QLatin1String("row 5: phone: Repeats row 4")));
        QCOMPARE(r.out.count(QLatin1String("created #")), 2); // …and every good row was delivered
        const QJsonArray rows = historyJson(env, {QStringLiteral("--search"), QStringLiteral("maria.imp@example.com")});
        QCOMPARE(rows.size(), 1);
        const QJsonObject maria = rows.first().toObject();
        QCOMPARE(maria.value(QLatin1String("full_name")).toString(), QStringLiteral("María Peña"));
        QCOMPARE(maria.value(QLatin1String("notes")).toString(), QStringLiteral("Quiere\r\nalquilar"));
        QCOMPARE(maria.value(QLatin1String("utm_campaign")).toString(), QStringLiteral("Lanzamiento"));
        QCOMPARE(maria.value(QLatin1String("event")).toString(), QStringLiteral("Feria"));
        QCOMPARE(maria.value(QLatin1String("origin")).toString(), QStringLiteral("import"));

        // A file without a phone column: one clear error, nothing stored.
        const QString noPhone = dir.filePath(QStringLiteral("nophone.csv"));
        QFile other(noPhone);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("Nombre,Correo\nA,a.nophone@example.com\n");
        other.close();
        r = runCli({QStringLiteral("import"), noPhone}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("no column for: phone")));
        QCOMPARE(historyJson(env, {QStringLiteral("--search"), QStringLiteral("a.nophone@example.com")}).size(), 0);
    }

    // A big file is streamed: progress on stderr every tenth; a file that turns out broken half-way
    // (a missing closing quote) stores nothing and names the row.
    void bigImportShowsProgressAndABrokenOneStoresNothing()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone,email,notes\n");
        for (int i = 0; i < 20000; ++i)
            file.write("Lead " + QByteArray::number(i) + ",+1809" + QByteArray::number(3000000 + i) + ",big"
                + QByteArray::number(i) + "@example.com,Una nota de prueba para que el archivo pese\n");
        file.close();
        Run r = runCli({QStringLiteral("import"), path, QStringLiteral("--dry-run")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("50% checked")) && r.err.contains(QLatin1String("100% checked")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("20000 rows: 20000 valid, 0 invalid.")), qPrintable(r.err));

        QVERIFY(file.open(QIODevice::Append));
        file.write("Rota,+18094000000,\"rota@example.com,sin cierre\n");
        for (int i = 0; i < 2000; ++i)
            file.write("Cola " + QByteArray::number(i) + ",+1809410" + QByteArray::number(1000 + i) + ",cola"
                + QByteArray::number(i) + "@example.com,\n");
        file.close();
        const int before = m_sandbox.requestLines().size();
        r = runCli({QStringLiteral("import"), path}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Row 20002")) && r.err.contains(QLatin1String("Nothing was imported")),
            qPrintable(r.err));
        QCOMPARE(m_sandbox.requestLines().size(), before);
        QCOMPARE(historyJson(env, {QStringLiteral("--search"), QStringLiteral("big1@example.com")}).size(), 0);
    }

    // A kiosk visitor's name is theirs to type: the CSV export shows it, and runs nothing.
    void historyCsvIsSafeInASpreadsheet()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        const Run r = runCli(leadArgs(QStringLiteral("809 555 0191"), QStringLiteral("formula@example.com"),
                                 QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Ana\")")),
            env);
        QCOMPARE(r.exitCode, 0);
        const Run csv = runCli(
            {QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--search"), QStringLiteral("formula")},
            env);
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains(QLatin1String("\"'=HYPERLINK(")), qPrintable(csv.out));
        QVERIFY2(csv.out.contains(QLatin1String(",809 555 0191,")), qPrintable(csv.out)); // phones stay readable
    }

    void importWhileTheServerIsDownQueuesEverything()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl down(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone,email\nQ1,809 555 0601,q1@example.com\nQ2,809 555 0602,q2@example.com\n");
        file.close();
        const Run r = runCli({QStringLiteral("import"), path}, cliEnvironment(down, QStringLiteral("right-key")));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.out.count(QLatin1String("queued #")), 2);
    }

    // What reaches the wire, byte for byte: the documented path, headers and fields.
    void wireFormat()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QByteArray request;
        QTcpSocket* socket = nullptr;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&] {
                request += socket->readAll();
                const qsizetype end = request.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                static const QRegularExpression length(QStringLiteral("(?i)content-length: *(\\d+)"));
                const auto m = length.match(QString::fromLatin1(request.left(end)));
                if (m.hasMatch() && request.size() - end - 4 >= m.captured(1).toInt()) {
                    const QByteArray body
                        = "{\"status\":201,\"data\":{\"id\":1,\"uid\":\"U\"},\"log_id\":2,\"deal_id\":3}";
                    socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->flush();
                }
            });
        });
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), QStringLiteral("tok-123")));
        cli.start(QStringLiteral(LEADENTRY_CLI_PATH),
            {QStringLiteral("submit"), QStringLiteral("--full-name"), QStringLiteral(" José Núñez 🏠 "),
                QStringLiteral("--phone"), QStringLiteral("(809) 555-0199"), QStringLiteral("--email"),
                QStringLiteral("jose@example.com"), QStringLiteral("--utm-source"), QStringLiteral("Feria"),
                QStringLiteral("--listing-type"), QStringLiteral("rent"), QStringLiteral("--notes"),
                QStringLiteral("Línea 1\nLínea 2")});
        QSignalSpy finished(&cli, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(cli.exitCode(), 0);

        const qsizetype end = request.indexOf("\r\n\r\n");
        QVERIFY(end > 0);
        const QList<QByteArray> head = request.left(end).split('\n');
        QCOMPARE(head.first().trimmed(), QByteArrayLiteral("POST /api/v1/leads/ HTTP/1.1"));
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < head.size(); ++i) {
            const QByteArray h = head.at(i).trimmed();
            const qsizetype colon = h.indexOf(':');
            headers.insert(h.left(colon).toLower(), h.mid(colon + 1).trimmed());
        }
        QCOMPARE(headers.value("authorization"), QByteArrayLiteral("Token tok-123"));
        QCOMPARE(headers.value("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(headers.value("accept"), QByteArrayLiteral("application/json"));
        QCOMPARE(headers.value("host"), QByteArray("127.0.0.1:" + QByteArray::number(server.serverPort())));
        QVERIFY(headers.value("user-agent").startsWith("LeadEntry/" LEADENTRY_VERSION));
        const QByteArray body = request.mid(end + 4);
        QCOMPARE(headers.value("content-length").toInt(), body.size());
        QCOMPARE(body,
            QStringLiteral("{\"email\":\"jose@example.com\",\"full_name\":\"José Núñez 🏠\",\"listing_type\":\"rent\","
                           "\"notes\":\"Línea 1\\nLínea 2\",\"phone\":\"+18095550199\",\"utm_source\":\"Feria\"}")
                .toUtf8());
    }

    // The right to cancellation: forget lists, asks, and erases one person's submissions.
    void forgetErasesOnePerson()
    {
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        QCOMPARE(runCli(leadArgs(QStringLiteral("809 555 0201"), QStringLiteral("olvido@example.com"),
                            QStringLiteral("Olga Olvido")),
                     env)
                     .exitCode,
            0);
        QCOMPARE(runCli(leadArgs(QStringLiteral("809 555 0201"), QStringLiteral("olvido2@example.com"),
                            QStringLiteral("Olga O.")),
                     env)
                     .exitCode,
            0);
        Run r = runCli({QStringLiteral("forget"), QStringLiteral("--phone"), QStringLiteral("(809) 555-0201"),
                           QStringLiteral("--dry-run")},
            env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1String("Olga")), 2);
        QVERIFY2(r.err.contains(QLatin1String("would be erased: 2")), qPrintable(r.err));

        r = runCli({QStringLiteral("forget"), QStringLiteral("--phone"), QStringLiteral("809 555 0201")}, env);
        QCOMPARE(r.exitCode, 2); // no terminal to ask, no --yes: nothing erased
        QVERIFY2(r.err.contains(QLatin1String("--yes")), qPrintable(r.err));
        QCOMPARE(historyJson(env, {QStringLiteral("--search"), QStringLiteral("Olga")}).size(), 2);

        r = runCli({QStringLiteral("forget"), QStringLiteral("--phone"), QStringLiteral("809 555 0201"),
                       QStringLiteral("--yes")},
            env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("search entries: 2.")), qPrintable(r.out));
        QCOMPARE(historyJson(env, {QStringLiteral("--search"), QStringLiteral("Olga")}).size(), 0);
        QCOMPARE(runCli({QStringLiteral("forget")}, env).exitCode, 2);
    }

    // Last, because it empties the history of every final lead.
    void historyPurgeKeepsWhatWaits()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl down(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        const auto downEnv = cliEnvironment(down, QStringLiteral("right-key"));
        QCOMPARE(
            runCli(leadArgs(QStringLiteral("809 555 0202"), QStringLiteral("espera@example.com")), downEnv).exitCode,
            4);
        const auto env = cliEnvironment(m_sandbox.baseUrl(), QStringLiteral("right-key"));
        Run r = runCli({QStringLiteral("history"), QStringLiteral("purge"), QStringLiteral("--older-than"),
                           QStringLiteral("0"), QStringLiteral("--dry-run")},
            env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("would be erased")), qPrintable(r.out));
        const int before = historyJson(env).size();
        r = runCli(
            {QStringLiteral("history"), QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("0")},
            env);
        QCOMPARE(r.exitCode, 2); // erasing is for good: with no terminal to ask, --yes is needed
        QCOMPARE(historyJson(env).size(), before);
        r = runCli({QStringLiteral("history"), QStringLiteral("purge"), QStringLiteral("--older-than"),
                       QStringLiteral("0"), QStringLiteral("--yes")},
            env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray left = historyJson(env);
        QVERIFY(left.size() < before);
        QCOMPARE(left.size(), historyJson(env, {QStringLiteral("--state"), QStringLiteral("queued")}).size());
        QVERIFY(left.size() >= 1);
        QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("purge")}, env).exitCode, 2);
    }

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
