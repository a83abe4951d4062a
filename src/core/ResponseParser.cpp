#include "ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {
constexpr qsizetype kMaxMessageLength = 300;

QByteArray header(const HttpHeaders& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

QString simplified(const QString& text)
{
    QString s = text.simplified();
    if (s.size() > kMaxMessageLength)
        s = s.left(kMaxMessageLength - 1) + QChar(0x2026);
    return s;
}

QString jsonScalarText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        // Whole numbers a double holds exactly print as integers; anything beyond 2^53 (or not a
        // number at all) as written. Converting those to qint64 would be undefined (found by fuzzing).
        const double d = v.toDouble();
        constexpr double kExact = 9007199254740992.0; // 2^53
        if (std::isfinite(d) && std::fabs(d) <= kExact && std::trunc(d) == d)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// "x", ["x", "y"] or {"code": "x"} as one line of text.
QString jsonText(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray()) {
            const QString t = jsonText(item);
            if (!t.isEmpty())
                parts.append(t);
        }
        return parts.join(QStringLiteral(" "));
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"message", "detail", "error"}) {
            const QString t = jsonText(o.value(QLatin1String(key)));
            if (!t.isEmpty())
                return t;
        }
        return {};
    }
    return jsonScalarText(v);
}

// Django REST framework style bodies: {"message": …}, {"detail": …}, {"error": …}, {"errors": …},
// {"non_field_errors": […]} and {"phone": ["Enter a valid phone."]}.
QString jsonErrorText(const QJsonObject& o)
{
    for (const char* key : {"message", "detail", "error", "errors", "non_field_errors"}) {
        const QString t = jsonText(o.value(QLatin1String(key)));
        if (!t.isEmpty())
            return t;
    }
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == QLatin1String("status") || it.key() == QLatin1String("log_id"))
            continue;
        const QString t = jsonText(it.value());
        if (!t.isEmpty())
            parts.append(it.key() + QStringLiteral(": ") + t);
    }
    return parts.join(QStringLiteral("; "));
}

bool looksLikeHtml(const HttpHeaders& headers, const QByteArray& body)
{
    if (header(headers, "content-type").toLower().contains("html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body") || start.startsWith("<h1") || start.startsWith("<title");
}

QString htmlText(const QByteArray& body)
{
    const QString html = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression h1(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression dropped(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString text;
    if (const auto m = title.match(html); m.hasMatch())
        text = m.captured(1);
    if (text.trimmed().isEmpty()) {
        if (const auto m = h1.match(html); m.hasMatch())
            text = m.captured(1);
    }
    if (text.trimmed().isEmpty())
        text = QString(html).remove(dropped);
    text.remove(tags);
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return simplified(text);
}

// "HTTP 401: Invalid token", to stand inside a sentence's parentheses: the server's own full
// stop goes, so the sentence does not end in ".)."
QString statusText(int status, const QString& detail)
{
    QString inner = detail;
    if (inner.endsWith(u'.') && !inner.endsWith(QStringLiteral("..")))
        inner.chop(1);
    return inner.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                           : QStringLiteral("HTTP %1: %2").arg(status).arg(inner);
}
} // namespace

QString ResponseParser::errorText(const HttpHeaders& headers, const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return simplified(jsonErrorText(doc.object()));
        if (doc.isArray())
            return simplified(jsonText(doc.array()));
    }
    if (looksLikeHtml(headers, body))
        return htmlText(body);
    // Plain text: keep it if it is readable, short text.
    const QString text = QString::fromUtf8(body.left(4096));
    if (text.contains(QChar::ReplacementCharacter))
        return {};
    return simplified(text);
}

int ResponseParser::retryAfterSeconds(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    constexpr qint64 kMaxWait = 24 * 3600;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min(seconds, kMaxWait));
    // HTTP-dates end in "GMT", which Qt's RFC 2822 parser does not take as a zone.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(std::clamp(now.secsTo(when), qint64 {0}, kMaxWait));
}

