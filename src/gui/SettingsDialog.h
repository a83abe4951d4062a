#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class Backend;
class QTabBar;
class Settings;

// On three tabs: AlterEstate (the API key and the public token, to the keychain through the
// Backend, never to the settings file; the address, the timeout; the catalog: its state, Refresh
// now with progress and Stop, and how old it may get), entering leads (the phone country and
// format, the language, clear-after-submit, the tray) and the kiosk.
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitHeight();
    // Shows the page that holds the field, then focuses it (a value refused on another page).
    void focusField(QWidget* field);
    void updateKeyStatus();
    void updateCatalogStatus();
    void validateBaseUrl();
    // Stores or removes the public token as the field says; false (said under it) when refused.
    bool saveToken();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QTabBar* m_pageBar = nullptr;
    QList<QWidget*> m_pages;
    Backend& m_backend;
    Settings& m_settings;
    QString m_storedKey;
    bool m_keychainAvailable = true;
    QString m_keychainError; // from the one read at opening: a hung keychain is not asked twice
    bool m_removeKey = false;
    QString m_storedToken;
    bool m_removeToken = false;
};
