#pragma once

#include <QCoreApplication>
#include <QString>

namespace TestEnvironment {
// Points XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME at a fresh temporary folder for the
// rest of the process (child processes inherit it), and unsets ALTERESTATE_API_KEY and
// ALTERESTATE_API_URL, so no test reads or writes the user's files or uses their key.
QString isolate();

// Files are made private with POSIX permissions; on Windows a user's AppData is private by its
// ACL and the permission bits Qt reports say nothing about others. Tests of those bits skip there.
#ifdef Q_OS_WIN
#define LEADENTRY_SKIP_WITHOUT_POSIX_PERMISSIONS()                                                                     \
    QSKIP("POSIX permissions: on Windows the user's AppData folders are private by their ACL")
#else
#define LEADENTRY_SKIP_WITHOUT_POSIX_PERMISSIONS()
#endif

// Runs everything already posted or due at once (zero-time timers, queued signals, and what they
// post in turn) without waiting on the clock: after it, work that was going to happen has happened.
inline void drainEventLoop()
{
    for (int round = 0; round < 50; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}
} // namespace TestEnvironment
