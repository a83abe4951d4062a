#pragma once

#include "Lead.h"
#include "LeadJson.h"

#include <QObject>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

// All of LeadEntry's preferences, over one QSettings file that the app and the CLI share.
// Never holds a secret: the API key lives behind SecretStore.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        BaseUrl,
        TimeoutSeconds,
        DefaultRegion,
        PhoneFormat,
        Language,
        ClearAfterSubmit,
        ActiveEvent,
        RetentionDays,
        KioskConsent,
        KioskIdleSeconds,
        KioskAskInterest,
        KioskAskMessage,
    };
    Q_ENUM(Key)

    // The shared file in the user's config folder (XDG_CONFIG_HOME on Linux).
    explicit Settings(QObject* parent = nullptr);
    // A given file, for tests and tools.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    static QList<Key> keys();
    static QString name(Key key); // "base_url", as in `leadentry-cli config get base_url`
    static std::optional<Key> keyFromName(const QString& name);
    static QVariant defaultValue(Key key);

    [[nodiscard]] QVariant value(Key key) const;
    [[nodiscard]] QString valueText(Key key) const;
    // Validates, stores and emits changed(); returns a translated reason when the value is refused.
    [[nodiscard]] QString setValue(Key key, const QString& text);
    // Why this text is not acceptable for this key, or empty.
    [[nodiscard]] static QString validate(Key key, const QString& text);
    void reset(Key key);
    void sync();

    // Typed getters. baseUrl() is what is configured; effectiveBaseUrl() honours ALTERESTATE_API_URL.
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl effectiveBaseUrl() const;
    [[nodiscard]] bool baseUrlFromEnvironment() const;
    [[nodiscard]] int timeoutSeconds() const;
    [[nodiscard]] QString defaultRegion() const;
    [[nodiscard]] PhoneFormat phoneFormat() const;
    [[nodiscard]] QString language() const; // "system", "en" or "es"
    [[nodiscard]] bool clearAfterSubmit() const;
    [[nodiscard]] QString activeEvent() const;
    [[nodiscard]] int retentionDays() const;

    [[nodiscard]] QString fileName() const;

    // Event profiles: named presets for the campaign and routing fields, shared by the app and the CLI.
    static QList<LeadField> eventFields();
    [[nodiscard]] QStringList eventNames() const;
    [[nodiscard]] std::optional<Lead> eventProfile(const QString& name) const;
    // Creates or replaces a profile; a translated reason when the name or a value is refused.
    [[nodiscard]] QString setEventProfile(const QString& name, const Lead& values);
    bool removeEventProfile(const QString& name);
    // The lead with its empty preset fields filled from the profile: what was typed wins.
    [[nodiscard]] static Lead applyProfile(const Lead& lead, const Lead& profile);

    // The kiosk's exit PIN, kept only as a salted PBKDF2 hash; empty clears it.
    void setKioskPin(const QString& pin);
    [[nodiscard]] bool hasKioskPin() const;
    [[nodiscard]] bool checkKioskPin(const QString& pin) const;

    // Window geometry, splitter positions and the like: remembered, never validated, never secret.
    [[nodiscard]] QVariant uiState(const QString& name) const;
    void setUiState(const QString& name, const QVariant& value);

signals:
    void changed(Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};
