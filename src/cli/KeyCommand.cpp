#include "Cli.h"

#include "core/SecretStore.h"
#include "platform/Platform.h"

#include <QFile>

namespace {
// Reads one line from standard input; when it is a terminal, without echoing the key.
QString readKeyFromStdin(QTextStream& err)
{
    const bool terminal = Platform::stdinIsTerminal();
    if (terminal) {
        err << CliContext::tr("AlterEstate API key: ") << Qt::flush;
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

int runKey(CliContext& c)
{
    const QString action = c.args.value(1);
    const QString name = ApiKey::secretName();
    if (c.args.size() > 2) {
        c.err << CliContext::tr("leadentry-cli key: too many arguments; the key is read from standard input.") << '\n';
        return ExitInvalid;
    }
    if (action == QLatin1String("set")) {
        const QString key = readKeyFromStdin(c.err);
        if (key.isEmpty()) {
            c.err << CliContext::tr("leadentry-cli key set: no key on standard input; nothing changed.") << '\n';
            return ExitInvalid;
        }
        const SecretResult r = c.secrets.write(name, key);
        if (!r.ok()) {
            c.err << CliContext::tr("The key could not be stored in %1: %2").arg(c.secrets.description(), r.error)
                  << '\n';
            return ExitFailure;
        }
        c.out << CliContext::tr("API key stored in %1.").arg(c.secrets.description()) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("clear")) {
        const SecretResult r = c.secrets.remove(name);
        if (!r.ok()) {
            c.err << CliContext::tr("The key could not be removed from %1: %2").arg(c.secrets.description(), r.error)
                  << '\n';
            return ExitFailure;
        }
        c.out << CliContext::tr("API key removed from %1.").arg(c.secrets.description()) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("status")) {
        const bool fromEnvironment = !qEnvironmentVariableIsEmpty("ALTERESTATE_API_KEY");
        const SecretResult r = c.secrets.read(name);
        if (r.ok())
            c.out << CliContext::tr("An API key is stored in %1.").arg(c.secrets.description()) << '\n';
        else if (r.status == SecretResult::Status::NotFound)
            c.out << CliContext::tr("No API key is stored in %1.").arg(c.secrets.description()) << '\n';
        else
            c.out << CliContext::tr("Cannot use %1: %2").arg(c.secrets.description(), r.error) << '\n';
        if (fromEnvironment)
            c.out << CliContext::tr("ALTERESTATE_API_KEY is set and is the key in use.") << '\n';
        return (r.ok() || r.status == SecretResult::Status::NotFound || fromEnvironment) ? ExitOk : ExitFailure;
    }
    c.err << CliContext::tr("Usage: leadentry-cli key set | clear | status\n"
                            "  set     read the API key from standard input and store it in the system keychain\n"
                            "  clear   remove the stored key\n"
                            "  status  tell whether a key is stored (never prints it)\n");
    return action == QLatin1String("--help") ? ExitOk : ExitInvalid;
}
