#include "CatalogFixture.h"
#include "FakeNetwork.h"
#include "TestEnvironment.h"
#include "core/MemorySecretStore.h"
#include "core/Settings.h"
#include "sandbox/SandboxNetwork.h"
#include "service/Backend.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
QStringList names(const QList<CatalogProperty>& properties)
{
    QStringList list;
    for (const CatalogProperty& p : properties)
        list.append(p.name);
    return list;
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestEnvironment::isolate();
        qRegisterMetaType<Status>();
    }

    // Every page, to the end; the sample's listing the guide names is there with its price.
    void refreshPagesToTheEnd()
    {
        CatalogFixture f;
        QSignalSpy progress(&f.catalog(), &CatalogService::refreshProgress);
        QCOMPARE(f.refresh(), QString());
        const int total = SandboxCatalog().propertyCount();
        QCOMPARE(f.catalog().store().propertyCount().valueOr(0), total);
        QCOMPARE(f.catalog().store().agentCount().valueOr(0), 12);
        // One progress signal per page (and one at the start), the last at the total.
        QCOMPARE(progress.size(), 1 + (total + SandboxCatalog::kPageSize - 1) / SandboxCatalog::kPageSize);
        QCOMPARE(progress.last().at(0).toInt(), total);
        QCOMPARE(progress.last().at(1).toInt(), total);
        QVERIFY(f.catalog().store().refreshedAt().value().isValid());
        QVERIFY(f.catalog().summary().contains(QString::number(total)));

        const QList<CatalogProperty> found = f.catalog().store().properties(QStringLiteral("torre naco 5")).value();
        QCOMPARE(names(found), QStringList {QStringLiteral("Torre Naco 5")});
        QCOMPARE(found.first().price, 245000.0);
        QCOMPARE(found.first().currency, QStringLiteral("USD"));
        QCOMPARE(found.first().sector, QStringLiteral("Naco"));
    }

    // Accents and case aside, by prefix, in any column; an agent by name or email.
    void searchIsAccentInsensitive()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const CatalogStore& store = f.catalog().store();
        const QStringList bavaro = names(store.properties(QStringLiteral("BAVARO")).value());
        QVERIFY(!bavaro.isEmpty());
        QVERIFY(bavaro.first().startsWith(QStringLiteral("Residencial Bávaro"))
            || bavaro.first().startsWith(QStringLiteral("Villa Bávaro")));
        QCOMPARE(store.properties(QStringLiteral("bella vis")).value().size(), 24);
        QVERIFY(store.properties(QStringLiteral("\"* OR NEAR(")).ok()); // no FTS syntax reaches the engine
        const QList<CatalogAgent> maria = store.agents(QStringLiteral("maria gom")).value();
        QCOMPARE(maria.size(), 1);
        QCOMPARE(maria.first().email, QStringLiteral("maria.gomez@inmobiliaria-demo.do"));
        QCOMPARE(store.agents(QStringLiteral("nunez")).value().first().name, QStringLiteral("Yolanda Núñez"));
    }

    // A refresh that fails half-way (an injected 503 on the fifth request) keeps the catalog the
    // last complete one wrote, and says why: the server's new listings are not half taken.
    void interruptedRefreshKeepsTheOldCatalog()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const QDateTime before = f.catalog().store().refreshedAt().value();
        const QList<CatalogProperty> old = f.catalog().store().properties(QString(), 1000).value();
        // The company's catalog changes: other names, other uids; and the fifth request fails.
        QJsonArray renamed;
        for (int i = 0; i < 100; ++i)
            renamed.append(QJsonObject {{QStringLiteral("uid"), QStringLiteral("NEW%1").arg(i)},
                {QStringLiteral("slug"), QStringLiteral("nuevo-%1").arg(i)},
                {QStringLiteral("name"), QStringLiteral("Nuevo %1").arg(i)}});
        f.network->setCatalog(SandboxCatalog::fromJson(
            QJsonDocument(
                QJsonObject {{QStringLiteral("properties"), renamed}, {QStringLiteral("agents"), QJsonArray()}})
                .toJson())
                                  .value());
        SandboxOptions faulty;
        faulty.failEvery = 5;
        faulty.failStatus = 503;
        f.network->setOptions(faulty);
        const QString error = f.refresh();
        QVERIFY2(error.contains(QStringLiteral("503")), qPrintable(error));
        QCOMPARE(f.catalog().store().properties(QString(), 1000).value(), old);
        QCOMPARE(f.catalog().store().agentCount().value(), 12);
        QCOMPARE(f.catalog().store().refreshedAt().value(), before);
        QVERIFY(f.catalog().summary().startsWith(QStringLiteral("Refreshed")));
        QCOMPARE(f.catalog().lastRefreshError(), error);
        // Without the fault, the new catalog replaces the old one whole.
        f.network->setOptions({});
        QCOMPARE(f.refresh(), QString());
        QCOMPARE(f.catalog().store().propertyCount().value(), 100);
        QCOMPARE(f.catalog().store().agentCount().value(), 0);
        QVERIFY(f.catalog().lastRefreshError().isEmpty());
    }

    // Answers that would empty or leak the catalog are refused, and nothing is stored: listings
    // that all lack a uid; a `next` page on another server (the token is not sent there).
    void suspiciousAnswersAreRefused()
    {
        FakeNetworkAccessManager network;
        CatalogClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("https://secure.alterestate.com")));
        client.setToken(QStringLiteral("t"));
        const auto run = [&client] {
            QString error = QStringLiteral("no end");
            QEventLoop loop;
            QObject::connect(&client, &CatalogClient::finished, &loop, [&](const Result<CatalogSnapshot>& result) {
                error = result.error();
                loop.quit();
            });
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            client.refresh();
            loop.exec();
            return error;
        };
        network.enqueue(FakeResponse::json(200, "[]"));
        network.enqueue(
            FakeResponse::json(200, "{\"count\": 2, \"next\": null, \"results\": [{\"id\": 1}, {\"id\": 2}]}"));
        const QString none = run();
        QVERIFY2(none.contains(QStringLiteral("None of the 2 properties")), qPrintable(none));

        network.enqueue(FakeResponse::json(200, "[]"));
        network.enqueue(FakeResponse::json(200,
            "{\"count\": 40, \"next\": \"https://evil.example.com/api/v1/properties/filter/?page=2\","
            " \"results\": [{\"uid\": \"A\"}]}"));
        const int before = static_cast<int>(network.requests().size());
        QVERIFY(run().contains(QStringLiteral("evil.example.com")));
        QCOMPARE(network.requests().size(), before + 2); // agents and the first page: nothing to evil
        for (const auto& r : network.requests())
            QCOMPARE(r.request.url().host(), QStringLiteral("secure.alterestate.com"));
    }

    // The app's background refresh: a copy older than the setting is refreshed by itself.
    void staleCatalogIsRefreshedInTheBackground()
    {
        CatalogFixture f;
        QVERIFY(f.settings->setValue(Settings::Key::CatalogMaxAgeHours, QStringLiteral("1")).ok());
        QVERIFY(f.catalog().store().replace({}, {}, QDateTime::currentDateTimeUtc().addSecs(-2 * 3600)).ok());
        QSignalSpy done(&f.catalog(), &CatalogService::refreshFinished);
        f.catalog().keepFresh();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<Status>().error(), QString());
        QCOMPARE(f.catalog().store().propertyCount().value(), SandboxCatalog().propertyCount());
        // Fresh now: no other refresh follows (its timer is set for an hour from now).
        TestEnvironment::drainEventLoop();
        QCOMPARE(done.size(), 1);
    }

    // Cancel: nothing stored, the old copy stays, and the refresh can start again.
    void cancelKeepsTheOldCatalog()
    {
        SandboxOptions slow;
        slow.latencyMs = 30;
        CatalogFixture f(slow);
        QSignalSpy done(&f.catalog(), &CatalogService::refreshFinished);
        QSignalSpy progress(&f.catalog(), &CatalogService::refreshProgress);
        QVERIFY(f.catalog().refresh());
        QVERIFY(!f.catalog().refresh()); // one at a time
        QTRY_VERIFY(progress.size() >= 3);
        f.catalog().cancelRefresh();
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().value<Status>().error().contains(QStringLiteral("cancelled")));
        QCOMPARE(f.catalog().store().propertyCount().value(), 0);
        QVERIFY(!f.catalog().isRefreshing());
        // Replies still on their way are dropped: no second end.
        QTest::qWait(100);
        QCOMPARE(done.size(), 1);
        QCOMPARE(f.refresh(), QString());
    }

    // A refused token is said as such (401), and the catalog is as it was.
    void refusedTokenIsSaid()
    {
        SandboxOptions options;
        options.publicToken = QStringLiteral("right");
        CatalogFixture f(options, QStringLiteral("wrong"));
        const QString error = f.refresh();
        QVERIFY2(
            error.contains(QStringLiteral("refused the public API token")) && error.contains(QStringLiteral("401")),
            qPrintable(error));
        QCOMPARE(f.catalog().store().propertyCount().value(), 0);
    }

    // Without a token nothing is fetched, and what is missing and where to find it is said.
    void noTokenSaysWhereToFindIt()
    {
        CatalogFixture f({}, QString());
        QVERIFY(!f.catalog().hasToken());
        QVERIFY(f.catalog().tokenProblem().contains(QStringLiteral("Public API Token")));
        QVERIFY(f.refresh().contains(QStringLiteral("Public API Token")));
        QCOMPARE(f.network->leads().requestCount(), 0);
        QVERIFY(f.catalog().summary().contains(QStringLiteral("Public API Token")));
        // Set in the keychain, then taken from the environment, which wins.
        QVERIFY(f.catalog().setStoredToken(QStringLiteral("stored")).ok());
        QCOMPARE(f.catalog().tokenSource(), ApiKey::Source::Store);
        qputenv("ALTERESTATE_PUBLIC_TOKEN", "from-env");
        f.catalog().reloadToken();
        QCOMPARE(f.catalog().tokenSource(), ApiKey::Source::Environment);
        qunsetenv("ALTERESTATE_PUBLIC_TOKEN");
        QVERIFY(f.catalog().setStoredToken(QString()).ok());
        QVERIFY(!f.catalog().hasToken());
    }

    // A listing's agents come from its detail view: kept, offered from the copy at once (offline
    // too), and fetched again each time for today's; offline, the failure is said.
    void listingAgentsAreKeptAndRefreshed()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const CatalogProperty naco = f.catalog().store().properties(QStringLiteral("Torre Naco 5")).value().first();
        QVERIFY(!naco.detailFetched);
        QSignalSpy ready(&f.catalog(), &CatalogService::listingAgentsReady);
        QSignalSpy failed(&f.catalog(), &CatalogService::listingAgentsFailed);
        const int requests = f.network->leads().requestCount();
        f.catalog().requestListingAgents(naco.uid);
        QCOMPARE(ready.size(), 0); // nothing known yet
        QVERIFY(ready.wait(5000));
        auto agents = ready.first().at(1).value<QList<CatalogAgent>>();
        QCOMPARE(agents.size(), 1);
        QCOMPARE(agents.first().name, QStringLiteral("María Gómez"));
        QCOMPARE(f.network->leads().requestCount(), requests + 1);

        f.network->setOffline(true);
        f.catalog().requestListingAgents(naco.uid);
        QCOMPARE(ready.size(), 2); // at once, from the copy
        QCOMPARE(ready.last().at(1).value<QList<CatalogAgent>>().first().name, QStringLiteral("María Gómez"));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("Could not find")),
            qPrintable(failed.first().at(1).toString()));
        // A refresh keeps what the detail said.
        f.network->setOffline(false);
        QCOMPARE(f.refresh(), QString());
        QCOMPARE(f.catalog().store().listingAgents(naco.uid).value().size(), 1);
    }

    // What a script names: a uid, a slug, an exact name, accents and case aside; several exact
    // matches or none give candidates.
    void resolution()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const CatalogStore& store = f.catalog().store();
        const CatalogProperty naco = store.properties(QStringLiteral("Torre Naco 5")).value().first();
        for (const QString& text :
            {naco.uid, naco.slug, QStringLiteral("torre naco 5"), QStringLiteral(" TORRE NACO 5 ")}) {
            const auto r = store.resolveProperty(text).value();
            QVERIFY2(r.match && r.match->uid == naco.uid, qPrintable(text));
        }
        const auto partial = store.resolveProperty(QStringLiteral("Torre Naco")).value();
        QVERIFY(!partial.match);
        QVERIFY(partial.candidates.size() >= 5);
        const auto unknown = store.resolveProperty(QStringLiteral("Torre Inexistente 99")).value();
        QVERIFY(!unknown.match);
        QVERIFY(unknown.candidates.isEmpty());

        for (const QString& text : {QStringLiteral("María Gómez"), QStringLiteral("maria gomez"),
                 QStringLiteral("MARIA.GOMEZ@inmobiliaria-demo.do")}) {
            const auto r = store.resolveAgent(text).value();
            QVERIFY2(r.match && r.match->name == QStringLiteral("María Gómez"), qPrintable(text));
        }
        const auto many = store.resolveAgent(QStringLiteral("Ma")).value();
        QVERIFY(!many.match);
        QVERIFY(many.candidates.size() >= 2); // María, Martínez, Miguel…
    }

    // A catalog of 10,000 listings: every kind of search finds its listings. How long they take is
    // printed, not asserted: a timed assertion failed a CI run under ASan on a loaded machine
    // (118 ms against 50); speed is the benchmarks' to prove.
    void searchFindsAmongTenThousand()
    {
        CatalogFixture f;
        QList<CatalogProperty> many;
        const QStringList sectors {QStringLiteral("Piantini"), QStringLiteral("Naco"), QStringLiteral("Bávaro"),
            QStringLiteral("Evaristo Morales")};
        for (int i = 0; i < 10000; ++i) {
            CatalogProperty p;
            p.uid = QStringLiteral("U%1").arg(i);
            p.slug = QStringLiteral("s-%1").arg(i);
            p.name = QStringLiteral("Torre %1 %2").arg(sectors.at(i % 4)).arg(i);
            p.sector = sectors.at(i % 4);
            p.city = QStringLiteral("Santo Domingo");
            many.append(p);
        }
        QVERIFY(f.catalog().store().replace({}, many, QDateTime::currentDateTimeUtc()).ok());
        QElapsedTimer clock;
        qint64 worst = 0;
        for (const QString& text : {QStringLiteral("t"), QStringLiteral("bava"), QStringLiteral("torre naco 12"),
                 QStringLiteral("U999"), QStringLiteral("santo")}) {
            clock.start();
            const QList<CatalogProperty> found = f.catalog().store().properties(text, 50).value();
            worst = std::max(worst, clock.elapsed());
            QVERIFY2(!found.isEmpty(), qPrintable(text));
        }
        const QList<CatalogProperty> naco = f.catalog().store().properties(QStringLiteral("torre naco 12"), 50).value();
        QVERIFY(!naco.isEmpty());
        QVERIFY(std::all_of(naco.cbegin(), naco.cend(), [](const CatalogProperty& p) {
            return p.sector == u"Naco" && p.name.split(u' ').last().startsWith(u"12");
        }));
        qInfo("slowest search at 10,000 listings: %lld ms", worst);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
