#pragma once

#include "core/LeadJson.h"
#include "core/Result.h"

#include <QObject>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

// All of LeadEntry's preferences, over one QSettings file that the app and the CLI share: a table
// of keys, each with its name, default, validator and normaliser (Settings.cpp). Event profiles
// (EventProfiles) and the kiosk PIN (KioskPin) keep their own records in the same file.
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
        KeepSendingInTray,
        ActiveEvent,
        RetentionDays,
        KioskConsent,
        KioskIdleSeconds,
        KioskAskInterest,
        KioskAskMessage,
        KioskLogo,
        CatalogMaxAgeHours,
    };
    Q_ENUM(Key)

    // The largest kiosk logo file accepted (it is read each time the kiosk opens).
    static constexpr qint64 kMaxLogoBytes = 2 * 1024 * 1024;

    // The shared file in the user's config folder (XDG_CONFIG_HOME on Linux).
    explicit Settings(QObject* parent = nullptr);
    // A given file, for tests and tools.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    // A given file to which ALTERESTATE_API_URL and ALTERESTATE_API_KEY do not apply (practice mode).
    enum class Environment { Applies, Ignored };
    Settings(const QString& iniFile, Environment environment, QObject* parent = nullptr);
    ~Settings() override;

    static QList<Key> keys();
    static QString name(Key key); // "base_url", as in `leadentry-cli config get base_url`
    static std::optional<Key> keyFromName(const QString& name);
    static QVariant defaultValue(Key key);

    [[nodiscard]] QVariant value(Key key) const;
    [[nodiscard]] QString valueText(Key key) const;
    // What is stored, valid today or not (a kiosk logo on a USB stick that was unplugged): for
    // showing it and saying what is wrong with it, never for using it. Empty when nothing is.
    [[nodiscard]] QString storedText(Key key) const;
    // Validates, normalises, stores and emits changed(); fails with a translated reason when the
    // value is refused or the file cannot be written.
    Status setValue(Key key, const QString& text);
    // Whether this text is acceptable for this key, and why not.
    static Status validate(Key key, const QString& text);
    Status reset(Key key);
    // Writes pending changes; fails when the file cannot be written.
    Status sync();

    // Typed getters. baseUrl() is what is configured; effectiveBaseUrl() honours ALTERESTATE_API_URL.
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl effectiveBaseUrl() const;
    [[nodiscard]] bool baseUrlFromEnvironment() const;
    // Practice mode's settings: ALTERESTATE_API_URL and ALTERESTATE_API_KEY do not apply to them.
    void setEnvironmentIgnored(bool ignored) { m_environmentIgnored = ignored; }
    [[nodiscard]] bool environmentIgnored() const { return m_environmentIgnored; }
    [[nodiscard]] int timeoutSeconds() const;
    [[nodiscard]] QString defaultRegion() const;
    [[nodiscard]] PhoneFormat phoneFormat() const;
    [[nodiscard]] QString language() const; // "system", "en" or "es"
    [[nodiscard]] bool clearAfterSubmit() const;
    // Closing the window with leads waiting leaves LeadEntry in the notification area, sending.
    [[nodiscard]] bool keepSendingInTray() const;
    [[nodiscard]] QString activeEvent() const;
    [[nodiscard]] int retentionDays() const;
    // How old the catalog may get before the app refreshes it in the background (0: only on demand).
    [[nodiscard]] int catalogMaxAgeHours() const;

    [[nodiscard]] QString fileName() const;

    // The file itself, for the classes that keep their own records in it (EventProfiles, KioskPin).
    [[nodiscard]] QSettings& file() const { return *m_settings; }

    // Window geometry, splitter positions and the like: remembered, never validated, never secret.
    [[nodiscard]] QVariant uiState(const QString& name) const;
    void setUiState(const QString& name, const QVariant& value);

signals:
    void changed(Settings::Key key);

private:
    void secure() const;
    std::unique_ptr<QSettings> m_settings;
    bool m_environmentIgnored = false;
};
