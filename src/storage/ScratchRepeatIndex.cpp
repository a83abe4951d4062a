#include "ScratchRepeatIndex.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cstdlib>

Q_DECLARE_LOGGING_CATEGORY(lcStorage) // Database.cpp

namespace {
std::atomic<int> g_scratchConnections {0};
} // namespace

ScratchRepeatIndex::ScratchRepeatIndex(qsizetype memoryKeys, qsizetype batchKeys, int filterBitsLog2)
    : m_memoryKeys(std::max<qsizetype>(2, memoryKeys))
    , m_batchKeys(std::max<qsizetype>(2, batchKeys))
    , m_filterBitsLog2(std::clamp(filterBitsLog2, 6, 32))
    , m_connectionName(QStringLiteral("leadentry-scratch-%1").arg(++g_scratchConnections))
{ }

ScratchRepeatIndex::~ScratchRepeatIndex()
{
    closeDisk();
}

qsizetype ScratchRepeatIndex::keysInMemory() const
{
    return m_memory.size() + static_cast<qsizetype>(m_writing.size()) - m_written;
}

void ScratchRepeatIndex::closeDisk()
{
    m_find.reset();
    m_add.reset();
    m_addMany.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close(); // SQLite removes its temporary database here
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Failure ScratchRepeatIndex::diskFailure(const QString& error) const
{
    return Failure {tr("The check for rows that repeat an earlier row could not use its working file in the "
                       "system's temporary folder (%1). Make room there and try again.")
                        .arg(error)};
}

// The keys are hashes already: the filter's two bits are two of their slices (the low bit, which
// says phone or email, left out).
void ScratchRepeatIndex::addToFilter(quint64 key)
{
    const quint64 mask = (quint64 {1} << m_filterBitsLog2) - 1;
    for (const quint64 bit : {key >> (64 - m_filterBitsLog2), (key >> 1) & mask})
        m_filter.get()[bit / 64] |= quint64 {1} << (bit % 64);
}

bool ScratchRepeatIndex::mayBeOnDisk(quint64 key) const
{
    const quint64 mask = (quint64 {1} << m_filterBitsLog2) - 1;
    for (const quint64 bit : {key >> (64 - m_filterBitsLog2), (key >> 1) & mask}) {
        if (!(m_filter.get()[bit / 64] & (quint64 {1} << (bit % 64))))
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
    QStringList many;
    for (qsizetype i = 0; i < kWrittenPerRow; ++i)
        many.append(QStringLiteral("(?, ?)"));
    m_addMany = std::make_unique<QSqlQuery>(db);
    if (!m_addMany->prepare(QStringLiteral("INSERT INTO keys(key, row) VALUES ") + many.join(QStringLiteral(", "))))
        return Failure {m_addMany->lastError().text()};
    // The first batch is every key so far; it is written a few keys a row from now on. Memory at
    // its peak holds them twice for a moment (the table and the sorted list), never with the
    // filter beside them.
    if (Status started = startBatch(); !started) {
        for (const auto& [key, row] : m_writing)
            m_memory.add(static_cast<quint64>(key), row);
        m_writing = {};
        return started;
    }
    // Zeroed by the system as its pages are first touched (calloc), not all at once here.
    m_filter.reset(static_cast<quint64*>(std::calloc(std::size_t {1} << (m_filterBitsLog2 - 6), sizeof(quint64))));
    if (!m_filter) {
        for (const auto& [key, row] : m_writing)
            m_memory.add(static_cast<quint64>(key), row);
        m_writing = {};
        return Failure {QStringLiteral("out of memory")};
    }
    m_onDisk = true;
    return {};
}

Status ScratchRepeatIndex::startBatch()
{
    // The one before it, should it not be written yet (it is, at the sizes above), first.
    if (Status finished = writeSome(static_cast<qsizetype>(m_writing.size())); !finished)
        return finished;
    // In key order, so that each page of the table is read and written once per batch. The keys
    // are hashes, spread evenly: placed by their top 16 bits first (one pass), each of the 65,536
    // small runs is then sorted. A sort of the whole took 20 ms of a row's time at the move.
    constexpr int kBucketBits = 16;
    const auto bucketOf = [](qint64 key) {
        // The sign bit flipped: the buckets in the order of the signed keys, SQLite's and lower_bound's.
        return static_cast<std::size_t>((static_cast<quint64>(key) ^ (quint64 {1} << 63)) >> (64 - kBucketBits));
    };
    std::vector<quint32> starts((std::size_t {1} << kBucketBits) + 1, 0);
    for (auto it = m_memory.rows().cbegin(); it != m_memory.rows().cend(); ++it)
        ++starts[bucketOf(static_cast<qint64>(it.key())) + 1];
    for (std::size_t b = 1; b < starts.size(); ++b)
        starts[b] += starts[b - 1];
    m_writing.assign(static_cast<std::size_t>(m_memory.size()), {});
    std::vector<quint32> next(starts.cbegin(), starts.cend() - 1);
    for (auto it = m_memory.rows().cbegin(); it != m_memory.rows().cend(); ++it) {
        const auto key = static_cast<qint64>(it.key());
        m_writing[next[bucketOf(key)]++] = {key, it.value()};
    }
    m_memory.clear();
    for (std::size_t b = 0; b + 1 < starts.size(); ++b) {
        if (starts[b + 1] - starts[b] > 1)
            std::sort(m_writing.begin() + starts[b], m_writing.begin() + starts[b + 1]);
    }
    m_written = 0;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("BEGIN")))
        return Failure {q.lastError().text()};
    return {};
}

