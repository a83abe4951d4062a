#pragma once

#include <QString>
#include <QStringList>

namespace Csv {
// One RFC 4180 record: fields quoted when they hold the separator, a quote or a line break.
// Every cell is made safe to open in a spreadsheet first (neutralised()).
QString record(const QStringList& fields, QChar separator = u',');

// A cell a spreadsheet would run as a formula (starting with '=', '+', '-', '@', a tab or a
// carriage return: "=HYPERLINK(…)", "+cmd|…", "@SUM(…)", "-2+3") gets a leading apostrophe, which
// shows it as text. A plain signed number ("+18095550123", "-5") is read as a number and stays.
QString neutralised(const QString& cell);
} // namespace Csv
