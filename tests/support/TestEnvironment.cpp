#include "TestEnvironment.h"

#include <QDir>
#include <QTemporaryDir>

namespace TestEnvironment {

QString isolate()
{
    static QTemporaryDir dir;
    const QString root = dir.path();
    for (const char* sub : {"config", "data", "cache"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    qputenv("XDG_CONFIG_HOME", QString(root + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", QString(root + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QString(root + QStringLiteral("/cache")).toUtf8());
    // Windows (the suites under Wine): the known folders expand %USERPROFILE%, and the programs a
    // test starts inherit it. Unused elsewhere.
    for (const char* sub : {"AppData/Roaming", "AppData/Local"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    qputenv("USERPROFILE", QDir::toNativeSeparators(root).toUtf8());
    qputenv("APPDATA", QDir::toNativeSeparators(root + QStringLiteral("/AppData/Roaming")).toUtf8());
    qputenv("LOCALAPPDATA", QDir::toNativeSeparators(root + QStringLiteral("/AppData/Local")).toUtf8());
    qunsetenv("ALTERESTATE_API_KEY");
    qunsetenv("ALTERESTATE_API_URL");
    return root;
}

} // namespace TestEnvironment
