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
    // A signed number ("+18095550123", "-5", "-0.5") is read as a number, not a formula, and stays
    // as it is; anything else after the sign (letters, operators, spaces) gets the apostrophe.
    const QStringView rest = QStringView(cell).mid(1);
    const bool number = !rest.isEmpty() && rest.front().isDigit() && rest.count(u'.') <= 1
        && std::all_of(rest.cbegin(), rest.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'.'; });
    if ((first == u'+' || first == u'-') && number)
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
