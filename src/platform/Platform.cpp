#include "Platform.h"

#include <QFile>

#include <cstdio>

namespace Platform {

void reportFirstPaint()
{
    const Usage usage = processUsage();
    std::printf("first paint: CPU %.1f ms, peak memory %lld KiB\n", usage.cpuMs, static_cast<long long>(usage.peakKiB));
    std::fflush(stdout);
    const QString mapFile = qEnvironmentVariable("LEADENTRY_BENCH_MEMORY_MAP");
    if (mapFile.isEmpty())
        return;
    QFile out(mapFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(memoryMap()) < 0)
        std::fprintf(stderr, "the memory map cannot be written to %s\n", qPrintable(mapFile));
}

} // namespace Platform
