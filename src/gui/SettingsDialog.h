#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class Backend;
class Settings;

// The API key (to the keychain through the Backend, never to the settings file), the address,
// the timeout, the phone country and format, the language and clear-after-submit.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Backend& backend, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Saves everything; false (and the dialog stays open) when a value or the keychain refuses.
    bool save();

signals:
    // The stored key was saved or removed (and the backend uses it now). Carries no key.
    void apiKeyChanged();

private:
    void updateKeyStatus();
    void validateBaseUrl();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Backend& m_backend;
    Settings& m_settings;
    QString m_storedKey;
    bool m_keychainAvailable = true;
    QString m_keychainError; // from the one read at opening: a hung keychain is not asked twice
    bool m_removeKey = false;
};
