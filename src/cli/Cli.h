#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Lead;
class Settings;
class SecretStore;

// The CLI's exit codes (ARCHITECTURE.md, "leadentry-cli"): scripts depend on them.
enum ExitCode : int {
    ExitOk = 0, // created or duplicate
    ExitFailure = 1, // anything else: unreadable answer, keychain or database trouble
    ExitInvalid = 2, // invalid input: nothing stored or sent
    ExitRejected = 3, // the server refused the lead
    ExitNotDelivered = 4, // stored in the outbox, not delivered yet
};

// What every command gets: its arguments (after the command word), settings, the secret store
// and the two output streams.
struct CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    QStringList args; // args[0] is "leadentry-cli <command>" for QCommandLineParser
    Settings& settings;
    SecretStore& secrets;
    QTextStream& out;
    QTextStream& err;
};

int runSubmit(CliContext& context);
int runKey(CliContext& context);
int runConfig(CliContext& context);
int runSync(CliContext& context);
int runHistory(CliContext& context);
int runEvent(CliContext& context);
int runImport(CliContext& context);
int runForget(CliContext& context);
int runHistoryPurge(CliContext& context);
int runCatalog(CliContext& context);
// --property TEXT and --agent TEXT (submit, import, event set): resolved against the catalog into
// the lead's property_uid and related (a uid, slug or exact name; a uid, email or exact name).
// False after printing why (ambiguous, with the candidates; unknown; both --property and
// --property-uid): the caller exits 2.
bool resolveCatalogNames(CliContext& context, const QString& property, const QString& agent, Lead& lead);
