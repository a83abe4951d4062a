#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer (or the seed replayer) hands a target, and a way to cut them into parts.
class FuzzInput
{
public:
    FuzzInput(const std::uint8_t* data, std::size_t size)
        : m_bytes(QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)))
    { }
    [[nodiscard]] const QByteArray& all() const { return m_bytes; }
    // The bytes up to the next `separator` (consumed), or all that is left.
    QByteArray take(char separator)
    {
        const qsizetype end = m_bytes.indexOf(separator, m_at);
        const qsizetype stop = end < 0 ? m_bytes.size() : end;
        QByteArray part = m_bytes.mid(m_at, stop - m_at);
        m_at = end < 0 ? m_bytes.size() : end + 1;
        return part;
    }
    [[nodiscard]] QByteArray rest() const { return m_bytes.mid(m_at); }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

// Every target defines this; libFuzzer calls it, and so does ReplayMain.cpp for the seeds.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
