#include "CatalogClient.h"

#include "LeadsClient.h"
#include "core/Endpoint.h"
#include "core/ResponseParser.h"
#include "core/SecretStore.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace {
bool sameServer(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}
} // namespace

CatalogClient::CatalogClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

CatalogClient::~CatalogClient()
{
    ++m_generation;
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
}

Status CatalogClient::check() const
{
    if (Status endpoint = Endpoint::check(m_baseUrl); !endpoint)
        return endpoint;
    if (m_token.trimmed().isEmpty())
        return Failure {PublicToken::missingText()};
    return {};
}

bool CatalogClient::refresh()
{
    if (m_refreshing)
        return false;
    m_refreshing = true;
    m_cancelled = false;
    ++m_generation;
    m_snapshot = {};
    m_seenPages.clear();
    m_seenUids.clear();
    if (Status ready = check(); !ready) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, ready] {
            if (generation == m_generation && m_refreshing)
                finish(Failure {ready.error()});
        });
        return true;
    }
    emit progress(0, -1);
    get(
        Endpoint::apiUrl(m_baseUrl, QStringLiteral("agents/")),
        [this](Result<QByteArray> body) {
            if (!body)
                return finish(Failure {body.error()});
            Result<QList<CatalogAgent>> agents = CatalogParser::agents(*body);
            if (!agents)
                return finish(Failure {agents.error()});
            m_snapshot.agents = std::move(agents).value();
            getPage(Endpoint::apiUrl(m_baseUrl, QStringLiteral("properties/filter/")));
        },
        true);
    return true;
}

void CatalogClient::getPage(const QUrl& url)
{
    if (m_seenPages.size() >= kMaxPages)
        return finish(Failure {tr("The server sent more than %1 pages of properties; LeadEntry stopped there and kept "
                                  "the catalog it had.")
                                   .arg(kMaxPages)});
    m_seenPages.insert(url.toString());
    get(
        url,
        [this, url](Result<QByteArray> body) {
            if (!body)
                return finish(Failure {body.error()});
            Result<CatalogPage> page = CatalogParser::page(*body, url);
            if (!page)
                return finish(Failure {page.error()});
            m_snapshot.skipped += page->skipped;
            if (m_snapshot.properties.size() + page->properties.size() > kMaxProperties)
                return finish(
                    Failure {tr("The server sent more than %1 properties; LeadEntry stopped there and kept the "
                                "catalog it had.")
                                 .arg(kMaxProperties)});
            for (CatalogProperty& property : page->properties) {
                if (!m_seenUids.contains(property.uid)) { // a listing moved between pages is kept once
                    m_seenUids.insert(property.uid);
                    m_snapshot.properties.append(std::move(property));
                }
            }
            emit progress(static_cast<int>(m_snapshot.properties.size()), page->count);
            if (page->next.isEmpty()) {
                // Listings that all lack what a lead needs are a changed or broken answer, not an
                // empty company: the copy is kept rather than emptied.
                if (m_snapshot.properties.isEmpty() && m_snapshot.skipped > 0)
                    return finish(Failure {tr("None of the %1 properties the server sent has a uid; LeadEntry kept "
                                              "the catalog it had.")
                                               .arg(m_snapshot.skipped)});
                return finish(std::move(m_snapshot));
            }
            if (!sameServer(page->next, m_baseUrl))
                return finish(Failure {tr("The server sent the next page from another address (%1); LeadEntry did not "
                                          "follow it and kept the catalog it had.")
                                           .arg(page->next.host())});
            if (m_seenPages.contains(page->next.toString()))
                return finish(
                    Failure {tr("The server sent the same page of properties twice; LeadEntry stopped and kept the "
                                "catalog it had.")});
            getPage(page->next);
        },
        true);
}

