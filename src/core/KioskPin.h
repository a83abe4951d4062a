#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class Settings;

// The kiosk's staff PIN, kept only as a salted PBKDF2-SHA256 verifier (100,000 rounds) under
// `kiosk/pin` in the shared settings file, and compared in constant time.
class KioskPin final
{
    Q_DECLARE_TR_FUNCTIONS(KioskPin)

public:
    static constexpr int kMinimumLength = 4;

    explicit KioskPin(Settings& settings);

    // Why this PIN would be refused ("at least 4 digits, digits only"), or empty.
    [[nodiscard]] static QString problem(const QString& pin);

    // Stores a new PIN's verifier; an empty PIN clears it. Fails for a PIN problem() refuses or a
    // file that cannot be written.
    Status set(const QString& pin);
    [[nodiscard]] bool isSet() const;
    [[nodiscard]] bool check(const QString& pin) const;

private:
    Settings& m_settings;
};
