#pragma once

#include <QString>
#include <QtGlobal>

class QDateTime;

// Dates and times as LeadEntry shows them, one way in every window and language: "28 Nov 2026,
// 10:40" (Spanish "28 nov 2026, 10:40"), with the month in words so 11/28 and 28/11 cannot be
// confused, in local time.
namespace DateText {

[[nodiscard]] QString of(qint64 msSinceEpoch);
// The short form for a list, where of() is a tooltip away: "10:40" today, "28 Nov" this year,
// "28 Nov 2025" before.
[[nodiscard]] QString brief(qint64 msSinceEpoch, const QDateTime& now);

} // namespace DateText
