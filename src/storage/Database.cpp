#include "Database.h"

#include "SearchText.h"
#include "core/AppLog.h"
#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <atomic>

Q_LOGGING_CATEGORY(lcStorage, "leadentry.storage", QtWarningMsg)

namespace {
std::atomic<int> g_connections {0};

// SQLite's primary result codes (sqlite3.h), as QSqlError::nativeErrorCode() gives them.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

// The primary code: the driver may report an extended one (SQLITE_IOERR_WRITE is 778 = 10 | 3 << 8).
int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xFF;
}

// SQLite's own words ("file is not a database"), without the driver's after them ("Unable to
// execute statement"), which QSqlError::text() runs on with no stop between.
QString sqliteMessage(const QSqlError& error)
{
    const QString own = error.databaseText().trimmed();
    return own.isEmpty() ? error.text() : own;
}

// Version 1: the outbox and history table. Version 2: attempts, search index, filter indexes.
const char* const kSchemaV1[] = {
    "CREATE TABLE submissions ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " state TEXT NOT NULL,"
    " origin TEXT NOT NULL DEFAULT '',"
    " event TEXT NOT NULL DEFAULT '',"
    " full_name TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " email TEXT NOT NULL DEFAULT '',"
    " phone_e164 TEXT NOT NULL DEFAULT '',"
    " fields TEXT NOT NULL DEFAULT '{}',"
    " request_body BLOB NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL,"
    " next_attempt_at INTEGER NOT NULL DEFAULT 0,"
    " claimed_by TEXT NOT NULL DEFAULT '',"
    " claimed_at INTEGER NOT NULL DEFAULT 0,"
    " uncertain INTEGER NOT NULL DEFAULT 0,"
    " remote_id TEXT NOT NULL DEFAULT '',"
    " uid TEXT NOT NULL DEFAULT '',"
    " deal_id TEXT NOT NULL DEFAULT '',"
    " log_id TEXT NOT NULL DEFAULT '',"
    " message TEXT NOT NULL DEFAULT '',"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " response_body BLOB,"
    " resubmission_of INTEGER REFERENCES submissions(id))",
    "CREATE INDEX submissions_due ON submissions(state, next_attempt_at)",
    "CREATE INDEX submissions_phone ON submissions(phone_e164)",
    "CREATE INDEX submissions_email ON submissions(email COLLATE NOCASE)",
};

