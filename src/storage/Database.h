#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

// The SQLite file that holds the outbox and the history, shared by the app and the CLI: WAL,
// durable commits, a busy timeout for the other process, migrations by PRAGMA user_version.
// A file it cannot read, or one it does not recognise, is reported and never overwritten.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // $XDG_DATA_HOME/LeadEntry/leadentry.sqlite (the same for every program).
    static QString defaultPath();
    static int latestVersion();

    explicit Database(QString path);
    ~Database();

    // Opens and upgrades the file to the latest schema. Empty on success, else a translated reason.
    [[nodiscard]] QString open();
    // Opens without upgrading beyond `version`: for tests that build an older file.
    [[nodiscard]] QString openAt(int version);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] bool isOpen() const { return m_open; }

    // Write transactions take the write lock at once, so two processes never deadlock upgrading.
    [[nodiscard]] bool beginWrite();
    [[nodiscard]] bool commit();
    void rollback();
    // FULL: every commit reaches the disk before it returns (a single accepted lead); NORMAL: WAL
    // keeps it safe across a crash of the process, not of the machine (outcomes, bulk work).
    void setDurable(bool full);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    QString openImpl(int targetVersion);
    QString migrate(int targetVersion);
    bool exec(const QString& sql);

    std::unique_ptr<QSqlQuery> m_begin; // prepared once: every outcome is a transaction
    std::unique_ptr<QSqlQuery> m_commit;
    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    bool m_open = false;
    bool m_durable = true;
};
