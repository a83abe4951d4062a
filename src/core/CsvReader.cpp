#include "CsvReader.h"

#include "CsvStream.h"

namespace {
CsvTable collect(CsvStream& stream, const Status& opened)
{
    CsvTable table;
    if (!opened) {
        table.error = opened.error();
        return table;
    }
    table.header = stream.header();
    table.delimiter = stream.delimiter();
    table.encoding = stream.encoding();
    table.damagedBytes = stream.damagedBytes();
    CsvRecord record;
    while (stream.next(record)) {
        table.rows.append(std::move(record.cells));
        table.rowNumbers.append(record.rowNumber);
    }
    table.error = stream.error();
    return table;
}
} // namespace

CsvTable CsvReader::read(const QByteArray& bytes)
{
    CsvStream stream;
    const Status opened = stream.openData(bytes);
    return collect(stream, opened);
}

CsvTable CsvReader::readFile(const QString& path)
{
    CsvStream stream;
    const Status opened = stream.open(path);
    return collect(stream, opened);
}
