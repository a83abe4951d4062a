#include "SecretStore.h"

QString ApiKey::missingText()
{
    return tr("No API key is set. Add it in Settings, with `leadentry-cli key set`, or in ALTERESTATE_API_KEY.");
}

namespace {
constexpr char kKeyVariable[] = "ALTERESTATE_API_KEY";
constexpr char kTokenVariable[] = "ALTERESTATE_PUBLIC_TOKEN";

// The one rule for both secrets: the environment variable when set (and used), else the store,
// which is read either way so that callers can tell the user both.
ApiKey::Resolved resolveSecret(SecretStore& store, const QString& name, const char* variable, bool useEnvironment,
    const QString& missing, const QString& unreadable)
{
    ApiKey::Resolved resolved;
    const SecretResult stored = store.read(name);
    resolved.stored = stored.ok() && !stored.value.trimmed().isEmpty();
    if (!stored.ok() && stored.status != SecretResult::Status::NotFound)
        resolved.storeProblem = stored.error;
    if (useEnvironment && !qEnvironmentVariable(variable).trimmed().isEmpty()) {
        resolved.key = qEnvironmentVariable(variable).trimmed();
        resolved.source = ApiKey::Source::Environment;
        return resolved;
    }
    if (resolved.stored) {
        resolved.key = stored.value.trimmed();
        resolved.source = ApiKey::Source::Store;
        return resolved;
    }
    if (stored.status == SecretResult::Status::NotFound || stored.ok())
        resolved.problem = missing;
    else
        resolved.problem = unreadable.arg(store.description(), stored.error);
    return resolved;
}
} // namespace

bool ApiKey::fromEnvironment()
{
    return !qEnvironmentVariable(kKeyVariable).trimmed().isEmpty();
}

ApiKey::Resolved ApiKey::resolve(SecretStore& store, bool useEnvironment)
{
    return resolveSecret(store, secretName(), kKeyVariable, useEnvironment, missingText(),
        tr("The API key could not be read from %1: %2"));
}

QString PublicToken::missingText()
{
    return tr("No public API token is set, so properties and agents cannot be fetched. An administrator finds it "
              "in AlterEstate under Dashboard › Settings › Public API Token; add it in Settings, with "
              "`leadentry-cli key set --public`, or in ALTERESTATE_PUBLIC_TOKEN.");
}

bool PublicToken::fromEnvironment()
{
    return !qEnvironmentVariable(kTokenVariable).trimmed().isEmpty();
}

ApiKey::Resolved PublicToken::resolve(SecretStore& store, bool useEnvironment)
{
    return resolveSecret(store, secretName(), kTokenVariable, useEnvironment, missingText(),
        tr("The public API token could not be read from %1: %2"));
}
