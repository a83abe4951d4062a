#pragma once

#include "core/SecretStore.h"

#include <QHash>

// The in-memory SecretStore for tests; can pretend the keychain is missing.
class MemorySecretStore final : public SecretStore
{
public:
    [[nodiscard]] SecretResult read(const QString& name) override;
    [[nodiscard]] SecretResult write(const QString& name, const QString& secret) override;
    [[nodiscard]] SecretResult remove(const QString& name) override;
    [[nodiscard]] QString description() const override { return QStringLiteral("memory"); }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    [[nodiscard]] const QHash<QString, QString>& secrets() const { return m_secrets; }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};
