#pragma once

#include "core/RepeatIndex.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QSqlQuery;

// An import's check of repeated rows with a ceiling on memory: the keys stay in memory (about
// 40 bytes a valid row) until they reach a limit, then move to a scratch SQLite database of
// their own, its page cache bounded. Two things of fixed size spare it most of the disk's work:
// a filter of bits that says which keys cannot be on disk (most new rows' keys are asked for
// once and never found), and the newest keys held in memory and written in key order a batch at
// a time rather than one at a time at random places. The scratch file is SQLite's private
// temporary database: made in the system's temporary folder, never named to anyone else (removed
// as soon as it is opened on POSIX, removed on close on Windows), gone when the import ends. It
// holds only hashes and row numbers, never a phone or an address. Where it cannot be made, the
// keys stay in memory (logged): the check still holds, only the ceiling is lost. A lookup that
// fails once the keys are on disk fails the import's reading (ImportReading::error).
class ScratchRepeatIndex final : public RepeatIndex
{
    Q_DECLARE_TR_FUNCTIONS(ScratchRepeatIndex)

public:
    // memoryKeys: how many keys (two a valid row) stay in memory before they move to disk;
    // batchKeys: how many are held in memory between two writes once there.
    explicit ScratchRepeatIndex(qsizetype memoryKeys = kMemoryKeys, qsizetype batchKeys = kBatchKeys);
    ~ScratchRepeatIndex() override;
    ScratchRepeatIndex(const ScratchRepeatIndex&) = delete;
    ScratchRepeatIndex& operator=(const ScratchRepeatIndex&) = delete;

    Result<Earlier> take(quint64 phoneKey, quint64 emailKey, int row) override;
    // Whether the keys have moved to the scratch database.
    [[nodiscard]] bool onDisk() const { return m_onDisk; }
    // How many keys memory holds now: never more than memoryKeys, nor batchKeys once on disk.
    [[nodiscard]] qsizetype keysInMemory() const { return m_memory.size(); }

    // 2^18 keys: 131,072 valid rows, about 5 MiB.
    static constexpr qsizetype kMemoryKeys = qsizetype {1} << 18;
    // The scratch database's page cache.
    static constexpr int kCacheKiB = 2048;
    // Keys held in memory once on disk, before they are written (about 2.5 MiB).
    static constexpr qsizetype kBatchKeys = qsizetype {1} << 16;
    // The filter: 2^25 bits, 4 MiB. Each key sets two: at a million valid rows about one new key
    // in 70 is looked for on disk in vain, at ten million one in three.
    static constexpr int kFilterBitsLog2 = 25;

private:
    Status moveToDisk();
    void closeDisk();
    // The batch's keys in key order, taken out of memory.
    [[nodiscard]] std::vector<std::pair<qint64, int>> takeBatch();
    Status write(const std::vector<std::pair<qint64, int>>& keys);
    void addToFilter(quint64 key);
    [[nodiscard]] bool mayBeOnDisk(quint64 key) const;
    [[nodiscard]] Result<int> rowOnDisk(quint64 key);

    qsizetype m_memoryKeys;
    qsizetype m_batchKeys;
    MemoryRepeatIndex m_memory; // every key until the move; then the batch not yet written
    std::vector<quint64> m_filter;
    bool m_onDisk = false;
    bool m_diskFailed = false; // tried once; the keys stay in memory
    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_find;
    std::unique_ptr<QSqlQuery> m_add;
};
