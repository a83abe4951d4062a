#include "CsvStream.h"

#include <QBuffer>
#include <QFile>

#include <csv.h>

#include <algorithm>

namespace {
constexpr qint64 kChunkBytes = 64 * 1024;

// What stands at p[i] (a non-ASCII byte): the length of a valid UTF-8 sequence, 0 when the
// byte is not UTF-8, or -1 when the sequence may continue beyond n.
int utf8SequenceAt(const unsigned char* p, qsizetype i, qsizetype n)
{
    const unsigned char b = p[i];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= n)
            return -1;
        const unsigned char c = p[i + k];
        if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
            return 0;
    }
    return length;
}

// Counts what an encoding decision needs: byte sequences that are valid multi-byte UTF-8, and
// bytes that are not UTF-8 at all. Fed chunk by chunk; an incomplete sequence at a chunk's end
// waits for the next one.
class Utf8Census
{
public:
    void feed(const QByteArray& chunk, bool last)
    {
        const QByteArray bytes = m_carry + chunk;
        m_carry.clear();
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
        const qsizetype n = bytes.size();
        qsizetype i = 0;
        while (i < n) {
            if (p[i] < 0x80) {
                ++i;
                continue;
            }
            const int length = utf8SequenceAt(p, i, n);
            if (length < 0 && !last) {
                m_carry = bytes.mid(i);
                return;
            }
            if (length > 0) {
                ++multibyte;
                i += length;
            } else {
                ++invalid;
                ++i;
            }
        }
    }
    qint64 multibyte = 0;
    qint64 invalid = 0;

private:
    QByteArray m_carry;
};

// A field of a Windows-1252 file that also holds UTF-8 text: each valid multi-byte UTF-8
// sequence becomes U+FFFD, so that validation refuses the row instead of sending "JosÃ©".
QString fromMixedWindows1252(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    QString text;
    qsizetype from = 0;
    for (qsizetype i = 0; i < n;) {
        const int length = p[i] < 0x80 ? 0 : utf8SequenceAt(p, i, n);
        if (length <= 0) {
            ++i;
            continue;
        }
        text += CsvStream::fromWindows1252(bytes.mid(from, i - from)) + QChar(QChar::ReplacementCharacter);
        i += length;
        from = i;
    }
    return text + CsvStream::fromWindows1252(bytes.mid(from));
}

// The delimiter that splits the header line into the most fields (quotes respected).
char detectDelimiter(const QByteArray& start)
{
    const qsizetype end = start.indexOf('\n');
    const QByteArray first = end < 0 ? start : start.left(end);
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

struct CsvStreamCallbacks
{
    static void onField(void* data, size_t length, void* self)
    {
        auto* s = static_cast<CsvStream*>(self);
        if (s->m_current.size() > CsvStream::kMaxFields)
            return; // fill() reports it
        const auto* bytes = static_cast<const char*>(data);
        const auto n = static_cast<qsizetype>(length);
        if (n > CsvStream::kMaxFieldBytes) {
            s->fail(CsvStream::tr("Row %1 has a field longer than %2 KB; a closing quote may be missing.")
                        .arg(s->m_rowNumber + 1)
                        .arg(CsvStream::kMaxFieldBytes / 1024));
            return;
        }
        if (!data)
            s->m_current.append(QString());
        else if (s->m_windows1252 && s->m_damaged > 0)
            s->m_current.append(fromMixedWindows1252(QByteArray::fromRawData(bytes, n)));
        else if (s->m_windows1252)
            s->m_current.append(CsvStream::fromWindows1252(QByteArray::fromRawData(bytes, n)));
        else
            s->m_current.append(QString::fromUtf8(bytes, n));
    }
    static void onRecord(int, void* self)
    {
        auto* s = static_cast<CsvStream*>(self);
        ++s->m_rowNumber;
        if (s->m_current.size() > CsvStream::kMaxFields) {
            s->fail(CsvStream::tr("Row %1 has more than %2 columns.").arg(s->m_rowNumber).arg(CsvStream::kMaxFields));
            return;
        }
        QStringList record = std::exchange(s->m_current, {});
        if (isBlank(record))
            return;
        s->m_ready.append(std::move(record));
        s->m_readyNumbers.append(s->m_rowNumber);
    }
};

CsvStream::CsvStream() = default;

CsvStream::~CsvStream()
{
    if (m_parser)
        csv_free(m_parser.get());
}

QString CsvStream::encoding() const
{
    return m_windows1252 ? QStringLiteral("Windows-1252") : QStringLiteral("UTF-8");
}

QString CsvStream::fromWindows1252(const QByteArray& bytes)
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

Status CsvStream::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Failure {tr("Cannot read %1: %2").arg(path, file->errorString())};
    return start(std::move(file));
}

