#include "Cli.h"

#include "Engine.h"
#include "core/Lead.h"
#include "storage/CatalogStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject propertyJson(const CatalogProperty& p)
{
    return {{QStringLiteral("uid"), p.uid}, {QStringLiteral("slug"), p.slug}, {QStringLiteral("name"), p.name},
        {QStringLiteral("sector"), p.sector}, {QStringLiteral("city"), p.city},
        {QStringLiteral("listing_type"), p.listingType}, {QStringLiteral("price"), p.price},
        {QStringLiteral("currency"), p.currency}, {QStringLiteral("thumbnail"), p.thumbnail}};
}

QJsonObject agentJson(const CatalogAgent& a)
{
    return {{QStringLiteral("uid"), a.uid}, {QStringLiteral("name"), a.name}, {QStringLiteral("email"), a.email},
        {QStringLiteral("phone"), a.phone}};
}

QString propertyRow(const CatalogProperty& p)
{
    return p.uid + u'\t' + CatalogText::propertyLine(p);
}

QString agentRow(const CatalogAgent& a)
{
    return a.email + u'\t' + a.name + (a.phone.isEmpty() ? QString() : u'\t' + a.phone);
}

int refresh(CliContext& c, bool json)
{
    Engine engine(c);
    if (!engine.open())
        return ExitFailure;
    CatalogService& catalog = engine.backend.catalog();
    if (!catalog.hasToken()) {
        c.err << catalog.tokenProblem() << '\n';
        return ExitFailure;
    }
    QEventLoop loop;
    Status result;
    QObject::connect(&catalog, &CatalogService::refreshProgress, &loop, [&c](int fetched, int total) {
        if (total >= 0)
            c.err << CliContext::tr("Fetched %1 of %2 properties…").arg(fetched).arg(total) << '\n' << Qt::flush;
    });
    QObject::connect(&catalog, &CatalogService::refreshFinished, &loop, [&](const Status& finished) {
        result = finished;
        loop.quit();
    });
    catalog.refresh();
    loop.exec();
    if (!result) {
        c.err << result.error() << '\n' << catalog.summary() << '\n'; // and what the copy still holds
        return ExitFailure;
    }
    const int properties = catalog.store().propertyCount().valueOr(0);
    const int agents = catalog.store().agentCount().valueOr(0);
    if (json)
        c.out << QJsonDocument(
            QJsonObject {{QStringLiteral("properties"), properties}, {QStringLiteral("agents"), agents}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        c.out << catalog.summary() << '\n';
    return ExitOk;
}
} // namespace

int runCatalog(CliContext& c)
{
    const QString action = c.args.value(1);
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliContext::tr("Show this help."));
    const QCommandLineOption search(QStringLiteral("search"),
        CliContext::tr("Only those with a word starting so (accents and case aside)."), CliContext::tr("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), CliContext::tr("At most N (default 100)."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("One JSON object per line."));
    parser.addOptions({help, search, limit, json});
    const bool known = action == QLatin1String("refresh") || action == QLatin1String("properties")
        || action == QLatin1String("agents") || action == QLatin1String("status");
    QStringList args = c.args;
    if (known)
        args.removeAt(1);
    bool limitOk = false;
    const int most = parser.parse(args) ? parser.value(limit).toInt(&limitOk) : 0;
    if (!known || parser.isSet(help) || !parser.positionalArguments().isEmpty() || !limitOk || most < 1) {
        (parser.isSet(help) ? c.out : c.err) << CliContext::tr(
            "Usage: leadentry-cli catalog refresh | properties | agents | status [--search TEXT] [--limit N] [--json]\n"
            "  refresh     fetch the company's listings and agents from AlterEstate (needs the public API token:\n"
            "              leadentry-cli key set --public)\n"
            "  properties  the listings of the local copy: uid, then name · sector · price · listing type\n"
            "  agents      the agents of the local copy: email, name, phone\n"
            "  status      when the copy was last refreshed, and how much it holds\n");
        if (!parser.errorText().isEmpty())
            c.err << parser.errorText() << '\n';
        return parser.isSet(help) ? ExitOk : ExitInvalid;
    }
    if (action == QLatin1String("refresh"))
        return refresh(c, parser.isSet(json));

    Database database(Database::defaultPath());
    if (const Status opened = database.open(); !opened) {
        c.err << opened.error() << '\n';
        return ExitFailure;
    }
    CatalogStore store(database);
    if (action == QLatin1String("status")) {
        const Result<QDateTime> at = store.refreshedAt();
        if (!at) {
            c.err << at.error() << '\n';
            return ExitFailure;
        }
        if (at->isValid())
            c.out << CliContext::tr("Refreshed %1. Properties: %2; agents: %3.")
                         .arg(at->toLocalTime().toString(Qt::ISODate))
                         .arg(store.propertyCount().valueOr(0))
                         .arg(store.agentCount().valueOr(0))
                  << '\n';
        else
            c.out << CliContext::tr("The catalog was never fetched: leadentry-cli catalog refresh.") << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("properties")) {
        const Result<QList<CatalogProperty>> found = store.properties(parser.value(search), most);
        if (!found) {
            c.err << found.error() << '\n';
            return ExitFailure;
        }
        for (const CatalogProperty& p : *found)
            c.out << (parser.isSet(json)
                    ? QString::fromUtf8(QJsonDocument(propertyJson(p)).toJson(QJsonDocument::Compact))
                    : propertyRow(p))
                  << '\n';
        return ExitOk;
    }
    const Result<QList<CatalogAgent>> found = store.agents(parser.value(search), most);
    if (!found) {
        c.err << found.error() << '\n';
        return ExitFailure;
    }
    for (const CatalogAgent& a : *found)
        c.out << (parser.isSet(json) ? QString::fromUtf8(QJsonDocument(agentJson(a)).toJson(QJsonDocument::Compact))
                                     : agentRow(a))
              << '\n';
    return ExitOk;
}

bool resolveCatalogNames(CliContext& c, const QString& property, const QString& agent, Lead& lead)
{
    if (property.trimmed().isEmpty() && agent.trimmed().isEmpty())
        return true;
    if (!property.trimmed().isEmpty() && !lead.value(LeadField::PropertyUid).isEmpty()) {
        c.err << CliContext::tr("%1: give --property or --property-uid, not both.").arg(c.args.first()) << '\n';
        return false;
    }
    if (!agent.trimmed().isEmpty() && !lead.value(LeadField::Related).isEmpty()) {
        c.err << CliContext::tr("%1: give --agent or --related, not both.").arg(c.args.first()) << '\n';
        return false;
    }
    Database database(Database::defaultPath());
    if (const Status opened = database.open(); !opened) {
        c.err << opened.error() << '\n';
        return false;
    }
    CatalogStore store(database);
    const QString refreshed = store.refreshedAt().valueOr(QDateTime()).isValid()
        ? CliContext::tr("the catalog was refreshed %1")
              .arg(store.refreshedAt().value().toLocalTime().toString(Qt::ISODate))
        : CliContext::tr("the catalog was never fetched: leadentry-cli catalog refresh");
    // One match, or exit 2 with the candidates.
    const auto report = [&](const QString& option, const QString& text, const QStringList& candidates) {
        if (candidates.isEmpty()) {
            c.err << CliContext::tr("%1: %2 \"%3\" is not in the catalog (%4).")
                         .arg(c.args.first(), option, text, refreshed)
                  << '\n';
        } else {
            c.err << (option == QLatin1String("--agent")
                    ? CliContext::tr("%1: %2 \"%3\" could be any of these; name one exactly, or by email or uid:")
                    : CliContext::tr("%1: %2 \"%3\" could be any of these; name one exactly, or by uid or slug:"))
                         .arg(c.args.first(), option, text)
                  << '\n';
            for (const QString& line : candidates)
                c.err << "  " << line << '\n';
        }
    };
    if (!property.trimmed().isEmpty()) {
        const auto resolved = store.resolveProperty(property);
        if (!resolved) {
            c.err << resolved.error() << '\n';
            return false;
        }
        if (!resolved->match) {
            QStringList lines;
            for (const CatalogProperty& p : resolved->candidates)
                lines.append(propertyRow(p));
            report(QStringLiteral("--property"), property.trimmed(), lines);
            return false;
        }
        lead.setValue(LeadField::PropertyUid, resolved->match->uid);
    }
    if (!agent.trimmed().isEmpty()) {
        const auto resolved = store.resolveAgent(agent);
        if (!resolved) {
            c.err << resolved.error() << '\n';
            return false;
        }
        if (!resolved->match || resolved->match->email.isEmpty()) {
            QStringList lines;
            for (const CatalogAgent& a : resolved->candidates)
                lines.append(agentRow(a));
            report(QStringLiteral("--agent"), agent.trimmed(), lines);
            return false;
        }
        lead.setValue(LeadField::Related, resolved->match->email);
    }
    return true;
}
