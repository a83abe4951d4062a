#pragma once

#include <QByteArray>
#include <QtGlobal>

// The few things the operating system does differently, behind one seam: a POSIX implementation
// (Platform_posix.cpp) and a Windows one (Platform_windows.cpp), chosen by the build. Nothing
// above this layer includes a system header or tests the platform.
namespace Platform {
// This process's id.
qint64 processId();
// Whether the process with this id on this machine is certainly gone; false while it runs, or
// when that cannot be told (another user's process, say).
bool processIsGone(qint64 pid);
// Whether standard input is an interactive terminal (a console on Windows), not a pipe or a file.
bool stdinIsTerminal();
// Stops (or resumes) echoing what is typed on standard input, for a secret typed at a prompt.
void setStdinEcho(bool on);
// What this process has used so far, every thread counted: CPU time (user + system) and its
// peak memory (resident set; the peak working set on Windows). For start-up benchmarks.
struct Usage
{
    double cpuMs = 0;
    qint64 peakKiB = 0;
};
Usage processUsage();
// This process's memory map with what each mapping holds in memory (Linux's /proc/self/smaps);
// empty where the system has none. For start-up benchmarks.
QByteArray memoryMap();
// The start-up benchmarks' report at a program's first paint (`leadentry --exit-after-startup`,
// the bench's bare window): one line on standard output, "first paint: CPU 98.6 ms, peak memory
// 38256 KiB"; and where LEADENTRY_BENCH_MEMORY_MAP names a file, memoryMap() written to it, for
// the bench to tell where the memory lies.
void reportFirstPaint();
} // namespace Platform
