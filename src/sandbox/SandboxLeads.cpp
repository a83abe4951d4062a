#include "SandboxLeads.h"

#include "core/PhoneNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {
const QString kLeadsPath = QStringLiteral("/api/v1/leads/");
const QString kFilterPath = QStringLiteral("/api/v1/properties/filter/");
const QString kViewPath = QStringLiteral("/api/v1/properties/view/");
const QString kAgentsPath = QStringLiteral("/api/v1/agents/");

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString randomUid()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString uid;
    for (int i = 0; i < 10; ++i)
        uid.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    return uid;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}
} // namespace

SandboxLeads::SandboxLeads(SandboxOptions options)
    : m_options(std::move(options))
{ }

void SandboxLeads::remember(const QString& phone, const QString& email)
{
    if (const QString digits = digitsOf(PhoneNumbers::toE164(phone, PhoneNumbers::defaultRegion())); !digits.isEmpty())
        m_phones.insert(digits);
    if (const QString address = email.trimmed().toLower(); !address.isEmpty())
        m_emails.insert(address);
}

SandboxAnswer SandboxLeads::answer(const SandboxRequest& request)
{
    return process(request, ++m_requests);
}

QString SandboxLeads::logLine(int number, const SandboxRequest& request, const SandboxAnswer& answer)
{
    return QStringLiteral("#%1 %2 %3 %4 %5")
        .arg(number)
        .arg(request.method == "POST" || request.method == "GET" ? QString::fromLatin1(request.method)
                                                                 : QStringLiteral("OTHER"))
        .arg(request.query.isEmpty() ? request.path : request.path + u'?' + request.query)
        .arg(answer.drop ? QStringLiteral("---") : QString::number(answer.status))
        .arg(answer.note);
}

SandboxAnswer SandboxLeads::json(int status, const QJsonObject& object, const QString& note)
{
    SandboxAnswer a;
    a.status = status;
    a.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    a.note = note;
    return a;
}

SandboxAnswer SandboxLeads::fault(int status, const QString& detail) const
{
    SandboxAnswer a;
    a.status = status;
    a.note = QStringLiteral("fault");
    if (status == 429 || status == 503)
        a.retryAfter = QByteArray::number(m_options.retryAfterSeconds);
    if (m_options.htmlErrors) {
        const QString title = QString::number(status) + u' ' + reasonPhrase(status);
        a.contentType = "text/html; charset=utf-8";
        a.body = QStringLiteral("<!DOCTYPE html>\n<html><head><title>%1</title></head>\n<body><center><h1>%1</h1>"
                                "</center><hr><center>nginx</center></body></html>\n")
                     .arg(title)
                     .toUtf8();
    } else {
        a.body = QJsonDocument(QJsonObject {{QStringLiteral("detail"), detail}}).toJson(QJsonDocument::Compact);
    }
    return a;
}

void SandboxLeads::applyFaults(SandboxAnswer& answer, int number) const
{
    if (m_options.dropConnectionEvery > 0 && number % m_options.dropConnectionEvery == 0) {
        answer.drop = true;
        answer.note += QStringLiteral(", connection dropped");
    }
}

SandboxAnswer SandboxLeads::catalog(const SandboxRequest& request, int number)
{
    if (request.method != "GET")
        return json(405, {{QStringLiteral("detail"), QStringLiteral("Method not allowed.")}}, QStringLiteral("method"));
    const QByteArray token = request.aetoken.trimmed();
    if (token.isEmpty())
        return json(401, {{QStringLiteral("detail"), QStringLiteral("Authentication credentials were not provided.")}},
            QStringLiteral("no-token"));
    if (m_options.refuseEveryKey
        || (!m_options.publicToken.isEmpty() && QString::fromUtf8(token) != m_options.publicToken))
        return json(401, {{QStringLiteral("detail"), QStringLiteral("Invalid token.")}}, QStringLiteral("bad-token"));
    if (m_options.failEvery > 0 && number % m_options.failEvery == 0)
        return fault(m_options.failStatus, QStringLiteral("Injected failure."));

    SandboxAnswer answer;
    if (request.path == kAgentsPath) {
        const QJsonArray agents = m_catalog.agents();
        answer.body = QJsonDocument(agents).toJson(QJsonDocument::Compact);
        answer.note = QStringLiteral("agents=%1").arg(agents.size());
    } else if (request.path == kFilterPath) {
        QUrl url(request.origin + request.path);
        url.setQuery(request.query);
        const QJsonObject page = m_catalog.filter(url);
        answer = json(200, page,
            QStringLiteral("properties=%1 of %2")
                .arg(page.value(QLatin1String("results")).toArray().size())
                .arg(page.value(QLatin1String("count")).toInt()));
    } else if (request.path.startsWith(kViewPath) && request.path.endsWith(u'/')) {
        const QString slug = request.path.mid(kViewPath.size()).chopped(1);
        const QJsonObject detail = m_catalog.detail(slug);
        if (detail.isEmpty())
            return fault(404, QStringLiteral("Not found."));
        answer = json(200, detail, QStringLiteral("property ") + slug);
    } else {
        return fault(404, QStringLiteral("Not found."));
    }
    applyFaults(answer, number);
    return answer;
}

