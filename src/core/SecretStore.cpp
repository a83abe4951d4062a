#include "SecretStore.h"

QString ApiKey::missingText()
{
    return tr("No API key is set. Add it in Settings, with `leadentry-cli key set`, or in ALTERESTATE_API_KEY.");
}

ApiKey::Resolved ApiKey::resolve(SecretStore& store)
{
    Resolved resolved;
    const QString fromEnvironment = qEnvironmentVariable("ALTERESTATE_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        resolved.key = fromEnvironment;
        resolved.source = Source::Environment;
        return resolved;
    }
    const SecretResult stored = store.read(secretName());
    if (stored.ok() && !stored.value.trimmed().isEmpty()) {
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
