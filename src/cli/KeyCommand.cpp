#include "Cli.h"

#include "core/SecretStore.h"
#include "platform/Platform.h"

#include <QFile>

namespace {
// Reads one line from standard input; when it is a terminal, without echoing the key.
QString readKeyFromStdin(QTextStream& err, bool isPublic)
{
    const bool terminal = Platform::stdinIsTerminal();
    if (terminal) {
        err << (isPublic ? CliContext::tr("AlterEstate public API token: ") : CliContext::tr("AlterEstate API key: "))
            << Qt::flush;
        Platform::setStdinEcho(false);
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine(4096)).trimmed();
    if (terminal) {
        Platform::setStdinEcho(true);
        err << '\n';
    }
    return line;
}
} // namespace

namespace {
// `key status` for one secret: stored or not, and whether its environment variable wins.
bool reportStatus(CliContext& c, const QString& name, const char* variable, bool isPublic)
{
    const bool fromEnvironment = !qEnvironmentVariableIsEmpty(variable);
    const SecretResult r = c.secrets.read(name);
    if (r.ok())
        c.out << (isPublic ? CliContext::tr("A public API token is stored in %1.")
                           : CliContext::tr("An API key is stored in %1."))
                     .arg(c.secrets.description())
              << '\n';
    else if (r.status == SecretResult::Status::NotFound)
        c.out << (isPublic ? CliContext::tr("No public API token is stored in %1.")
                           : CliContext::tr("No API key is stored in %1."))
                     .arg(c.secrets.description())
              << '\n';
    else
        c.out << CliContext::tr("Cannot use %1: %2").arg(c.secrets.description(), r.error) << '\n';
    if (fromEnvironment)
        c.out << (isPublic ? CliContext::tr("ALTERESTATE_PUBLIC_TOKEN is set and is the token in use.")
                           : CliContext::tr("ALTERESTATE_API_KEY is set and is the key in use."))
              << '\n';
    return r.ok() || r.status == SecretResult::Status::NotFound || fromEnvironment;
}
} // namespace

int runKey(CliContext& c)
{
    const QString action = c.args.value(1);
    QStringList rest = c.args.mid(2);
    // --public: the catalog's public API token instead of the API key.
    const bool isPublic = rest.removeAll(QStringLiteral("--public")) > 0;
    const QString name = isPublic ? PublicToken::secretName() : ApiKey::secretName();
    if (!rest.isEmpty()) {
        c.err << CliContext::tr("leadentry-cli key: too many arguments; the key is read from standard input.") << '\n';
        return ExitInvalid;
    }
    if (action == QLatin1String("set")) {
        const QString key = readKeyFromStdin(c.err, isPublic);
        if (key.isEmpty()) {
            c.err << CliContext::tr("leadentry-cli key set: no key on standard input; nothing changed.") << '\n';
            return ExitInvalid;
        }
        const SecretResult r = c.secrets.write(name, key);
        if (!r.ok()) {
            c.err << (isPublic ? CliContext::tr("The public API token could not be stored in %1: %2")
                               : CliContext::tr("The key could not be stored in %1: %2"))
                         .arg(c.secrets.description(), r.error)
                  << '\n';
            return ExitFailure;
        }
        c.out << (isPublic ? CliContext::tr("Public API token stored in %1.") : CliContext::tr("API key stored in %1."))
                     .arg(c.secrets.description())
              << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("clear")) {
        const SecretResult r = c.secrets.remove(name);
        if (!r.ok()) {
            c.err << (isPublic ? CliContext::tr("The public API token could not be removed from %1: %2")
                               : CliContext::tr("The key could not be removed from %1: %2"))
                         .arg(c.secrets.description(), r.error)
                  << '\n';
            return ExitFailure;
        }
        c.out << (isPublic ? CliContext::tr("Public API token removed from %1.")
                           : CliContext::tr("API key removed from %1."))
                     .arg(c.secrets.description())
              << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("status")) {
        const bool keyOk = reportStatus(c, ApiKey::secretName(), "ALTERESTATE_API_KEY", false);
        const bool tokenOk = reportStatus(c, PublicToken::secretName(), "ALTERESTATE_PUBLIC_TOKEN", true);
        return keyOk && tokenOk ? ExitOk : ExitFailure;
    }
    c.err << CliContext::tr("Usage: leadentry-cli key set | clear | status [--public]\n"
                            "  set     read the API key from standard input and store it in the system keychain\n"
                            "  clear   remove the stored key\n"
                            "  status  tell whether a key and a public token are stored (never prints them)\n"
                            "  --public  the public API token (properties and agents) instead of the API key\n");
    return action == QLatin1String("--help") ? ExitOk : ExitInvalid;
}
