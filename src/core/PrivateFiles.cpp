#include "PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

namespace PrivateFiles {

namespace {
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kOthers
    = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

void secureFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.isDir() || !(info.permissions() & kOthers))
        return;
    QFile::setPermissions(folder, kOwnerOnlyFile | QFile::ExeOwner | QFile::ExeUser);
}

void secureFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !(info.permissions() & kOthers))
        return;
    // Read-only stays read-only: only the others' bits go.
    QFile::setPermissions(path, info.permissions() & ~kOthers);
}

} // namespace PrivateFiles
