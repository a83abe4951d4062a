#pragma once

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;
class SubmissionStore;

// Says when another connection — another process: the CLI, a script — committed to the history
// file. A commit writes the file's WAL, which is watched (with its folder, for when the WAL is
// made anew); PRAGMA data_version then tells another connection's commit from this one's. Nothing
// runs while nothing changes. Where the file cannot be watched, it polls instead. It starts
// watching at start(), once the file is open.
class ExternalChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalChanges)

public:
    explicit ExternalChanges(SubmissionStore& store, QObject* parent = nullptr);
    ~ExternalChanges() override;

    // Begins to watch (or poll); the history file must be open. Once is enough.
    void start();
    [[nodiscard]] bool isStarted() const { return m_started; }
    // Polls every ms instead of watching (what happens where watching is not available; tests).
    void setPollInterval(int ms);
    // Whether a timer wakes it up periodically (only when the file cannot be watched).
    [[nodiscard]] bool isPolling() const { return m_poll.isActive(); }
    // Where watching is not available, how often another process's changes are looked for.
    static constexpr int kFallbackPollMs = 3000;

signals:
    void changed();

private:
    bool watch();
    void watchWal();
    void check();

    SubmissionStore& m_store;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer m_poll;
    QTimer m_checkSoon; // a burst of writes is one check
    qint64 m_dataVersion = 0;
    bool m_started = false;
};
