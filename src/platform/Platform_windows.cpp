#include "Platform.h"

#include <cstdio>
#include <io.h>
#include <windows.h>

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

} // namespace Platform