SandboxAnswer SandboxLeads::process(const SandboxRequest& request, int number)
{
    if (request.path.startsWith(QLatin1String("/api/v1/properties/")) || request.path == kAgentsPath)
        return catalog(request, number);
    if (request.path != kLeadsPath)
        return fault(404, QStringLiteral("Not found."));
    if (request.method != "POST")
        return json(405, {{QStringLiteral("detail"), QStringLiteral("Method not allowed.")}}, QStringLiteral("method"));

    const QByteArray authorization = request.authorization.trimmed();
    if (!authorization.startsWith("Token ") || authorization.mid(6).trimmed().isEmpty())
        return json(401, {{QStringLiteral("detail"), QStringLiteral("Authentication credentials were not provided.")}},
            QStringLiteral("no-token"));
    if (m_options.refuseEveryKey
        || (!m_options.key.isEmpty() && QString::fromUtf8(authorization.mid(6).trimmed()) != m_options.key))
        return json(401, {{QStringLiteral("detail"), QStringLiteral("Invalid token.")}}, QStringLiteral("bad-token"));

    if (m_options.failEvery > 0 && number % m_options.failEvery == 0)
        return fault(m_options.failStatus, QStringLiteral("Injected failure."));

    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return json(400,
            {{QStringLiteral("detail"), QString(QStringLiteral("JSON parse error - ") + error.errorString())}},
            QStringLiteral("bad-json"));
    const QJsonObject lead = doc.object();
    for (const char* field : {"full_name", "phone", "email"}) {
        if (lead.value(QLatin1String(field)).toString().trimmed().isEmpty())
            return json(400,
                {{QStringLiteral("status"), QStringLiteral("error")},
                    {QStringLiteral("message"),
                        QString(QStringLiteral("Missing required field: ") + QLatin1String(field))}},
                QStringLiteral("missing ") + QLatin1String(field));
    }

    // Like AlterEstate, compare and store phones normalised (national numbers read as Dominican).
    const QString phone
        = digitsOf(PhoneNumbers::toE164(lead.value(QLatin1String("phone")).toString(), PhoneNumbers::defaultRegion()));
    const QString email = lead.value(QLatin1String("email")).toString().trimmed().toLower();
    SandboxAnswer answer;
    if (!m_options.allowDuplicates && (m_phones.contains(phone) || m_emails.contains(email))) {
        answer = json(200,
            {{QStringLiteral("status"), 200},
                {QStringLiteral("message"), QStringLiteral("This contact already exists. No new deal was created.")},
                {QStringLiteral("log_id"), QStringLiteral("LOG%1").arg(453995 + number)}},
            QStringLiteral("duplicate"));
    } else {
        m_phones.insert(phone);
        m_emails.insert(email);
        ++m_created;
        const int id = 1238836 + m_created;
        const QString notes = lead.value(QLatin1String("notes")).toString();
        const QJsonObject data {{QStringLiteral("id"), id}, {QStringLiteral("company"), 0},
            {QStringLiteral("uid"), randomUid()}, {QStringLiteral("full_name"), lead.value(QLatin1String("full_name"))},
            {QStringLiteral("email"), lead.value(QLatin1String("email"))},
            {QStringLiteral("description"),
                QString(
                    QStringLiteral("Creado a través de la API de Leads.<br/><strong>Via o Canal:</strong> Sin Vía<br/>"
                                   "<strong>Notas:</strong>")
                    + (notes.isEmpty() ? QStringLiteral("No hay ninguna nota.") : notes.toHtmlEscaped()))},
            {QStringLiteral("via"), 104}, {QStringLiteral("phone"), QString(u'+' + phone)},
            {QStringLiteral("distinct_id"), QJsonValue::Null}, {QStringLiteral("ctype"), 37},
            {QStringLiteral("related_contacts"), QJsonArray()}};
        answer = json(201,
            {{QStringLiteral("status"), 201}, {QStringLiteral("data"), data},
                {QStringLiteral("log_id"), 453995 + number}, {QStringLiteral("deal_id"), 640681 + m_created}},
            QStringLiteral("created id=%1").arg(id));
    }
    if (m_options.logLeads)
        answer.note += QStringLiteral(" email=") + email;
    applyFaults(answer, number);
    return answer;
}
