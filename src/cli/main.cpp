#include "Cli.h"

#include "core/Settings.h"
#include "core/Translations.h"
#include "secrets/SystemSecretStore.h"

#include <QCoreApplication>

namespace {
QString usage()
{
    return CliContext::tr(
        "Usage: leadentry-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  submit    store one lead in the outbox and send it (submit --help lists the fields)\n"
        "  sync      one attempt for every lead waiting in the outbox\n"
        "  import    store and send the leads of a CSV file: FILE [--event PROFILE] [--dry-run] [--json]\n"
        "  history   list past submissions: --state, --search, --limit, --json or --csv;\n"
        "            history purge --older-than DAYS erases final leads older than that\n"
        "  forget    --email X | --phone Y [--dry-run] [--yes]: erase one person's submissions\n"
        "  event     list | show NAME | set NAME FIELD=VALUE... | delete NAME: event profiles\n"
        "  key       set | clear | status [--public]: the API key (or the public API token) in the system keychain\n"
        "  catalog   refresh | properties | agents | status: the company's listings and agents\n"
        "  config    list | get KEY | set KEY VALUE: the settings shared with the desktop app\n"
        "\n"
        "Exit codes: 0 created or duplicate, 2 invalid input, 3 rejected by the server,\n"
        "4 stored in the outbox, not delivered yet, 1 anything else.\n"
        "Environment: ALTERESTATE_API_KEY overrides the stored key, ALTERESTATE_PUBLIC_TOKEN the stored public\n"
        "token, ALTERESTATE_API_URL the base URL.\n");
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LeadEntry"));
    QCoreApplication::setApplicationName(QStringLiteral("leadentry-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADENTRY_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Settings settings;
    Translations::install(app, settings.language());

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        (command.isEmpty() ? err : out) << usage();
        return command.isEmpty() ? ExitInvalid : ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "leadentry-cli " << LEADENTRY_VERSION << '\n';
        return ExitOk;
    }

    // "leadentry-cli submit" becomes the program name that QCommandLineParser shows in errors.
    args.removeAt(1);
    args[0] = QStringLiteral("leadentry-cli ") + command;
    const std::unique_ptr<SecretStore> secretStore = makeSystemSecretStore();
    SecretStore& secrets = *secretStore;
    CliContext context {args, settings, secrets, out, err};
    if (command == QLatin1String("submit"))
        return runSubmit(context);
    if (command == QLatin1String("key"))
        return runKey(context);
    if (command == QLatin1String("config"))
        return runConfig(context);
    if (command == QLatin1String("sync"))
        return runSync(context);
    if (command == QLatin1String("history"))
        return runHistory(context);
    if (command == QLatin1String("event"))
        return runEvent(context);
    if (command == QLatin1String("import"))
        return runImport(context);
    if (command == QLatin1String("forget"))
        return runForget(context);
    if (command == QLatin1String("catalog"))
        return runCatalog(context);

    err << CliContext::tr("leadentry-cli: unknown command \"%1\".").arg(command) << "\n\n" << usage();
    return ExitInvalid;
}
