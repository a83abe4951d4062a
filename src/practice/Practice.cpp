#include "Practice.h"

#include "core/AppLog.h"
#include "core/PrivateFiles.h"
#include "storage/Database.h"

#include <QDir>
#include <QSettings>

namespace {
// The folder, made private before anything is written to it.
QString preparedFolder(const QString& folder)
{
    QDir().mkpath(folder);
    PrivateFiles::secureFolder(folder);
    return folder;
}

// The key practice leads carry: any token satisfies the sandbox.
const QString kPracticeKey = QStringLiteral("practice");
} // namespace

Practice::Practice(const Settings& real, const QString& folder)
    : m_real(real)
    , m_folder(preparedFolder(folder))
    , m_settings(QDir(m_folder).filePath(QStringLiteral("settings.ini")), Settings::Environment::Ignored)
    , m_secrets(tr("practice mode's memory (gone when practice ends)"))
    , m_network(SandboxOptions {})
    , m_backend(m_settings, m_secrets, QDir(m_folder).filePath(QStringLiteral("history.sqlite")), m_network)
{ }

Practice::~Practice() = default;

QString Practice::defaultFolder()
{
    return QDir(AppLog::dataFolder()).filePath(QStringLiteral("practice"));
}

Status Practice::copySettings(const Settings& real)
{
    // Everything the real file holds (values, event profiles, window layout), read through
    // QSettings so that it works whatever the real file is (an ini file, the Windows registry).
    QSettings& to = m_settings.file();
    to.clear();
    const QSettings& from = real.file();
    for (const QString& key : from.allKeys()) {
        if (key.startsWith(QLatin1String("kiosk/pin"))) // a PIN record of older versions: never copied
            continue;
        to.setValue(key, from.value(key));
    }
    if (const Status url = m_settings.setValue(Settings::Key::BaseUrl, baseUrl().toString()); !url)
        return url;
    if (const Status synced = m_settings.sync(); !synced)
        return synced;
    PrivateFiles::secureFile(m_settings.fileName());
    return {};
}

Status Practice::open()
{
    if (const Status copied = copySettings(m_real); !copied)
        return Failure {tr("The practice settings could not be prepared: %1").arg(copied.error())};
    if (const SecretResult key = m_secrets.write(ApiKey::secretName(), kPracticeKey); !key.ok())
        return Failure {key.error};
    // The sample company's listings and agents, to practise picking them.
    if (const SecretResult token = m_secrets.write(PublicToken::secretName(), kPracticeKey); !token.ok())
        return Failure {token.error};
    if (const Status opened = m_backend.open(); !opened)
        return Failure {tr("The practice history could not be opened: %1").arg(opened.error())};
    // The simulated AlterEstate knows the contacts earlier practice created: sending one again is
    // a duplicate, as it would be.
    HistoryQuery known;
    known.states = {SubmissionState::Created, SubmissionState::Duplicate};
    known.limit = 500;
    while (true) {
        const Result<QList<Submission>> page = m_backend.store().list(known);
        if (!page)
            return Failure {tr("The practice history could not be read: %1").arg(page.error())};
        for (const Submission& s : *page)
            m_network.remember(s.phoneE164.isEmpty() ? s.lead.phone() : s.phoneE164, s.lead.email());
        if (page->size() < known.limit)
            break;
        known.beforeId = page->last().id;
    }
    return {};
}

void Practice::setOffline(bool offline)
{
    if (offline == m_network.isOffline())
        return;
    m_network.setOffline(offline);
    if (!offline) // back online: whatever waits goes now, as when the real network comes back
        (void)m_backend.service().sendNow(); // a storage problem shows in the next pump
}

void Practice::setRefusingKey(bool refusing)
{
    SandboxOptions options = m_network.options();
    if (options.refuseEveryKey == refusing)
        return;
    options.refuseEveryKey = refusing;
    m_network.setOptions(options);
    if (!refusing) // as after fixing the key in Settings
        m_backend.reloadApiKey();
}
