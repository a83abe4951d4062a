// Benchmark driver (not a test): prints figures for ARCHITECTURE.md's budgets (run.sh runs it).
// clang-format off
//   bench_outbox deliver URL COUNT DB   enqueue COUNT leads durably, deliver them 6 at a time
//   bench_outbox qt URL COUNT           the same bodies with QNetworkAccessManager alone, 6 at a time, nothing stored
//   bench_outbox store COUNT DB         the outbox's transactions alone, no network: per lead, the answer
//                                       recorded and the next lead claimed, as delivery does them
//   bench_outbox history ROWS DB        fill a history of ROWS rows, time the first screen and searches
// clang-format on
// Delivery prints the client's CPU time per lead (user + system, every thread of this process):
// the sandbox runs in its own process, so only the client's work is counted.
#include "core/Clock.h"
#include "core/LeadJson.h"
#include "core/Settings.h"
#include "net/LeadsClient.h"
#include "service/SubmissionService.h"
#include "storage/Database.h"
#include "storage/HistoryModel.h"
#include "storage/SubmissionStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <sys/resource.h>

#include <functional>

namespace {
QTextStream out(stdout);

SubmissionStore::NewSubmission makeLead(int i)
{
    static const char* const first[] = {"María", "José", "Ana", "Luis", "Carmen", "Pedro", "Rosa", "Juan"};
    static const char* const last[] = {"Núñez", "Pérez", "Gómez", "Rodríguez", "Peña", "Santos", "Díaz", "Reyes"};
    SubmissionStore::NewSubmission s;
    const QString name
        = QString::fromUtf8(first[i % 8]) + u' ' + QString::fromUtf8(last[(i / 8) % 8]) + QStringLiteral(" %1").arg(i);
    const QString phone = QStringLiteral("+1%1%2")
                              .arg(i % 3 == 0      ? 809
                                      : i % 3 == 1 ? 829
                                                   : 849)
                              .arg(2000000 + i % 7999999);
    s.lead.setValue(LeadField::FullName, name);
    s.lead.setValue(LeadField::Phone, phone);
    s.lead.setValue(LeadField::Email, QStringLiteral("lead%1@example.com").arg(i));
    s.phoneE164 = phone;
    s.requestBody = LeadJson::requestBody(s.lead, PhoneFormat::AsTyped, QStringLiteral("DO"));
    s.origin = Origin::Import;
    return s;
}

// Opens the history file, or says why not.
bool opened(Database& db)
{
    const Status status = db.open();
    if (!status)
        out << status.error() << Qt::endl;
    return status.ok();
}

QList<SubmissionStore::NewSubmission> makeLeads(int count)
{
    QList<SubmissionStore::NewSubmission> leads;
    leads.reserve(count);
    for (int i = 0; i < count; ++i)
        leads.append(makeLead(i));
    return leads;
}

// CPU time this process has used so far (all threads), in microseconds.
qint64 cpuMicros()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto us = [](const timeval& t) { return qint64(t.tv_sec) * 1'000'000 + t.tv_usec; };
    return us(usage.ru_utime) + us(usage.ru_stime);
}

QString perLead(qint64 micros, int count)
{
    return QString::number(micros / 1000.0 / std::max(count, 1), 'f', 3);
}

