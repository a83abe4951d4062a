#pragma once

#include "core/SecretStore.h"

#include <QCoreApplication>

// SecretStore over the Windows Credential Manager (wincred.h): one generic credential per secret,
// named "<service>/<name>", kept for this user on this computer. QtKeychain's source is not
// served by this build's archive, and wincred is all it would use on Windows.
class WindowsCredentialStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(WindowsCredentialStore)

public:
    explicit WindowsCredentialStore(QString service = QStringLiteral("LeadEntry"));

    [[nodiscard]] SecretResult read(const QString& name) override;
    [[nodiscard]] SecretResult write(const QString& name, const QString& secret) override;
    [[nodiscard]] SecretResult remove(const QString& name) override;
    [[nodiscard]] QString description() const override;

private:
    [[nodiscard]] std::wstring target(const QString& name) const;
    QString m_service;
};
