#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A whole CSV file in memory, for the import dialog's preview and table (CsvStream reads it; the
// CLI streams instead).
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // data rows, blank lines skipped
    QList<int> rowNumbers; // each row's number as a spreadsheet shows it (the header is row 1)
    char delimiter = ',';
    QString encoding; // "UTF-8" or "Windows-1252"
    qint64 damagedBytes = 0; // places in another encoding than `encoding` (CsvStream::damagedBytes)
    QString error; // translated; empty when the file could be read
};

class CsvReader
{
public:
    [[nodiscard]] static CsvTable read(const QByteArray& bytes);
    [[nodiscard]] static CsvTable readFile(const QString& path);
};