// The floor under LeadEntry's delivery: the same bodies posted by QNetworkAccessManager alone, as
// many in flight as the outbox sends, each reply read and dropped, nothing stored or parsed.
int deliverQtOnly(const QString& url, int count)
{
    QList<QByteArray> bodies;
    bodies.reserve(count);
    for (const SubmissionStore::NewSubmission& lead : makeLeads(count))
        bodies.append(lead.requestBody);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(url + QStringLiteral("/api/v1/leads/")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Token bench");
    QEventLoop loop;
    int next = 0;
    int done = 0;
    int ok = 0;
    std::function<void()> sendNext = [&] {
        QNetworkReply* reply = network.post(request, bodies.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, [&, reply] {
            ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201 ? 1 : 0;
            reply->readAll();
            reply->deleteLater();
            if (++done == count)
                loop.quit();
            else if (next < count)
                sendNext();
        });
    };
    QElapsedTimer total;
    total.start();
    const qint64 cpu0 = cpuMicros();
    for (int i = 0; i < 6 && next < count; ++i)
        sendNext();
    loop.exec();
    const qint64 ms = total.elapsed();
    const qint64 cpu = cpuMicros() - cpu0;
    out << "qt-only: " << ok << " of " << count << " leads delivered in " << ms << " ms ("
        << QString::number(count * 1000.0 / std::max<qint64>(ms, 1), 'f', 0) << " leads/s), client CPU "
        << perLead(cpu, count) << " ms per lead" << Qt::endl;
    return ok == count ? 0 : 1;
}

int deliver(const QString& url, int count, const QString& dbPath)
{
    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("s.ini")));
    qputenv("ALTERESTATE_API_URL", url.toUtf8());
    Database db(dbPath);
    if (!opened(db))
        return 1;
    SubmissionStore store(db);
    const QList<SubmissionStore::NewSubmission> batch = makeLeads(count);

    QElapsedTimer total;
    total.start();
    const qint64 cpu0 = cpuMicros();
    if (const Result<QList<qint64>> ids = store.enqueueBatch(batch, SystemClock().nowMs());
        !ids || ids->size() != count) {
        out << "enqueue failed: " << (ids ? QStringLiteral("%1 stored").arg(ids->size()) : ids.error()) << Qt::endl;
        return 1;
    }
    const qint64 enqueueMs = total.elapsed();
    const qint64 enqueueCpu = cpuMicros() - cpu0;

    QNetworkAccessManager network;
    LeadsClient client(&network);
    SystemClock clock;
    SubmissionService service(store, client, settings, clock);
    service.setApiKey(QStringLiteral("bench"));
    service.setMaxInFlight(6);

    // The longest gap between two ticks of a 5 ms timer: how long the main thread was busy at once.
    qint64 longestStall = 0;
    QElapsedTimer tick;
    tick.start();
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, [&] { longestStall = std::max(longestStall, tick.restart() - 5); });
    watchdog.start(5);

    QEventLoop loop;
    QObject::connect(&service, &SubmissionService::finished, &loop, &QEventLoop::quit);
    if (const Result<int> started = service.syncAll(); !started) {
        out << "sync failed: " << started.error() << Qt::endl;
        return 1;
    }
    loop.exec();
    const qint64 ms = total.elapsed();
    const qint64 cpu = cpuMicros() - cpu0 - enqueueCpu;
    const int created = store.count(SubmissionState::Created).value() + store.count(SubmissionState::Duplicate).value();
    out << "leadentry: " << created << " of " << count << " leads delivered in " << ms << " ms ("
        << QString::number(count * 1000.0 / std::max<qint64>(ms, 1), 'f', 0) << " leads/s), durable enqueue "
        << enqueueMs << " ms, longest main-thread stall " << longestStall << " ms, client CPU " << perLead(cpu, count)
        << " ms per lead (" << perLead(enqueueCpu, count) << " more to store it first)" << Qt::endl;
    return created == count ? 0 : 1;
}

// The floor the outbox's durability sets under delivery: one transaction per answer, recording it
// and claiming the next lead, with the same rows and answers as `deliver`, and no network.
int storeOnly(int count, const QString& dbPath)
{
    Database db(dbPath);
    if (!opened(db))
        return 1;
    SubmissionStore store(db);
    const QList<SubmissionStore::NewSubmission> batch = makeLeads(count);
    if (const Result<QList<qint64>> ids = store.enqueueBatch(batch, SystemClock().nowMs()); !ids) {
        out << "enqueue failed: " << ids.error() << Qt::endl;
        return 1;
    }
    const QString owner = QStringLiteral("bench");
    const QByteArray answer = R"({"status":200,"message":"Lead created","data":{"id":1234,"uid":"abc","deal_id":9}})";
    QElapsedTimer total;
    total.start();
    const qint64 cpu0 = cpuMicros();
    QList<SubmissionStore::Recording> recordings;
    int recorded = 0;
    while (recorded < count) {
        const qint64 now = SystemClock().nowMs();
        const QList<qint64> due = store.dueIds(now, 1).valueOr({});
        const Result<SubmissionStore::Step> step = store.recordAndClaim(recordings, due, owner, now);
        if (!step) {
            out << "store failed: " << step.error() << Qt::endl;
            return 1;
        }
        recorded += static_cast<int>(recordings.size());
        recordings.clear();
        for (const SubmissionStore::Claimed& c : step->claimed) {
            SubmissionStore::Recording r;
            r.id = c.id;
            r.state = SubmissionState::Created;
            r.attempt.startedAt = now;
            r.attempt.finishedAt = now;
            r.attempt.outcome.kind = OutcomeKind::Created;
            r.attempt.outcome.remoteId = QStringLiteral("1234");
            r.attempt.httpStatus = 201;
            r.attempt.responseBody = answer;
            r.attempt.mayHaveReachedServer = true;
            r.attempt.url = QStringLiteral("http://127.0.0.1/api/v1/leads/");
            recordings.append(r);
        }
        if (step->claimed.isEmpty() && recordings.isEmpty())
            break;
    }
    const qint64 cpu = cpuMicros() - cpu0;
    out << "store-only: " << recorded << " of " << count << " leads claimed and recorded in " << total.elapsed()
        << " ms, CPU " << perLead(cpu, count) << " ms per lead" << Qt::endl;
    return recorded == count ? 0 : 1;
}

