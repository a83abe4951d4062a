#include "SecretStore.h"

QString ApiKey::missingText()
{
    return tr("No API key is set. Add it in Settings, with `leadentry-cli key set`, or in ALTERESTATE_API_KEY.");
}

bool ApiKey::fromEnvironment()
{
    return !qEnvironmentVariable("ALTERESTATE_API_KEY").trimmed().isEmpty();
}

ApiKey::Resolved ApiKey::resolve(SecretStore& store, bool useEnvironment)
{
    Resolved resolved;
    const SecretResult stored = store.read(secretName());
    resolved.stored = stored.ok() && !stored.value.trimmed().isEmpty();
    if (!stored.ok() && stored.status != SecretResult::Status::NotFound)
        resolved.storeProblem = stored.error;
    if (useEnvironment && fromEnvironment()) {
        resolved.key = qEnvironmentVariable("ALTERESTATE_API_KEY").trimmed();
        resolved.source = Source::Environment;
        return resolved;
    }
    if (resolved.stored) {
        resolved.key = stored.value.trimmed();
        resolved.source = Source::Store;
        return resolved;
    }
    if (stored.status == SecretResult::Status::NotFound || stored.ok())
        resolved.problem = missingText();
    else
        resolved.problem = tr("The API key could not be read from %1: %2").arg(store.description(), stored.error);
    return resolved;
}
