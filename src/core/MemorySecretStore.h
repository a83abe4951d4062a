#pragma once

#include "core/SecretStore.h"

#include <QHash>

// Secrets kept only as long as this object lives: practice mode's key and kiosk PIN (nothing of
// practice may reach the real keychain), and the tests' keychain, which can pretend to be missing.
class MemorySecretStore final : public SecretStore
{
public:
    explicit MemorySecretStore(QString description = QStringLiteral("memory"))
        : m_description(std::move(description))
    { }

    [[nodiscard]] SecretResult read(const QString& name) override;
    [[nodiscard]] SecretResult write(const QString& name, const QString& secret) override;
    [[nodiscard]] SecretResult remove(const QString& name) override;
    [[nodiscard]] QString description() const override { return m_description; }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    [[nodiscard]] const QHash<QString, QString>& secrets() const { return m_secrets; }

private:
    QString m_description;
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};
