#include "SandboxServer.h"
#include "core/Settings.h"
#include "core/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {
int intOption(const QCommandLineParser& parser, const QString& name, int min, int max, bool* ok)
{
    bool valid = false;
    const int value = parser.value(name).toInt(&valid);
    if (!valid || value < min || value > max) {
        QTextStream(stderr) << QCoreApplication::translate(
            "Sandbox", "leadentry-sandbox: --%1 expects a number from %2 to %3")
                                   .arg(name)
                                   .arg(min)
                                   .arg(max)
                            << '\n';
        *ok = false;
    }
    return value;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadentry-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADENTRY_VERSION));

    Translations::install(app, Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Sandbox",
        "A local stand-in for AlterEstate's Leads API (POST /api/v1/leads/) and its catalog "
        "(GET /api/v1/properties/filter/, /api/v1/properties/view/SLUG/, /api/v1/agents/) on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QCoreApplication::translate("Sandbox", "Port to listen on (0 picks a free one)."),
            QStringLiteral("PORT"), QStringLiteral("8080")},
        {QStringLiteral("key"),
            QCoreApplication::translate("Sandbox", "The only API key accepted (default: any non-empty key)."),
            QStringLiteral("KEY")},
        {QStringLiteral("public-token"),
            QCoreApplication::translate(
                "Sandbox", "The only public API token (aetoken) the catalog accepts (default: any non-empty token)."),
            QStringLiteral("TOKEN")},
        {QStringLiteral("catalog"),
            QCoreApplication::translate("Sandbox",
                "Serve the listings and agents of FILE ({\"properties\": [...], \"agents\": [...]}) instead of the "
                "built-in Dominican sample."),
            QStringLiteral("FILE")},
        {QStringLiteral("allow-duplicates"),
            QCoreApplication::translate("Sandbox", "Create a new lead even when the phone or email was seen before.")},
        {QStringLiteral("latency-ms"), QCoreApplication::translate("Sandbox", "Wait this long before each answer."),
            QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("fail-every"),
            QCoreApplication::translate("Sandbox", "Answer every Nth request with --fail-status."), QStringLiteral("N"),
            QStringLiteral("0")},
        {QStringLiteral("fail-status"), QCoreApplication::translate("Sandbox", "HTTP status of injected failures."),
            QStringLiteral("CODE"), QStringLiteral("503")},
        {QStringLiteral("retry-after"),
            QCoreApplication::translate("Sandbox", "Retry-After (seconds) of injected 429 and 503 answers."),
            QStringLiteral("SECONDS"), QStringLiteral("1")},
        {QStringLiteral("html-errors"),
            QCoreApplication::translate("Sandbox", "Answer injected failures and unknown paths with an HTML page.")},
        {QStringLiteral("drop-connection-every"),
            QCoreApplication::translate("Sandbox", "Process every Nth request, then cut the connection unanswered."),
            QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("log-leads"), QCoreApplication::translate("Sandbox", "Add each lead's email to its log line.")},
        {QStringLiteral("log"),
            QCoreApplication::translate(
                "Sandbox", "Also write the log to FILE; the sandbox stops when FILE is deleted (for tests)."),
            QStringLiteral("FILE")},
    });
    parser.process(app);

    bool ok = true;
    SandboxOptions options;
    options.key = parser.value(QStringLiteral("key"));
    options.publicToken = parser.value(QStringLiteral("public-token"));
    options.allowDuplicates = parser.isSet(QStringLiteral("allow-duplicates"));
    options.latencyMs = intOption(parser, QStringLiteral("latency-ms"), 0, 600000, &ok);
    options.failEvery = intOption(parser, QStringLiteral("fail-every"), 0, 1000000, &ok);
    options.failStatus = intOption(parser, QStringLiteral("fail-status"), 100, 599, &ok);
    options.retryAfterSeconds = intOption(parser, QStringLiteral("retry-after"), 0, 86400, &ok);
    options.htmlErrors = parser.isSet(QStringLiteral("html-errors"));
    options.logLeads = parser.isSet(QStringLiteral("log-leads"));
    options.dropConnectionEvery = intOption(parser, QStringLiteral("drop-connection-every"), 0, 1000000, &ok);
    const int port = intOption(parser, QStringLiteral("port"), 0, 65535, &ok);
    if (!ok)
        return 2;

    SandboxServer server(options);
    if (const QString path = parser.value(QStringLiteral("catalog")); !path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "leadentry-sandbox: " << path << ": " << file.errorString() << '\n';
            return 1;
        }
        Result<SandboxCatalog> catalog = SandboxCatalog::fromJson(file.read(16 * 1024 * 1024 + 1));
        if (!catalog) {
            QTextStream(stderr) << "leadentry-sandbox: " << path << ": " << catalog.error() << '\n';
            return 2;
        }
        server.setCatalog(std::move(catalog).value());
    }
    QTextStream out(stdout);
    // --log FILE: the same lines in a file, for a parent that cannot read this process's output
    // (a Windows test under Wine); the file gone, the sandbox ends, as its parent cannot stop it.
    QFile logFile(parser.value(QStringLiteral("log")));
    QTextStream log(&logFile);
    QTimer watch;
    if (!logFile.fileName().isEmpty()) {
        if (!logFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            QTextStream(stderr) << "leadentry-sandbox: " << logFile.fileName() << ": " << logFile.errorString() << '\n';
            return 1;
        }
        QObject::connect(&watch, &QTimer::timeout, &app, [&logFile] {
            if (!QFile::exists(logFile.fileName()))
                QCoreApplication::quit();
        });
        watch.start(250);
    }
    const auto writeLine = [&out, &log, &logFile](const QString& line) {
        out << line << Qt::endl;
        if (logFile.isOpen())
            log << line << Qt::endl;
    };
    QObject::connect(&server, &SandboxServer::logLine, &app, writeLine);
    const quint16 actual = server.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
    if (actual == 0) {
        QTextStream(stderr) << QCoreApplication::translate(
            "Sandbox", "leadentry-sandbox: cannot listen on 127.0.0.1:%1 (in use?)")
                                   .arg(port)
                            << '\n';
        return 1;
    }
    // Tests read this first line to learn the port.
    writeLine(QStringLiteral("leadentry-sandbox listening on http://127.0.0.1:%1/").arg(actual));
    return QCoreApplication::exec();
}
