#pragma once

#include <QString>
#include <QStringList>

namespace Csv {
// One RFC 4180 record: fields quoted when they hold the separator, a quote or a line break.
// Every cell is made safe to open in a spreadsheet first (neutralised()).
QString record(const QStringList& fields, QChar separator = u',');

// A cell a spreadsheet would run as a formula (starting with '=', '+', '-', '@', a tab or a
// carriage return: "=HYPERLINK(…)", "+cmd|…", "@SUM(…)") gets a leading apostrophe, which shows it
// as text. Numbers and phone numbers ("+1 809 555 0123", "-5") cannot call anything and stay as
// they are, so exports keep their phones readable.
QString neutralised(const QString& cell);
} // namespace Csv
