#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class SecretStore;
class Settings;
struct SecretResult;

// The kiosk's staff PIN, kept only as a salted PBKDF2-SHA256 verifier (100,000 rounds) in the
// system keychain beside the API key (never in a file), one per settings file (profile), and
// compared in constant time. A verifier
// left in the settings file by an earlier version is moved to the keychain the first time it is
// read, and removed from the file.
class KioskPin final
{
    Q_DECLARE_TR_FUNCTIONS(KioskPin)

public:
    static constexpr int kMinimumLength = 4;

    KioskPin(Settings& settings, SecretStore& secrets);

    // Why this PIN would be refused ("at least 4 digits, digits only"), or empty.
    [[nodiscard]] static QString problem(const QString& pin);

    // Stores a new PIN's verifier; an empty PIN clears it. Fails for a PIN problem() refuses, or
    // when the keychain cannot be used (the kiosk then has no PIN, and does not start).
    Status set(const QString& pin);
    // Whether a PIN is set; fails when the keychain cannot be read.
    [[nodiscard]] Result<bool> isSet() const;
    // Whether this is the PIN; fails (rather than saying "wrong") when the keychain cannot be read.
    [[nodiscard]] Result<bool> check(const QString& pin) const;
    // Its name in the keychain: one per settings file, so each profile keeps its own PIN.
    [[nodiscard]] QString secretName() const;

private:
    [[nodiscard]] Result<QString> verifier() const;
    [[nodiscard]] QString unavailable(const SecretResult& r) const;

    Settings& m_settings;
    SecretStore& m_secrets;
};
