#pragma once

#include "core/Catalog.h"
#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Everything one refresh fetched.
struct CatalogSnapshot
{
    QList<CatalogAgent> agents;
    QList<CatalogProperty> properties;
    int skipped = 0; // listings without a uid, left out
};

// Fetches the company's agents and listings from AlterEstate's read APIs with the public token
// (header `aetoken`): agents/ once, then properties/filter/ page by page, following `next` until
// it is null. One refresh at a time; a listing's detail view (its agents) on demand, beside it.
// The next page must be on the same server as the first; every body is bounded.
class CatalogClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogClient)

public:
    explicit CatalogClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~CatalogClient() override;

    void setBaseUrl(const QUrl& base) { m_baseUrl = base; }
    void setToken(const QString& token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // More pages than this is not a company's catalog: a server that never says "last page".
    static constexpr int kMaxPages = 2000;
    // Nor more listings than this (a company has thousands).
    static constexpr int kMaxProperties = 100000;

    // Starts a refresh; false when one is running. progress() per page, then finished() once.
    bool refresh();
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    // Stops the refresh: finished() follows with a failure and wasCancelled() true.
    void cancel();
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

    // The detail view of one listing: detailFetched() follows.
    void fetchDetail(const QString& slug);

signals:
    // Listings fetched so far, and the server's total (-1 until it says).
    void progress(int fetched, int total);
    void finished(const Result<CatalogSnapshot>& result);
    void detailFetched(const QString& slug, const Result<CatalogDetail>& result);

private:
    // One GET with the token, bounded in time and size; `done` gets the body or a failure.
    // forRefresh: dropped when the refresh ends first, aborted by cancel().
    void get(const QUrl& url, std::function<void(Result<QByteArray>)> done, bool forRefresh);
    void getPage(const QUrl& url);
    void finish(Result<CatalogSnapshot> result);
    [[nodiscard]] Status check() const;

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    bool m_refreshing = false;
    bool m_cancelled = false;
    quint64 m_generation = 0; // a refresh's answers arriving after it ended are dropped
    CatalogSnapshot m_snapshot;
    QSet<QString> m_seenPages;
    QSet<QString> m_seenUids;
    QList<QPointer<QNetworkReply>> m_replies; // the refresh's, for cancel()
};