Outcome ResponseParser::parse(int httpStatus, const HttpHeaders& headers, const QByteArray& body, const QDateTime& now)
{
    Outcome out;
    // Only errors need the body's words; a created lead's answer is read once, below.
    const bool success = httpStatus >= 200 && httpStatus < 300;
    const QString detail = success ? QString() : errorText(headers, body);

    if (httpStatus >= 200 && httpStatus < 300) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        const QJsonObject o = doc.object();
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonValue status = o.value(QLatin1String("status"));
            if (status.isString() && status.toString().compare(QLatin1String("error"), Qt::CaseInsensitive) == 0) {
                out.kind = OutcomeKind::Rejected;
                out.message = simplified(jsonErrorText(o));
                if (out.message.isEmpty())
                    out.message = tr("The server refused the lead without saying why.");
                return out;
            }
            const QJsonObject data = o.value(QLatin1String("data")).toObject();
            const QString id = jsonScalarText(data.value(QLatin1String("id")));
            if (!id.isEmpty()) {
                out.kind = OutcomeKind::Created;
                out.remoteId = id;
                out.uid = jsonScalarText(data.value(QLatin1String("uid")));
                out.dealId = jsonScalarText(o.value(QLatin1String("deal_id")));
                out.logId = jsonScalarText(o.value(QLatin1String("log_id")));
                return out;
            }
            const QString message = jsonScalarText(o.value(QLatin1String("message")));
            const bool saysOk = status.isUndefined() || jsonScalarText(status) == QLatin1String("200");
            if (!message.isEmpty() && saysOk && !o.contains(QLatin1String("data"))) {
                out.kind = OutcomeKind::Duplicate;
                out.message = simplified(message);
                out.logId = jsonScalarText(o.value(QLatin1String("log_id")));
                return out;
            }
        }
        out.kind = OutcomeKind::Unconfirmed;
        out.message = tr("The server accepted the request (HTTP %1) but its answer could not be read; "
                         "check AlterEstate before sending this lead again.")
                          .arg(httpStatus);
        return out;
    }

    if (httpStatus == 401 || httpStatus == 403) {
        out.kind = OutcomeKind::Auth;
        out.message = tr("The API key was refused (%1).").arg(statusText(httpStatus, detail));
        return out;
    }
    if (httpStatus == 404 || httpStatus == 405 || httpStatus == 410) {
        out.kind = OutcomeKind::Config;
        out.message = tr("The Leads API is not at this address (%1). Check the base URL in Settings.")
                          .arg(statusText(httpStatus, detail));
        return out;
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        out.kind = OutcomeKind::Config;
        const QString location = QString::fromLatin1(header(headers, "location"));
        out.message = tr("The server redirected the request (HTTP %1) to %2. Check the base URL in Settings.")
                          .arg(httpStatus)
                          .arg(location.isEmpty() ? tr("an unknown address") : location);
        return out;
    }
    if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500 || httpStatus < 100) {
        out.kind = OutcomeKind::Transient;
        out.retryAfterSeconds = retryAfterSeconds(header(headers, "retry-after"), now);
        if (httpStatus == 429)
            out.message = tr("AlterEstate is limiting requests (%1).").arg(statusText(httpStatus, detail));
        else if (httpStatus < 100)
            out.message = tr("The server gave no valid HTTP answer.");
        else
            out.message = tr("The server had a problem (%1).").arg(statusText(httpStatus, detail));
        return out;
    }
    if (httpStatus >= 400) {
        out.kind = OutcomeKind::Rejected;
        out.message = detail.isEmpty() ? tr("The server refused the lead (HTTP %1).").arg(httpStatus) : detail;
        return out;
    }
    // 1xx as a final status: nothing a client can act on; treat as a fault and retry.
    out.kind = OutcomeKind::Transient;
    out.message = tr("The server gave an unexpected answer (HTTP %1).").arg(httpStatus);
    return out;
}
