#pragma once

#include "core/Clock.h"

// A clock that moves only when the test says so.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'800'000'000'000)
        : m_now(startMs)
    { }
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};
