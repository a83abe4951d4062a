#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
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

    // Opens and upgrades the file to the latest schema, or says why it cannot (translated).
    Status open();
    // Opens without upgrading beyond `version`: for tests that build an older file.
    Status openAt(int version);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] bool isOpen() const { return m_open; }

    // Runs one statement that returns nothing (a PRAGMA, VACUUM).
    Status exec(const QString& sql);

    // Write transactions take the write lock at once, so two processes never deadlock upgrading.
    Status beginWrite();
    Status commit();
    // Undoes an open transaction; quiet when SQLite has already rolled it back itself.
    void rollback();
    // FULL: every commit reaches the disk before it returns (a single accepted lead); NORMAL: WAL
    // keeps it safe across a crash of the process, not of the machine (outcomes, bulk work).
    Status setDurable(bool full);
    // An SQLite error in words a person can act on: a full disk, a read-only file or folder, a
    // busy file, an I/O error; anything else as SQLite says it. Every storage failure goes through it.
    [[nodiscard]] Failure failure(const QSqlError& error) const;
    [[nodiscard]] QString explain(const QSqlError& error) const;
    // Whether the folder that holds the file (and its journal) can be written, by its permission
    // bits, so that a folder made read-only stays so even for root.
    [[nodiscard]] Status checkFolder() const;
    // How long a statement waits for another process's write lock (10 s by default). Tests
    // shorten it to make a locked database fail at once.
    void setBusyTimeoutMs(int ms);

private:
    Status openImpl(int targetVersion);
    Status migrate(int targetVersion);

    std::unique_ptr<QSqlQuery> m_begin; // prepared once: every outcome is a transaction
    std::unique_ptr<QSqlQuery> m_commit;
    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_durable = true;
};
