#include "RepeatIndex.h"

quint64 RepeatIndex::phoneKey(const QString& e164)
{
    return (static_cast<quint64>(qHash(e164)) << 1) | 1U;
}

quint64 RepeatIndex::emailKey(const QString& email)
{
    return static_cast<quint64>(qHash(email.toLower())) << 1;
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
