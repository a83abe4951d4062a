#pragma once

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
    // Empty when leads may be sent to this base URL, else a translated reason. Plain http is allowed
    // only to loopback, where nothing leaves the machine.
    [[nodiscard]] static QString problem(const QUrl& base);
    [[nodiscard]] static bool isLoopbackHost(const QString& host);
};
