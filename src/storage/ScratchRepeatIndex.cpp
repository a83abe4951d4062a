#include "ScratchRepeatIndex.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcStorage) // Database.cpp

namespace {
std::atomic<int> g_scratchConnections {0};

// The keys are hashes already: the filter's two bits are two of their slices.
constexpr int kFilterShift = 64 - ScratchRepeatIndex::kFilterBitsLog2;
quint64 firstBit(quint64 key)
{
    return key >> kFilterShift;
}
quint64 secondBit(quint64 key)
{
    return (key >> 1) & ((quint64 {1} << ScratchRepeatIndex::kFilterBitsLog2) - 1);
}
} // namespace

ScratchRepeatIndex::ScratchRepeatIndex(qsizetype memoryKeys, qsizetype batchKeys)
    : m_memoryKeys(std::max<qsizetype>(2, memoryKeys))
    , m_batchKeys(std::max<qsizetype>(2, batchKeys))
    , m_connectionName(QStringLiteral("leadentry-scratch-%1").arg(++g_scratchConnections))
{ }

ScratchRepeatIndex::~ScratchRepeatIndex()
{
    closeDisk();
}

void ScratchRepeatIndex::closeDisk()
{
    m_find.reset();
    m_add.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close(); // SQLite removes its temporary database here
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void ScratchRepeatIndex::addToFilter(quint64 key)
{
    for (const quint64 bit : {firstBit(key), secondBit(key)})
        m_filter[bit / 64] |= quint64 {1} << (bit % 64);
}

bool ScratchRepeatIndex::mayBeOnDisk(quint64 key) const
{
    for (const quint64 bit : {firstBit(key), secondBit(key)}) {
        if (!(m_filter[bit / 64] & (quint64 {1} << (bit % 64))))
            return false;
    }
    return true;
}

Status ScratchRepeatIndex::moveToDisk()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // An empty name is SQLite's private temporary database (https://sqlite.org/inmemorydb.html).
    db.setDatabaseName(QString());
    if (!db.open())
        return Failure {db.lastError().text()};
    QSqlQuery q(db);
    for (const QString& sql : {QStringLiteral("PRAGMA journal_mode=OFF"), QStringLiteral("PRAGMA synchronous=OFF"),
             QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"), QStringLiteral("PRAGMA cache_size=-%1").arg(kCacheKiB),
             QStringLiteral("CREATE TABLE keys(key INTEGER PRIMARY KEY, row INTEGER NOT NULL)")}) {
        if (!q.exec(sql))
            return Failure {q.lastError().text()};
    }
    m_find = std::make_unique<QSqlQuery>(db);
    if (!m_find->prepare(QStringLiteral("SELECT row FROM keys WHERE key = ?")))
        return Failure {m_find->lastError().text()};
    m_add = std::make_unique<QSqlQuery>(db);
    if (!m_add->prepare(QStringLiteral("INSERT INTO keys(key, row) VALUES (?, ?)")))
        return Failure {m_add->lastError().text()};
    // Memory at its peak holds the keys twice for a moment (the table and the sorted list), never
    // with the filter beside them.
    const std::vector<std::pair<qint64, int>> keys = takeBatch();
    m_filter.assign(std::size_t {1} << (kFilterBitsLog2 - 6), 0);
    if (Status written = write(keys); !written) {
        m_filter = {};
        for (const auto& [key, row] : keys)
            m_memory.add(static_cast<quint64>(key), row);
        return written;
    }
    m_onDisk = true;
    return {};
}

std::vector<std::pair<qint64, int>> ScratchRepeatIndex::takeBatch()
{
    std::vector<std::pair<qint64, int>> sorted;
    sorted.reserve(static_cast<std::size_t>(m_memory.size()));
    for (auto it = m_memory.rows().cbegin(); it != m_memory.rows().cend(); ++it)
        sorted.emplace_back(static_cast<qint64>(it.key()), it.value());
    m_memory.clear();
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// In key order, so that each page of the table is read and written once per batch.
Status ScratchRepeatIndex::write(const std::vector<std::pair<qint64, int>>& keys)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("BEGIN")))
        return Failure {q.lastError().text()};
    for (const auto& [key, row] : keys) {
        m_add->bindValue(0, key);
        m_add->bindValue(1, row);
        if (!m_add->exec()) {
            const QString error = m_add->lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return Failure {error};
        }
        addToFilter(static_cast<quint64>(key));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return Failure {q.lastError().text()};
    return {};
}

Result<int> ScratchRepeatIndex::rowOnDisk(quint64 key)
{
    if (!mayBeOnDisk(key))
        return 0;
    m_find->bindValue(0, static_cast<qint64>(key));
    if (!m_find->exec())
        return Failure {m_find->lastError().text()};
    const int row = m_find->next() ? m_find->value(0).toInt() : 0;
    m_find->finish();
    return row;
}

Result<RepeatIndex::Earlier> ScratchRepeatIndex::take(quint64 phoneKey, quint64 emailKey, int row)
{
    if (!m_onDisk) {
        const Result<Earlier> earlier = m_memory.take(phoneKey, emailKey, row);
        if (m_memory.size() >= m_memoryKeys && !m_diskFailed) {
            if (const Status moved = moveToDisk(); !moved) {
                // Only the ceiling is lost: the keys are all still in memory, and the check goes on there.
                qCWarning(lcStorage) << "import: the check of repeated rows stays in memory:" << moved.error();
                m_diskFailed = true;
                closeDisk();
            }
        }
        return earlier;
    }
    // In the batch not yet written, else on disk where the filter allows.
    const auto earlierRow = [this](quint64 key) -> Result<int> {
        const int held = m_memory.rowOf(key);
        return held != 0 ? Result<int>(held) : rowOnDisk(key);
    };
    const Result<int> phoneRow = earlierRow(phoneKey);
    if (!phoneRow)
        return Failure {phoneRow.error()};
    const Result<int> emailRow = earlierRow(emailKey);
    if (!emailRow)
        return Failure {emailRow.error()};
    const Earlier earlier {*phoneRow, *emailRow};
    if (earlier.phoneRow != 0 || earlier.emailRow != 0)
        return earlier;
    m_memory.add(phoneKey, row);
    m_memory.add(emailKey, row);
    if (m_memory.size() >= m_batchKeys) {
        if (Status written = write(takeBatch()); !written)
            return Failure {written.error()};
    }
    return earlier;
}
