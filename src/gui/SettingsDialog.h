#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class SecretStore;
class Settings;

// The API key (to the keychain through SecretStore, never to the settings file), the address,
// the timeout, the phone country and format, the language and clear-after-submit.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Saves everything; false (and the dialog stays open) when a value or the keychain refuses.
    bool save();

signals:
    // The stored key changed (empty when removed).
    void apiKeyChanged(const QString& key);

private:
    void updateKeyStatus();
    void validateBaseUrl();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
    SecretStore& m_secrets;
    QString m_storedKey;
    bool m_keychainAvailable = true;
    QString m_keychainError; // from the one read at opening: a hung keychain is not asked twice
    bool m_removeKey = false;
};