Status ScratchRepeatIndex::writeSome(qsizetype count)
{
    // Empty once committed: after a COMMIT that failed, a later call fails too (SQLite has undone
    // the transaction) rather than carry on as if those keys were written.
    if (m_writing.empty())
        return {};
    const qsizetype end = std::min(static_cast<qsizetype>(m_writing.size()), m_written + count);
    while (m_written < end) {
        // Whole statements of kWrittenPerRow keys while there are as many; the rest one by one.
        const qsizetype n = end - m_written >= kWrittenPerRow ? kWrittenPerRow : 1;
        QSqlQuery& add = n == kWrittenPerRow ? *m_addMany : *m_add;
        for (qsizetype i = 0; i < n; ++i) {
            const auto& [key, row] = m_writing[static_cast<std::size_t>(m_written + i)];
            add.bindValue(static_cast<int>(2 * i), key);
            add.bindValue(static_cast<int>(2 * i + 1), row);
        }
        if (!add.exec())
            return Failure {add.lastError().text()};
        for (qsizetype i = 0; i < n; ++i)
            addToFilter(static_cast<quint64>(m_writing[static_cast<std::size_t>(m_written + i)].first));
        m_written += n;
    }
    if (m_written == static_cast<qsizetype>(m_writing.size())) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (!q.exec(QStringLiteral("COMMIT")))
            return Failure {q.lastError().text()};
        m_writing = {};
        m_written = 0;
    }
    return {};
}

Result<int> ScratchRepeatIndex::rowOf(quint64 key)
{
    // Gathered since the last batch, in the batch being written, else on disk where the filter allows.
    if (const int gathered = m_memory.rowOf(key); gathered != 0)
        return gathered;
    const auto found
        = std::lower_bound(m_writing.cbegin(), m_writing.cend(), std::pair<qint64, int>(static_cast<qint64>(key), 0),
            [](const auto& a, const auto& b) { return a.first < b.first; });
    if (found != m_writing.cend() && found->first == static_cast<qint64>(key))
        return found->second;
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
    if (Status written = writeSome(kWrittenPerRow); !written)
        return diskFailure(written.error());
    const Result<int> phoneRow = rowOf(phoneKey);
    if (!phoneRow)
        return diskFailure(phoneRow.error());
    const Result<int> emailRow = rowOf(emailKey);
    if (!emailRow)
        return diskFailure(emailRow.error());
    const Earlier earlier {*phoneRow, *emailRow};
    if (earlier.phoneRow != 0 || earlier.emailRow != 0)
        return earlier;
    m_memory.add(phoneKey, row);
    m_memory.add(emailKey, row);
    if (m_memory.size() >= m_batchKeys) {
        if (Status started = startBatch(); !started)
            return diskFailure(started.error());
    }
    return earlier;
}
