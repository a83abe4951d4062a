#pragma once

#include "core/SecretStore.h"

#include <QCoreApplication>

// SecretStore over QtKeychain: Secret Service or KWallet on Linux, Credential Manager on Windows,
// the Keychain on macOS. Never falls back to a plain file.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("LeadEntry"), int timeoutMs = 15000);

    [[nodiscard]] SecretResult read(const QString& name) override;
    [[nodiscard]] SecretResult write(const QString& name, const QString& secret) override;
    [[nodiscard]] SecretResult remove(const QString& name) override;
    [[nodiscard]] QString description() const override;

private:
    QString m_service;
    int m_timeoutMs;
};
