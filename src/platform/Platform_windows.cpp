#include "Platform.h"

#include <QByteArray>

#include <cstdio>
#include <io.h>
#include <windows.h>
// After windows.h; version 2 names the kernel32 entry point (no psapi.dll to link).
#define PSAPI_VERSION 2
#include <psapi.h>

namespace Platform {

qint64 processId()
{
    return static_cast<qint64>(::GetCurrentProcessId());
}

bool processIsGone(qint64 pid)
{
    if (pid <= 0 || pid == processId())
        return false;
    HANDLE process = ::OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return ::GetLastError() == ERROR_INVALID_PARAMETER; // no such process; access denied means it lives
    const bool exited = ::WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    ::CloseHandle(process);
    return exited;
}

bool stdinIsTerminal()
{
    return ::_isatty(::_fileno(stdin)) != 0;
}

void setStdinEcho(bool on)
{
    HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !::GetConsoleMode(input, &mode))
        return;
    ::SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)));
}

Usage processUsage()
{
    Usage usage;
    FILETIME created, exited, kernel, user;
    if (::GetProcessTimes(::GetCurrentProcess(), &created, &exited, &kernel, &user)) {
        const auto ms = [](const FILETIME& t) {
            return ((static_cast<quint64>(t.dwHighDateTime) << 32) | t.dwLowDateTime) / 10000.0; // 100-ns units
        };
        usage.cpuMs = ms(kernel) + ms(user);
    }
    PROCESS_MEMORY_COUNTERS memory {};
    if (::GetProcessMemoryInfo(::GetCurrentProcess(), &memory, sizeof memory))
        usage.peakKiB = static_cast<qint64>(memory.PeakWorkingSetSize / 1024);
    return usage;
}

QByteArray memoryMap()
{
    return {};
}

} // namespace Platform
