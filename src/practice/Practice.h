#pragma once

#include "core/MemorySecretStore.h"
#include "core/Result.h"
#include "core/Settings.h"
#include "sandbox/SandboxNetwork.h"
#include "service/Backend.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Practice mode (Help › Practice mode, `leadentry --practice`): the whole app against the
// sandbox's logic, in this process. Leads go through SandboxNetwork, which opens no socket, so
// nothing typed in practice can reach a server, whatever the address or key configured. The
// practice history and settings are files of their own in the practice folder; its key and kiosk
// PIN live in memory only. The real settings are read at each start, to begin from them (language,
// region, event profiles, kiosk, window layout), and never written; the real history is not touched.
class Practice final
{
    Q_DECLARE_TR_FUNCTIONS(Practice)
    Q_DISABLE_COPY_MOVE(Practice)

public:
    explicit Practice(const Settings& real, const QString& folder = defaultFolder());
    ~Practice();

    // <the data folder>/practice: beside the real history, never the same file.
    [[nodiscard]] static QString defaultFolder();
    // The address practice leads are "sent" to, as the history shows it: a name that resolves
    // nowhere (.invalid), in case anything ever tried.
    [[nodiscard]] static QUrl baseUrl() { return QUrl(QStringLiteral("https://practice.leadentry.invalid")); }

    // Copies the real settings into the practice file and opens the practice history.
    Status open();

    [[nodiscard]] Backend& backend() { return m_backend; }
    [[nodiscard]] Settings& settings() { return m_settings; }
    [[nodiscard]] const SandboxNetwork& network() const { return m_network; }

    // "Simulate no internet": every lead waits in the outbox; switched off, they go at once.
    void setOffline(bool offline);
    [[nodiscard]] bool isOffline() const { return m_network.isOffline(); }
    // "Simulate a refused key": AlterEstate answers 401 and delivery pauses, as with a revoked
    // key; switched off, delivery resumes as after fixing the key.
    void setRefusingKey(bool refusing);
    [[nodiscard]] bool isRefusingKey() const { return m_network.options().refuseEveryKey; }

private:
    Status copySettings(const Settings& real);

    const Settings& m_real;
    QString m_folder;
    Settings m_settings;
    MemorySecretStore m_secrets;
    SandboxNetwork m_network;
    Backend m_backend;
};