const char* const kSchemaV2[] = {
    "CREATE TABLE attempts ("
    " id INTEGER PRIMARY KEY,"
    " submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
    " started_at INTEGER NOT NULL,"
    " finished_at INTEGER NOT NULL,"
    " outcome TEXT NOT NULL,"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " message TEXT NOT NULL DEFAULT '',"
    " may_have_reached INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX attempts_submission ON attempts(submission_id)",
    "CREATE INDEX submissions_state_id ON submissions(state, id)",
    "CREATE INDEX submissions_event_id ON submissions(event, id)",
    // Contentless: the text lives in submissions; the index only maps words to row ids.
    "CREATE VIRTUAL TABLE submissions_search USING fts5(full_name, phone, email, content='',"
    " tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
};
// Version 3: how many rows each state has, kept by triggers, so "3 waiting" costs nothing.
const char* const kSchemaV3[] = {
    "CREATE TABLE state_counts (state TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "INSERT INTO state_counts (state, n) SELECT state, count(*) FROM submissions GROUP BY state",
    "CREATE TRIGGER state_counts_insert AFTER INSERT ON submissions BEGIN"
    " INSERT INTO state_counts (state, n) VALUES (new.state, 1) ON CONFLICT (state) DO UPDATE SET n = n + 1; END",
    "CREATE TRIGGER state_counts_delete AFTER DELETE ON submissions BEGIN"
    " UPDATE state_counts SET n = n - 1 WHERE state = old.state; END",
    "CREATE TRIGGER state_counts_update AFTER UPDATE OF state ON submissions WHEN old.state <> new.state BEGIN"
    " UPDATE state_counts SET n = n - 1 WHERE state = old.state;"
    " INSERT INTO state_counts (state, n) VALUES (new.state, 1) ON CONFLICT (state) DO UPDATE SET n = n + 1; END",
};
// Version 4: how long the server asked to be left alone (Retry-After), and the consent on record.
const char* const kSchemaV4[] = {
    "ALTER TABLE submissions ADD COLUMN wait_until INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE submissions ADD COLUMN consent_version TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE submissions ADD COLUMN consent_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE submissions ADD COLUMN consent_station TEXT NOT NULL DEFAULT ''",
    // Each consent wording once, by its version (a digest of the words).
    "CREATE TABLE consent_texts (version TEXT PRIMARY KEY, text TEXT NOT NULL, first_used INTEGER NOT NULL)"
    " WITHOUT ROWID",
};
// Version 5: the address each attempt went to (the history shows it, not today's setting).
const char* const kSchemaV5[] = {
    "ALTER TABLE attempts ADD COLUMN url TEXT NOT NULL DEFAULT ''",
    // Which leads resubmit a rejected one (few rows: a partial index).
    "CREATE INDEX submissions_resubmission ON submissions(resubmission_of) WHERE resubmission_of IS NOT NULL",
};
// Version 6: the catalog, a local copy of the company's listings and agents (CatalogStore). Each
// refresh marks what it wrote with a new generation and drops the rest, in one transaction; the
// search indexes are external-content FTS5 tables rebuilt after it.
const char* const kSchemaV6[] = {
    "CREATE TABLE catalog_properties ("
    " id INTEGER PRIMARY KEY,"
    " uid TEXT NOT NULL UNIQUE,"
    " slug TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '',"
    " sector TEXT NOT NULL DEFAULT '',"
    " city TEXT NOT NULL DEFAULT '',"
    " listing_type INTEGER NOT NULL DEFAULT 0,"
    " price REAL NOT NULL DEFAULT 0,"
    " currency TEXT NOT NULL DEFAULT '',"
    " thumbnail TEXT NOT NULL DEFAULT '',"
    " agent_uids TEXT," // NULL: the detail was never fetched; else space-separated uids
    " folded_name TEXT NOT NULL DEFAULT '',"
    " generation INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX catalog_properties_slug ON catalog_properties(slug)",
    "CREATE INDEX catalog_properties_folded ON catalog_properties(folded_name)",
    "CREATE TABLE catalog_agents ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE," // the uid, or the email when the server gives none
    " uid TEXT NOT NULL DEFAULT '',"
    " name TEXT NOT NULL DEFAULT '',"
    " email TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " folded_name TEXT NOT NULL DEFAULT '',"
    " generation INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX catalog_agents_email ON catalog_agents(email COLLATE NOCASE)",
    "CREATE VIRTUAL TABLE catalog_properties_search USING fts5(name, sector, city, uid,"
    " content='catalog_properties', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    "CREATE VIRTUAL TABLE catalog_agents_search USING fts5(name, email,"
    " content='catalog_agents', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
    "CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID",
};
// Version 7: the due index holds only the leads waiting to be sent. Claiming a lead takes it out;
// recording an answer puts nothing in but a retry. It was (state, next_attempt_at) over every row:
// each claim and each answer moved an entry from one state's pages to another's.
const char* const kSchemaV7[] = {
    "DROP INDEX submissions_due",
    "CREATE INDEX submissions_due ON submissions(next_attempt_at, id) WHERE state = 'queued'",
};
} // namespace

QString Database::defaultPath()
{
    // With the log; under LEADENTRY_HOME, with the settings too (Settings.cpp).
    return QDir(AppLog::dataFolder()).filePath(QStringLiteral("leadentry.sqlite"));
}

int Database::latestVersion()
{
    return 7;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("leadentry-%1").arg(++g_connections))
{ }

Database::~Database()
{
    m_begin.reset();
    m_commit.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::open()
{
    return openImpl(latestVersion());
}

Status Database::openAt(int version)
{
    return openImpl(version);
}

Status Database::exec(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        qCWarning(lcStorage) << "SQL failed:" << sql.left(80) << q.lastError().text();
        return failure(q.lastError());
    }
    return {};
}

