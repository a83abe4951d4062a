#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

#include <csv.h>

namespace {
struct ParseState
{
    QList<QStringList> records;
    QStringList current;
};

void onField(void* data, size_t length, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    s->current.append(
        data ? QString::fromUtf8(static_cast<const char*>(data), static_cast<qsizetype>(length)) : QString());
}

void onRecord(int, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    s->records.append(std::exchange(s->current, {}));
}

// The delimiter that splits the header line into the most fields (quotes respected).
char detectDelimiter(const QByteArray& text)
{
    const qsizetype end = text.indexOf('\n');
    const QByteArray first = end < 0 ? text : text.left(end);
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char c : first) {
        if (c == '"')
            quoted = !quoted;
        for (int i = 0; i < 3; ++i) {
            if (!quoted && c == candidates[i])
                ++counts[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool isBlank(const QStringList& record)
{
    return std::all_of(record.cbegin(), record.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
}
} // namespace

QString CsvReader::fromWindows1252(const QByteArray& bytes)
{
    // 0x80–0x9F differ from Latin-1 (€, smart quotes, dashes…); the rest is Latin-1.
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
        0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text.append(QChar(b >= 0x80 && b < 0xA0 ? high[b - 0x80] : char16_t(b)));
    }
    return text;
}

CsvTable CsvReader::read(const QByteArray& raw)
{
    CsvTable table;
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: a spreadsheet on Windows saved it in its ANSI code page.
        bytes = fromWindows1252(bytes).toUtf8();
        table.encoding = QStringLiteral("Windows-1252");
    } else {
        table.encoding = QStringLiteral("UTF-8");
    }
    Q_UNUSED(asUtf8)
    table.delimiter = detectDelimiter(bytes);

    csv_parser parser {};
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        table.error = tr("The CSV reader could not start.");
        return table;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter));
    ParseState state;
    const size_t parsed
        = csv_parse(&parser, bytes.constData(), static_cast<size_t>(bytes.size()), onField, onRecord, &state);
    if (parsed != static_cast<size_t>(bytes.size()))
        table.error = tr("The file is not valid CSV: %1.").arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
    csv_fini(&parser, onField, onRecord, &state);
    csv_free(&parser);
    if (!table.error.isEmpty())
        return table;

    int rowNumber = 0;
    for (QStringList& record : state.records) {
        ++rowNumber;
        if (isBlank(record))
            continue;
        if (table.header.isEmpty()) {
            table.header = record;
            continue;
        }
        table.rows.append(record);
        table.rowNumbers.append(rowNumber);
    }
    if (table.header.isEmpty())
        table.error = tr("The file is empty: it needs a header row naming the columns.");
    return table;
}

CsvTable CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return table;
    }
    return read(file.readAll());
}
