#pragma once

#include "core/Result.h"

#include <QHash>
#include <QtGlobal>

// The check of a file's rows against its earlier rows: for each phone and email a valid row has
// held, the first row that held it. ImportPlanner asks it once per valid row.
class RepeatIndex
{
public:
    struct Earlier
    {
        int phoneRow = 0; // the first row that held this phone, or 0
        int emailRow = 0;
    };
    RepeatIndex();
    virtual ~RepeatIndex() = default;
    // The earlier rows holding these keys (0 where none did). When neither was held, row is
    // recorded for both. Fails only where the keys are kept outside memory and cannot be read.
    virtual Result<Earlier> take(quint64 phoneKey, quint64 emailKey, int row) = 0;

    // The keys: hashes with a seed drawn for this index alone and held only in memory, so a key
    // kept on disk cannot be turned back into a phone or an address by trying every number. A
    // phone's and an email's keys never meet: the low bit says which it is.
    [[nodiscard]] quint64 phoneKey(const QString& e164) const;
    [[nodiscard]] quint64 emailKey(const QString& email) const;

private:
    size_t m_seed;
};

// Every key in memory (about 40 bytes a valid row): for tables already held in memory, and the
// first part of a file read by storage's ScratchRepeatIndex.
class MemoryRepeatIndex final : public RepeatIndex
{
public:
    Result<Earlier> take(quint64 phoneKey, quint64 emailKey, int row) override;
    [[nodiscard]] int rowOf(quint64 key) const { return m_rows.value(key); }
    void add(quint64 key, int row) { m_rows.insert(key, row); }
    [[nodiscard]] qsizetype size() const { return m_rows.size(); }
    // Every key held, with its row.
    [[nodiscard]] const QHash<quint64, int>& rows() const { return m_rows; }
    void clear() { m_rows = {}; }

private:
    QHash<quint64, int> m_rows; // key → the first row that held it
};
