#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// The app's log file: Qt's messages (warnings from every layer, the outbox's deliveries and
// pauses), one line each with the time, in the app-data folder beside the history. What the app
// writes there names leads by number only, and every line is scrubbed of what looks like an
// email, a phone number or a token before it is written (a server's words may still hold a name:
// the file is private). It is private to the user, and rotated: past maxBytes it becomes
// leadentry.log.1 and a new one starts, so two files at most.
namespace AppLog {

// The folder of the history and the log: LEADENTRY_HOME, or LeadEntry in the user's data folder.
[[nodiscard]] QString dataFolder();
[[nodiscard]] QString defaultPath();

// Writes every Qt message to path from now on (and still to stderr). False, with nothing
// changed, when the file cannot be opened.
bool install(const QString& path, qint64 maxBytes = 1024 * 1024);
// Stops writing to the file (tests; the app keeps it to the end).
void uninstall();
[[nodiscard]] QString path(); // empty when not installed

// The line without emails, phone numbers or tokens.
[[nodiscard]] QString scrub(const QString& line);
// The last lines of the log (both files), at most count, oldest first; only warnings and worse
// when problemsOnly.
[[nodiscard]] QStringList tail(int count, bool problemsOnly);

} // namespace AppLog
