#include "CatalogFixture.h"
#include "TestEnvironment.h"
#include "core/MemorySecretStore.h"
#include "core/Settings.h"
#include "sandbox/SandboxNetwork.h"
#include "service/Backend.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    // A refresh that fails half-way (a cut connection on the fifth request) keeps the catalog the
    // last complete one wrote, and says why.
    void interruptedRefreshKeepsTheOldCatalog()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const QDateTime before = f.catalog().store().refreshedAt().value();
        const int count = f.catalog().store().propertyCount().value();
        SandboxOptions faulty;
        faulty.failEvery = 5;
        faulty.failStatus = 503;
        f.network->setOptions(faulty);
        const QString error = f.refresh();
        QVERIFY2(error.contains(QStringLiteral("503")), qPrintable(error));
        QCOMPARE(f.catalog().store().propertyCount().value(), count);
        QCOMPARE(f.catalog().store().refreshedAt().value(), before);
        QVERIFY(f.catalog().summary().startsWith(QStringLiteral("Refreshed")));
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

    // A listing's agents come from its detail view once, then from the local copy.
    void listingAgentsAreFetchedOnceAndKept()
    {
        CatalogFixture f;
        QCOMPARE(f.refresh(), QString());
        const CatalogProperty naco = f.catalog().store().properties(QStringLiteral("Torre Naco 5")).value().first();
        QVERIFY(!naco.detailFetched);
        QSignalSpy ready(&f.catalog(), &CatalogService::listingAgentsReady);
        const int requests = f.network->leads().requestCount();
        f.catalog().requestListingAgents(naco.uid);
        QVERIFY(ready.wait(5000));
        auto agents = ready.first().at(1).value<QList<CatalogAgent>>();
        QCOMPARE(agents.size(), 1);
        QCOMPARE(agents.first().name, QStringLiteral("María Gómez"));
        QCOMPARE(f.network->leads().requestCount(), requests + 1);
        f.catalog().requestListingAgents(naco.uid);
        QCOMPARE(ready.size(), 2); // at once, from the copy
        QCOMPARE(f.network->leads().requestCount(), requests + 1);
        // A refresh keeps what the detail said.
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

    // A catalog of 10,000 listings: every search answers well within a keystroke.
    void searchIsInstantAtTenThousand()
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
            QVERIFY(!f.catalog().store().properties(text, 50).value().isEmpty());
            worst = std::max(worst, clock.elapsed());
        }
        qInfo("slowest search at 10,000 listings: %lld ms", worst);
        QVERIFY2(worst < 50, qPrintable(QString::number(worst)));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
