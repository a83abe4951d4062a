#include "Csv.h"

#include <algorithm>

namespace Csv {

QString neutralised(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return cell;
    // Digits with the punctuation of numbers and phones only: nothing a formula could call.
    const bool numeric = std::all_of(cell.cbegin() + 1, cell.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u' ' || c == u'(' || c == u')' || c == u'-' || c == u'.';
    });
    const bool hasDigit = std::any_of(cell.cbegin(), cell.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if ((first == u'+' || first == u'-') && numeric && hasDigit)
        return cell;
    return u'\'' + cell;
}

QString record(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields) {
        const QString f = neutralised(field);
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
