#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A CSV file as a spreadsheet saves it: RFC 4180 quoting (delimiters, line breaks and doubled
// quotes inside quotes), ',' ';' or tab (detected), UTF-8 with or without a BOM, else Windows-1252.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows; // data rows, blank lines skipped
    QList<int> rowNumbers; // each row's number as a spreadsheet shows it (the header is row 1)
    char delimiter = ',';
    QString encoding; // "UTF-8" or "Windows-1252"
    QString error; // translated; empty when the file could be read
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    [[nodiscard]] static CsvTable read(const QByteArray& bytes);
    [[nodiscard]] static CsvTable readFile(const QString& path);
    // Exposed for tests: the text of bytes that are not UTF-8, read as Windows-1252.
    [[nodiscard]] static QString fromWindows1252(const QByteArray& bytes);
};