int history(int rows, const QString& dbPath)
{
    Database db(dbPath);
    if (!opened(db))
        return 1;
    SubmissionStore store(db);
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 20000;
    // A file already filled to ROWS rows (an earlier run) is used as it is.
    const int already = store.countMatching({}, rows + 1).valueOr(0);
    for (int done = already == rows ? rows : 0; done < rows; done += kBatch) {
        QList<SubmissionStore::NewSubmission> batch;
        for (int i = done; i < std::min(rows, done + kBatch); ++i)
            batch.append(makeLead(i));
        if (const Result<QList<qint64>> ids = store.enqueueBatch(batch, 1'700'000'000'000 + done); !ids) {
            out << "fill failed: " << ids.error() << Qt::endl;
            return 1;
        }
    }
    if (already == rows)
        out << "history: " << rows << " rows already in " << dbPath << Qt::endl;
    else
        out << "history: filled " << rows << " rows in " << timer.elapsed() << " ms" << Qt::endl;

    // A fresh connection, as the app at start-up.
    Database fresh(dbPath);
    if (!fresh.open())
        return 1;
    SubmissionStore freshStore(fresh);
    timer.restart();
    HistoryModel model(freshStore);
    const qint64 firstScreen = timer.nsecsElapsed() / 1000;
    out << "history: first screen (" << model.rowCount() << " rows) in " << firstScreen / 1000.0 << " ms" << Qt::endl;

    // An email that is there (run.py's reference), then searches that must be as fast.
    const QStringList searches {QStringLiteral("lead%1@example.com").arg(rows * 7 / 9), QStringLiteral("Núñez 4242"),
        QStringLiteral("nobody.here@example.com"), QStringLiteral("829 200 0124"), QStringLiteral("rosa"),
        QStringLiteral("zzzz-nobody")};
    for (const QString& text : searches) {
        timer.restart();
        model.setSearchText(text);
        const qint64 us = timer.nsecsElapsed() / 1000;
        // A full page's count follows once the rows are shown (HistoryModel::recount): timed apart.
        // The count's zero-timer was started before this one: the loop ends once it has run.
        timer.restart();
        QEventLoop counted;
        QTimer::singleShot(0, &counted, &QEventLoop::quit);
        counted.exec();
        const qint64 countUs = timer.nsecsElapsed() / 1000;
        out << "history: search \"" << text << "\" -> " << model.rowCount() << " rows in " << us / 1000.0 << " ms, "
            << model.matchingCount() << (model.matchingCountIsCapped() ? "+" : "") << " counted in " << countUs / 1000.0
            << " ms more" << Qt::endl;
    }
    timer.restart();
    model.setSearchText({});
    model.setStates({SubmissionState::Queued});
    out << "history: filter by state -> " << model.rowCount() << " rows in " << timer.nsecsElapsed() / 1e6 << " ms"
        << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("deliver") && args.size() == 5)
        return deliver(args.at(2), args.at(3).toInt(), args.at(4));
    if (args.value(1) == QLatin1String("qt") && args.size() == 4)
        return deliverQtOnly(args.at(2), args.at(3).toInt());
    if (args.value(1) == QLatin1String("store") && args.size() == 4)
        return storeOnly(args.at(2).toInt(), args.at(3));
    if (args.value(1) == QLatin1String("history") && args.size() == 4)
        return history(args.at(2).toInt(), args.at(3));
    out << "usage: bench_outbox deliver URL COUNT DB | qt URL COUNT | store COUNT DB | history ROWS DB" << Qt::endl;
    return 2;
}
