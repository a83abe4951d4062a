#include "DateText.h"

#include <QDateTime>
#include <QLocale>

namespace DateText {

QString of(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace DateText
