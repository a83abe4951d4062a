#pragma once

#include <QString>

// Files that hold people's names, phones and emails, or what the app did with them (the history,
// the settings, the log, exports) are the user's alone: folders 0700, files 0600, set when they are made
// and whenever they are found looser. (On Windows the user's profile folders are private already;
// Qt maps what it can.)
namespace PrivateFiles {
void secureFolder(const QString& folder);
void secureFile(const QString& path);
} // namespace PrivateFiles