Status Database::openImpl(int targetVersion)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Failure {tr("Cannot create the folder %1 for the history.").arg(info.absolutePath())};
    if (Status folder = checkFolder(); !folder)
        return folder;
    PrivateFiles::secureFolder(info.absolutePath());
    const bool existed = info.exists();
    if (existed) {
        // The permission bits, not access(): a file the user marked read-only stays so, even for root.
        const QFile::Permissions mode = info.permissions();
        if (!info.isReadable() || !(mode & QFile::ReadOwner))
            return Failure {tr("Cannot read the history file %1: permission denied. Check its permissions; LeadEntry "
                               "will not replace it.")
                                .arg(m_path)};
        if (!info.isWritable() || !(mode & QFile::WriteOwner))
            return Failure {
                tr("The history file %1 is read-only. LeadEntry needs to write to it; check its permissions.")
                    .arg(m_path)};
    } else {
        // Created empty and private before SQLite sees it: leads are personal data.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Failure {tr("Cannot create the history file %1: %2").arg(m_path, file.errorString())};
        file.close();
    }
    if (!existed)
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    // Found readable by others (an older version, a copy): made private, with its journal.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        PrivateFiles::secureFile(m_path + suffix);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Failure {tr("Cannot open the history file %1: %2").arg(m_path, explain(db.lastError()))};

    // A damaged or foreign file fails here, before anything could write to it.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QSqlError error = probe.lastError();
        probe.finish();
        db.close();
        const int code = primaryCode(error);
        if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
            return Failure {tr("The history file %1 is damaged or is not a LeadEntry database (%2). It was left "
                               "untouched; move it aside to start a new history.")
                                .arg(m_path, sqliteMessage(error))};
        // Not the file's fault: a full disk, a folder that cannot be written, an I/O error.
        return Failure {tr("Cannot open the history file %1: %2").arg(m_path, explain(error))};
    }
    probe.finish(); // an open statement would keep the journal mode from changing
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next()
        || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "WAL mode not available for" << m_path;
    mode.finish();
    if (const Status foreignKeys = exec(QStringLiteral("PRAGMA foreign_keys=ON")); !foreignKeys)
        return Failure {tr("Cannot use the history file %1: %2").arg(m_path, foreignKeys.error())};
    if (const Status durable = setDurable(true); !durable)
        return Failure {tr("Cannot use the history file %1: %2").arg(m_path, durable.error())};

    if (Status migrated = migrate(targetVersion); !migrated) {
        db.close();
        return migrated;
    }
    m_open = true;
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::beginWrite()
{
    if (!m_begin) {
        m_begin = std::make_unique<QSqlQuery>(connection());
        m_begin->prepare(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (!m_begin->exec())
        return failure(m_begin->lastError());
    return {};
}

Status Database::commit()
{
    if (!m_commit) {
        m_commit = std::make_unique<QSqlQuery>(connection());
        m_commit->prepare(QStringLiteral("COMMIT"));
    }
    if (!m_commit->exec())
        return failure(m_commit->lastError());
    return {};
}

Status Database::checkFolder() const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    const QFileInfo info(folder);
    if (!info.isWritable() || !(info.permissions() & QFile::WriteOwner))
        return Failure {tr("The folder %1 cannot be written. LeadEntry keeps the history file and its journal there; "
                           "check the folder's permissions.")
                            .arg(folder)};
    return {};
}

QString Database::explain(const QSqlError& error) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    const QStorageInfo disk(folder);
    const auto diskFull = [](qint64 free) {
        return tr("its disk is full (%1 free); free some space.")
            .arg(QLocale().formattedDataSize(std::max<qint64>(0, free)));
    };
    switch (primaryCode(error)) {
    case kSqliteFull:
        return diskFull(disk.bytesAvailable());
    case kSqliteReadOnly:
    case kSqliteCantOpen:
        if (const Status writable = checkFolder(); !writable)
            return writable.error();
        if (!QFileInfo(m_path).isWritable())
            return tr("the file is read-only; check its permissions.");
        return tr("it cannot be opened for writing (%1).").arg(sqliteMessage(error));
    case kSqliteBusy:
    case kSqliteLocked:
        return tr("another LeadEntry program kept it busy for too long; try again.");
    case kSqliteIoErr:
        if (disk.isValid() && disk.bytesAvailable() < 1024 * 1024)
            return diskFull(disk.bytesAvailable()); // SQLite says "I/O error" when a journal cannot grow
        return tr("the disk reported an error (%1).").arg(sqliteMessage(error));
    default:
        return sqliteMessage(error);
    }
}

