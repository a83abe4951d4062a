#include "DateText.h"

#include <QDateTime>
#include <QLocale>

namespace DateText {

QString of(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QStringLiteral("d MMM yyyy, HH:mm"));
}

QString brief(qint64 msSinceEpoch, const QDateTime& now)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    const QDate day = at.date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return QLocale().toString(at, QStringLiteral("HH:mm"));
    return QLocale().toString(day, day.year() == today.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
}

} // namespace DateText
