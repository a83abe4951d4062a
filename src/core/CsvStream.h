#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include <memory>

struct csv_parser;

// One data row of a CSV file.
struct CsvRecord
{
    QStringList cells;
    int rowNumber = 0; // as a spreadsheet numbers it (the header is row 1)
};

// A CSV file as a spreadsheet saves it, read one row at a time so that memory stays flat however
// large the file: RFC 4180 quoting (delimiters, line breaks and doubled quotes inside quotes), ','
// ';' or tab (detected from the header line), blank lines skipped.
//
// The encoding is decided for the whole file, from all of its bytes, before the first row: UTF-8
// (with or without a BOM) when every byte sequence is UTF-8; Windows-1252 when no multi-byte UTF-8
// sequence occurs at all (a spreadsheet saved it in the Windows code page). A file that holds
// both is read in the encoding most of its non-ASCII text is in, and what is in the other one
// (stray bytes in UTF-8, UTF-8 sequences in Windows-1252) becomes U+FFFD, which validation
// refuses: the rows holding it are reported instead of being garbled silently.
//
// Bounded: a field longer than kMaxFieldBytes or a row with more than kMaxFields fields stops the
// reading with an error naming the row (usually a missing closing quote).
class CsvStream
{
    Q_DECLARE_TR_FUNCTIONS(CsvStream)
    Q_DISABLE_COPY_MOVE(CsvStream)

public:
    static constexpr qsizetype kMaxFieldBytes = 64 * 1024;
    static constexpr int kMaxFields = 256;

    CsvStream();
    ~CsvStream();

    // Opens the file, decides its encoding and reads the header row; fails with a translated reason.
    Status open(const QString& path);
    // The same over bytes in memory (tests, fuzzing, small pastes).
    Status openData(const QByteArray& bytes);

    [[nodiscard]] const QStringList& header() const { return m_header; }
    [[nodiscard]] char delimiter() const { return m_delimiter; }
    [[nodiscard]] QString encoding() const; // "UTF-8" or "Windows-1252"
    // Places in the other encoding than the one the file is read in (stray bytes in UTF-8, UTF-8
    // sequences in Windows-1252): each is refused with its row. 0 for a file in one encoding.
    [[nodiscard]] qint64 damagedBytes() const { return m_damaged; }

    // The next data row: true with one, false at the end of the file or on an error (error()).
    bool next(CsvRecord& record);
    // Why reading stopped early, translated; empty at a clean end.
    [[nodiscard]] QString error() const { return m_error; }
    // How far reading got, for progress: bytes consumed of size().
    [[nodiscard]] qint64 position() const { return m_consumed; }
    [[nodiscard]] qint64 size() const { return m_size; }

    // Exposed for tests: the text of bytes that are not UTF-8, read as Windows-1252.
    [[nodiscard]] static QString fromWindows1252(const QByteArray& bytes);

private:
    Status start(std::unique_ptr<QIODevice> device);
    bool fill(); // parses the next chunk; false at the end or on an error
    void fail(const QString& message);
    friend struct CsvStreamCallbacks;

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<csv_parser> m_parser;
    bool m_windows1252 = false;
    qint64 m_damaged = 0;
    char m_delimiter = ',';
    QStringList m_header;
    QStringList m_current; // the fields of the row being parsed
    QList<QStringList> m_ready; // rows parsed and not yet taken
    qsizetype m_readyAt = 0;
    int m_rowNumber = 0; // of the last row completed
    QList<int> m_readyNumbers;
    qint64 m_size = 0;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
    QString m_error;
};