Failure Database::failure(const QSqlError& error) const
{
    return Failure {explain(error)};
}

void Database::rollback()
{
    // SQLite may already have rolled back by itself (disk full, I/O error): nothing left to undo.
    if (!connection().isOpen())
        return;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCDebug(lcStorage) << "rollback:" << q.lastError().text();
}

Status Database::setDurable(bool full)
{
    if (m_durable == full && m_open)
        return {};
    const Status set
        = exec(full ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (set)
        m_durable = full;
    return set;
}

void Database::setBusyTimeoutMs(int ms)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms)))
        qCWarning(lcStorage) << "busy_timeout:" << q.lastError().text();
}

Status Database::migrate(int targetVersion)
{
    const int found = schemaVersion();
    if (found > latestVersion())
        return Failure {tr("The history file %1 was written by a newer version of LeadEntry (schema %2; this version "
                           "knows %3). Update LeadEntry; the file was left untouched.")
                            .arg(m_path)
                            .arg(found)
                            .arg(latestVersion())};
    if (found >= targetVersion)
        return {};
    if (const Status locked = beginWrite(); !locked)
        return Failure {tr("Cannot upgrade the history file %1: %2").arg(m_path, locked.error())};
    // Another process may have upgraded it while this one waited for the lock.
    int version = schemaVersion();
    bool ok = true;
    QString error;
    const auto run = [&](const QString& sql) {
        if (!ok)
            return;
        const Status done = exec(sql);
        ok = done.ok();
        error = done.error();
    };
    while (ok && version < targetVersion) {
        const int next = version + 1;
        if (next == 1) {
            for (const char* sql : kSchemaV1)
                run(QString::fromLatin1(sql));
        } else if (next == 2) {
            for (const char* sql : kSchemaV2)
                run(QString::fromLatin1(sql));
            // Index the rows an older version stored.
            QSqlQuery rows(connection());
            QSqlQuery insert(connection());
            ok = ok && rows.exec(QStringLiteral("SELECT id, full_name, phone, phone_e164, email FROM submissions"))
                && insert.prepare(QStringLiteral(
                    "INSERT INTO submissions_search(rowid, full_name, phone, email) VALUES (?, ?, ?, ?)"));
            while (ok && rows.next()) {
                insert.addBindValue(rows.value(0));
                insert.addBindValue(rows.value(1));
                insert.addBindValue(SearchText::phoneTokens(rows.value(2).toString(), rows.value(3).toString()));
                insert.addBindValue(rows.value(4));
                ok = insert.exec();
                if (!ok)
                    error = insert.lastError().text();
            }
        } else if (next == 3) {
            for (const char* sql : kSchemaV3)
                run(QString::fromLatin1(sql));
        } else if (next == 4) {
            for (const char* sql : kSchemaV4)
                run(QString::fromLatin1(sql));
        } else if (next == 5) {
            for (const char* sql : kSchemaV5)
                run(QString::fromLatin1(sql));
        } else if (next == 6) {
            for (const char* sql : kSchemaV6)
                run(QString::fromLatin1(sql));
        } else if (next == 7) {
            for (const char* sql : kSchemaV7)
                run(QString::fromLatin1(sql));
        }
        run(QStringLiteral("PRAGMA user_version=%1").arg(next));
        version = next;
    }
    if (!ok) {
        rollback();
        return Failure {tr("Cannot upgrade the history file %1: %2. It was left as it was.").arg(m_path, error)};
    }
    if (const Status committed = commit(); !committed)
        return Failure {tr("Cannot upgrade the history file %1: %2").arg(m_path, committed.error())};
    return {};
}
