#include "Endpoint.h"

#include <QHostAddress>

QUrl Endpoint::leadsUrl(const QUrl& base)
{
    return apiUrl(base, QStringLiteral("leads/"));
}

QUrl Endpoint::apiUrl(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + QStringLiteral("/api/v1/") + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool Endpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Status Endpoint::check(const QUrl& base)
{
    if (!base.isValid() || base.host().isEmpty())
        return Failure {tr("\"%1\" is not a valid address; it should look like https://secure.alterestate.com.")
                            .arg(base.toString())};
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(base.host()))
            return {};
        return Failure {tr("Refusing to send leads over plain http:// to %1: the API key and the lead would travel "
                           "unencrypted. Use an https:// address.")
                            .arg(base.host())};
    }
    return Failure {tr("Unsupported scheme \"%1\": use an https:// address.").arg(base.scheme())};
}
