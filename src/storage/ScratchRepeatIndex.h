#pragma once

#include "core/RepeatIndex.h"

#include <QCoreApplication>
#include <QString>

#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

class QSqlQuery;

// An import's check of repeated rows with a ceiling on memory: the keys stay in memory (about
// 40 bytes a valid row) until they reach a limit, then move to a scratch SQLite database of
// their own, its page cache bounded. Two things of fixed size spare it most of the disk's work:
// a filter of bits that says which keys cannot be on disk (most new rows' keys are asked for
// once and never found), and the newest keys held in memory and written in key order a batch at
// a time rather than one at a time at random places. A batch is written a few keys per row taken
// while the next one fills, so no single row waits for a whole batch (the import dialog takes
// its rows between the window's events).
//
// The scratch file is SQLite's private temporary database: made in the system's temporary folder
// (about 36 bytes a valid row past the limit), never named to anyone else (removed as soon as it
// is opened on POSIX, removed on close on Windows), gone when the import ends. It holds row
// numbers and keys hashed with a seed held only in memory (RepeatIndex), never a phone or an
// address. Where it cannot be made, the keys stay in memory (logged): the check still holds, only
// the ceiling is lost. A lookup or a write that fails once the keys are on disk fails the
// import's reading (ImportReading::error), with a message that points to the system's temporary
// folder and gives SQLite's reason.
class ScratchRepeatIndex final : public RepeatIndex
{
    Q_DECLARE_TR_FUNCTIONS(ScratchRepeatIndex)

public:
    // memoryKeys: how many keys (two a valid row) stay in memory before they move to disk;
    // batchKeys: how many new keys are gathered in memory between two batches once there;
    // filterBitsLog2: the filter's size.
    explicit ScratchRepeatIndex(
        qsizetype memoryKeys = kMemoryKeys, qsizetype batchKeys = kBatchKeys, int filterBitsLog2 = kFilterBitsLog2);
    ~ScratchRepeatIndex() override;
    ScratchRepeatIndex(const ScratchRepeatIndex&) = delete;
    ScratchRepeatIndex& operator=(const ScratchRepeatIndex&) = delete;

    Result<Earlier> take(quint64 phoneKey, quint64 emailKey, int row) override;
    // Whether the keys have moved to the scratch database.
    [[nodiscard]] bool onDisk() const { return m_onDisk; }
    // How many keys memory holds now (gathered, or sorted and not yet written): never more than
    // memoryKeys + batchKeys.
    [[nodiscard]] qsizetype keysInMemory() const;

    // 2^18 keys: 131,072 valid rows, about 5 MiB.
    static constexpr qsizetype kMemoryKeys = qsizetype {1} << 18;
    // The scratch database's page cache.
    static constexpr int kCacheKiB = 2048;
    // New keys gathered in memory between two batches (about 2.5 MiB).
    static constexpr qsizetype kBatchKeys = qsizetype {1} << 16;
    // Keys of the batch being written, written with each row taken: 16 drain the first batch
    // (memoryKeys) in 16,384 rows, well before the next is gathered (batchKeys / 2 rows).
    static constexpr qsizetype kWrittenPerRow = 16;
    // The filter: 2^25 bits, 4 MiB. Each key sets two bits: a new key is looked for on disk in
    // vain about once in 79 at a million valid rows, once in 2 at ten million.
    static constexpr int kFilterBitsLog2 = 25;

private:
    Status moveToDisk();
    void closeDisk();
    // The gathered keys, sorted, become the batch being written.
    Status startBatch();
    // Writes up to count keys of the batch being written; commits when it is all written.
    Status writeSome(qsizetype count);
    void addToFilter(quint64 key);
    [[nodiscard]] bool mayBeOnDisk(quint64 key) const;
    [[nodiscard]] Result<int> rowOf(quint64 key);
    [[nodiscard]] Failure diskFailure(const QString& error) const;

    qsizetype m_memoryKeys;
    qsizetype m_batchKeys;
    int m_filterBitsLog2;
    MemoryRepeatIndex m_memory; // every key until the move; then the keys gathered since the last batch
    std::vector<std::pair<qint64, int>> m_writing; // the batch being written, in key order
    qsizetype m_written = 0; // how much of it
    struct Free
    {
        void operator()(quint64* bits) const { std::free(bits); }
    };
    std::unique_ptr<quint64, Free> m_filter;
    bool m_onDisk = false;
    bool m_diskFailed = false; // tried once; the keys stay in memory
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_find;
    std::unique_ptr<QSqlQuery> m_add;
    // kWrittenPerRow keys in one statement: a statement's own cost, paid once for them all.
    std::unique_ptr<QSqlQuery> m_addMany;
};
