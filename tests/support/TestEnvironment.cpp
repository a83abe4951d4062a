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
    // The programs' own folder, for every platform (Windows' known folders ignore the XDG ones).
    qputenv("LEADENTRY_HOME", QString(root + QStringLiteral("/home")).toUtf8());
    qunsetenv("ALTERESTATE_API_KEY");
    qunsetenv("ALTERESTATE_API_URL");
    return root;
}

} // namespace TestEnvironment
