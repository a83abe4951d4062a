#include "Csv.h"

namespace Csv {

QString record(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        if (f.contains(separator) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            QString quoted = f;
            quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out.append(u'"' + quoted + u'"');
        } else {
            out.append(f);
        }
    }
    return out.join(separator) + QStringLiteral("\r\n");
}

} // namespace Csv
