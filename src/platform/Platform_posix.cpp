#include "Platform.h"

#include <QByteArray>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

namespace Platform {

qint64 processId()
{
    return static_cast<qint64>(::getpid());
}

bool processIsGone(qint64 pid)
{
    if (pid <= 0 || pid == processId())
        return false;
    // Signal 0 checks without sending; EPERM means it exists under another user.
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

void setStdinEcho(bool on)
{
    termios mode {};
    if (::tcgetattr(STDIN_FILENO, &mode) != 0)
        return;
    if (on)
        mode.c_lflag |= static_cast<tcflag_t>(ECHO);
    else
        mode.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &mode);
}

Usage processUsage()
{
    rusage usage {};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return {};
    const auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return {ms(usage.ru_utime) + ms(usage.ru_stime), static_cast<qint64>(usage.ru_maxrss)}; // KiB on Linux
}

QByteArray memoryMap()
{
    QByteArray map;
    const int fd = ::open("/proc/self/smaps", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return map;
    char buffer[65536];
    ssize_t got = 0;
    while ((got = ::read(fd, buffer, sizeof buffer)) > 0 || (got < 0 && errno == EINTR))
        if (got > 0)
            map.append(buffer, got);
    ::close(fd);
    return map;
}

} // namespace Platform
