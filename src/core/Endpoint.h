#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where leads go: the base URL from settings (or ALTERESTATE_API_URL) plus the API's path.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    static QString defaultBaseUrl() { return QStringLiteral("https://secure.alterestate.com"); }
    // {base}/api/v1/leads/, keeping any path prefix the base URL has.
    [[nodiscard]] static QUrl leadsUrl(const QUrl& base);
    // {base}/api/v1/<path> (path without a leading slash: "properties/filter/"), the same way.
    [[nodiscard]] static QUrl apiUrl(const QUrl& base, const QString& path);
    // Whether leads may be sent to this base URL, and why not. Plain http is allowed only to
    // loopback, where nothing leaves the machine.
    [[nodiscard]] static Status check(const QUrl& base);
    [[nodiscard]] static bool isLoopbackHost(const QString& host);
};
