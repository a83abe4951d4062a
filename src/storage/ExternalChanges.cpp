#include "ExternalChanges.h"

#include "SubmissionStore.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

ExternalChanges::ExternalChanges(SubmissionStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_poll, &QTimer::timeout, this, &ExternalChanges::check);
    m_checkSoon.setSingleShot(true);
    m_checkSoon.setInterval(30);
    connect(&m_checkSoon, &QTimer::timeout, this, &ExternalChanges::check);
}

void ExternalChanges::start()
{
    if (m_started)
        return;
    m_started = true;
    m_dataVersion = m_store.dataVersion().valueOr(0);
    const QString path = m_store.databasePath();
    if (path.isEmpty() || path.startsWith(u':'))
        return; // in memory: no other process can see it
    if (!watch())
        m_poll.start(kFallbackPollMs);
}

ExternalChanges::~ExternalChanges() = default;

void ExternalChanges::setPollInterval(int ms)
{
    m_started = true;
    if (!m_poll.isActive() && !m_watcher)
        m_dataVersion = m_store.dataVersion().valueOr(0);
    delete m_watcher;
    m_watcher = nullptr;
    m_poll.start(ms);
}

bool ExternalChanges::watch()
{
    const QString path = m_store.databasePath();
    m_watcher = new QFileSystemWatcher(this);
    if (!m_watcher->addPath(QFileInfo(path).absolutePath())) {
        delete m_watcher;
        m_watcher = nullptr;
        return false;
    }
    const auto changedOnDisk = [this] {
        watchWal(); // a WAL file removed and made again is watched again
        m_checkSoon.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changedOnDisk);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changedOnDisk);
    watchWal();
    return true;
}

void ExternalChanges::watchWal()
{
    if (!m_watcher)
        return;
    const QString wal = QFileInfo(m_store.databasePath()).absoluteFilePath() + QStringLiteral("-wal");
    if (!m_watcher->files().contains(wal) && QFileInfo::exists(wal))
        m_watcher->addPath(wal);
}

void ExternalChanges::check()
{
    const Result<qint64> version = m_store.dataVersion();
    if (!version) {
        qWarning("history: %s", qPrintable(version.error()));
        return;
    }
    if (*version != m_dataVersion) {
        m_dataVersion = *version;
        emit changed();
    }
}