Status CsvStream::openData(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return start(std::move(buffer));
}

void CsvStream::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
}

Status CsvStream::start(std::unique_ptr<QIODevice> device)
{
    m_device = std::move(device);
    m_size = m_device->size();

    // The encoding, from every byte of the file.
    Utf8Census census;
    for (;;) {
        const QByteArray chunk = m_device->read(1024 * 1024);
        if (chunk.isEmpty()) {
            census.feed({}, true);
            break;
        }
        census.feed(chunk, false);
    }
    // The majority decides; what is left in the other encoding is refused row by row (U+FFFD).
    if (census.invalid > 0 && census.multibyte < census.invalid) {
        m_windows1252 = true;
        m_damaged = census.multibyte;
    } else {
        m_damaged = census.invalid;
    }
    if (!m_device->seek(0))
        return Failure {tr("Cannot read the file again from its start: %1").arg(m_device->errorString())};

    if (m_device->peek(3) == "\xEF\xBB\xBF") {
        m_device->skip(3);
        m_consumed = 3;
    }
    m_delimiter = detectDelimiter(m_device->peek(kChunkBytes));

    m_parser = std::make_unique<csv_parser>();
    if (csv_init(m_parser.get(), CSV_APPEND_NULL) != 0) {
        m_parser.reset();
        return Failure {tr("The CSV reader could not start.")};
    }
    csv_set_delim(m_parser.get(), static_cast<unsigned char>(m_delimiter));

    // The header comes first, and alone decides whether the rest is worth reading.
    while (m_readyAt >= m_ready.size() && fill()) { }
    if (!m_error.isEmpty())
        return Failure {m_error};
    if (m_readyAt >= m_ready.size())
        return Failure {tr("The file is empty: it needs a header row naming the columns.")};
    m_header = m_ready.at(m_readyAt++);
    return {};
}

bool CsvStream::fill()
{
    if (m_atEnd || !m_error.isEmpty())
        return false;
    m_ready.clear();
    m_readyNumbers.clear();
    m_readyAt = 0;
    const QByteArray chunk = m_device->read(kChunkBytes);
    if (chunk.isEmpty()) {
        csv_fini(m_parser.get(), CsvStreamCallbacks::onField, CsvStreamCallbacks::onRecord, this);
        m_atEnd = true;
        return m_error.isEmpty() && !m_ready.isEmpty();
    }
    m_consumed += chunk.size();
    const size_t parsed = csv_parse(m_parser.get(), chunk.constData(), static_cast<size_t>(chunk.size()),
        CsvStreamCallbacks::onField, CsvStreamCallbacks::onRecord, this);
    if (parsed != static_cast<size_t>(chunk.size()))
        fail(tr("The file is not valid CSV: %1.").arg(QString::fromUtf8(csv_strerror(csv_error(m_parser.get())))));
    if (m_parser->entry_pos > static_cast<size_t>(kMaxFieldBytes))
        fail(tr("Row %1 has a field longer than %2 KB; a closing quote may be missing.")
                 .arg(m_rowNumber + 1)
                 .arg(kMaxFieldBytes / 1024));
    if (m_current.size() > kMaxFields)
        fail(tr("Row %1 has more than %2 columns.").arg(m_rowNumber + 1).arg(kMaxFields));
    return m_error.isEmpty();
}

bool CsvStream::next(CsvRecord& record)
{
    while (m_readyAt >= m_ready.size()) {
        if (!fill()) {
            if (m_readyAt < m_ready.size() && m_error.isEmpty())
                break; // the rows the end of the file completed
            return false;
        }
    }
    record.rowNumber = m_readyNumbers.at(m_readyAt);
    record.cells = std::move(m_ready[m_readyAt++]);
    return true;
}