void CatalogClient::fetchDetail(const QString& slug)
{
    if (Status ready = check(); !ready) {
        QTimer::singleShot(0, this, [this, slug, ready] { emit detailFetched(slug, Failure {ready.error()}); });
        return;
    }
    const QUrl url = Endpoint::apiUrl(
        m_baseUrl, QStringLiteral("properties/view/%1/").arg(QString::fromLatin1(QUrl::toPercentEncoding(slug))));
    get(
        url,
        [this, slug](Result<QByteArray> body) {
            if (!body)
                emit detailFetched(slug, Failure {body.error()});
            else
                emit detailFetched(slug, CatalogParser::detail(*body));
        },
        false);
}

void CatalogClient::cancel()
{
    if (!m_refreshing)
        return;
    m_cancelled = true;
    finish(Failure {tr("The refresh was cancelled; the catalog is as it was.")});
}

void CatalogClient::finish(Result<CatalogSnapshot> result)
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    ++m_generation; // answers still on their way are dropped
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
    m_snapshot = {};
    emit finished(result);
}

void CatalogClient::get(const QUrl& url, std::function<void(Result<QByteArray>)> done, bool forRefresh)
{
    QNetworkRequest request(url);
    request.setRawHeader("aetoken", m_token.trimmed().toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, LeadsClient::userAgent());
    // No redirect is followed: Qt would carry the token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    if (forRefresh) {
        m_replies.removeAll(nullptr);
        m_replies.append(reply);
    }
    qCDebug(lcNet) << "GET" << url.path();
    const quint64 generation = m_generation;
    const auto tooLarge = std::make_shared<bool>(false);
    const auto checkSize = [reply, tooLarge] {
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!*tooLarge
            && (reply->bytesAvailable() > CatalogParser::kMaxBodyBytes
                || (announced.isValid() && announced.toLongLong() > CatalogParser::kMaxBodyBytes))) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, checkSize);
    connect(reply, &QNetworkReply::readyRead, reply, checkSize);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, generation, forRefresh, tooLarge, done = std::move(done)] {
            reply->deleteLater();
            // A refresh's reply after it ended (cancelled, failed) is nobody's; a detail's is always wanted.
            if (forRefresh && generation != m_generation)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString host = reply->url().host();
            if (*tooLarge)
                return done(Failure {tr("The server's answer was larger than %1 MB; LeadEntry stopped reading it.")
                                         .arg(CatalogParser::kMaxBodyBytes / (1024 * 1024))});
            if (status == 0) {
                if (reply->error() == QNetworkReply::OperationCanceledError
                    || reply->error() == QNetworkReply::TimeoutError)
                    return done(
                        Failure {tr("No answer from %1 within %2 s.").arg(host).arg((m_timeoutMs + 999) / 1000)});
                return done(Failure {LeadsClient::transportFailure(reply->error(), host, reply->errorString())});
            }
            const QByteArray body = reply->read(std::min(reply->bytesAvailable(), CatalogParser::kMaxBodyBytes + 1));
            if (status >= 200 && status < 300)
                return done(body);
            if (status >= 300 && status < 400)
                return done(Failure {tr("The server sent LeadEntry elsewhere (%1 to %2); LeadEntry did not follow, so "
                                        "the token went nowhere else. Check the server address in Settings.")
                                         .arg(status)
                                         .arg(reply->header(QNetworkRequest::LocationHeader)
                                                  .toUrl()
                                                  .toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))});
            QString message = ResponseParser::errorText(reply->rawHeaderPairs(), body);
            if (message.isEmpty())
                message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            if (status == 401 || status == 403)
                return done(
                    Failure {tr("AlterEstate refused the public API token (%1: %2). Check it in Settings, or ask an "
                                "administrator for the current one.")
                                 .arg(status)
                                 .arg(message)});
            if (status == 404)
                return done(Failure {tr("Not found at %1 (404). Check the server address in Settings.")
                                         .arg(reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))});
            return done(Failure {tr("The server answered %1: %2.").arg(status).arg(message)});
        });
}
