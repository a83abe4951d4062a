// Whatever is typed in the history's search box, or in a catalog picker, becomes a query SQLite
// accepts: never an FTS5 syntax error, whatever the quotes, stars, operators or scripts.
#include "FuzzInput.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"
#include "storage/SearchText.h"
#include "storage/SubmissionStore.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
struct History
{
    History()
    {
        database = std::make_unique<Database>(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!database->open())
            std::abort();
        store = std::make_unique<SubmissionStore>(*database);
        SubmissionStore::NewSubmission s;
        s.lead.setValue(LeadField::FullName, QStringLiteral("María José Peña"));
        s.lead.setValue(LeadField::Phone, QStringLiteral("(809) 555-0123"));
        s.lead.setValue(LeadField::Email, QStringLiteral("mj@example.com"));
        s.phoneE164 = QStringLiteral("+18095550123");
        s.requestBody = "{}";
        if (!store->enqueue(s, 1))
            std::abort();
        catalog = std::make_unique<CatalogStore>(*database);
        CatalogProperty p;
        p.uid = QStringLiteral("U1");
        p.name = QStringLiteral("Torre Naco 5");
        p.sector = QStringLiteral("Naco");
        if (!catalog->replace({CatalogAgent {QStringLiteral("A1"), QStringLiteral("María Gómez"),
                                  QStringLiteral("maria@example.com"), {}}},
                {p}, QDateTime::currentDateTimeUtc()))
            std::abort();
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<SubmissionStore> store;
    std::unique_ptr<CatalogStore> catalog; // the pickers' search, the same way
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static History history;
    FuzzInput in(data, size);
    const QString typed = QString::fromUtf8(in.all().left(512));
    (void)SearchText::ftsWords(typed);
    (void)SearchText::emailPrefix(typed);
    HistoryQuery query;
    query.text = typed;
    query.limit = 5;
    const Result<QList<Submission>> found = history.store->list(query);
    if (!found) {
        std::fprintf(
            stderr, "search failed for %s: %s\n", typed.toUtf8().constData(), found.error().toUtf8().constData());
        std::abort();
    }
    // The catalog's pickers and the CLI's --property/--agent take any text too.
    if (!history.catalog->properties(typed, 5) || !history.catalog->agents(typed, 5)
        || !history.catalog->resolveProperty(typed) || !history.catalog->resolveAgent(typed)) {
        std::fprintf(stderr, "catalog search failed for %s\n", typed.toUtf8().constData());
        std::abort();
    }
    return 0;
}
