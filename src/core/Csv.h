#pragma once

#include <QString>
#include <QStringList>

namespace Csv {
// One RFC 4180 record: fields quoted when they hold the separator, a quote or a line break.
QString record(const QStringList& fields, QChar separator = u',');
} // namespace Csv
