#pragma once

#include <QtGlobal>

// Where "now" comes from, so retry timing can be tested on a fake clock.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0; // milliseconds since the Unix epoch
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
};
