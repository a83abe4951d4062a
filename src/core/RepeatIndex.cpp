#include "RepeatIndex.h"

#include <QRandomGenerator>

RepeatIndex::RepeatIndex()
    // Never 0: Qt's string hash with a zero seed is the same everywhere.
    : m_seed(static_cast<size_t>(QRandomGenerator::system()->generate64()) | 1U)
{ }

quint64 RepeatIndex::phoneKey(const QString& e164) const
{
    return (static_cast<quint64>(qHash(e164, m_seed)) << 1) | 1U;
}

quint64 RepeatIndex::emailKey(const QString& email) const
{
    return static_cast<quint64>(qHash(email.toLower(), m_seed)) << 1;
}

Result<RepeatIndex::Earlier> MemoryRepeatIndex::take(quint64 phoneKey, quint64 emailKey, int row)
{
    const Earlier earlier {rowOf(phoneKey), rowOf(emailKey)};
    if (earlier.phoneRow == 0 && earlier.emailRow == 0) {
        add(phoneKey, row);
        add(emailKey, row);
    }
    return earlier;
}
