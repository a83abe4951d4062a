#include "MemorySecretStore.h"

namespace {
SecretResult unavailable()
{
    return {SecretResult::Status::Unavailable, {}, QStringLiteral("no keychain service")};
}
} // namespace

SecretResult MemorySecretStore::read(const QString& name)
{
    if (m_unavailable)
        return unavailable();
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd())
        return {SecretResult::Status::NotFound, {}, {}};
    return {SecretResult::Status::Ok, *it, {}};
}

SecretResult MemorySecretStore::write(const QString& name, const QString& secret)
{
    if (m_unavailable)
        return unavailable();
    m_secrets.insert(name, secret);
    return {SecretResult::Status::Ok, {}, {}};
}

SecretResult MemorySecretStore::remove(const QString& name)
{
    if (m_unavailable)
        return unavailable();
    m_secrets.remove(name);
    return {SecretResult::Status::Ok, {}, {}};
}
