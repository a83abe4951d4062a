#include "FakeNetwork.h"
#include "NewestState.h"
#include "StoreFixture.h"
#include "TestEnvironment.h"
#include "TestLeads.h"
#include "core/AppLog.h"
#include "core/Clock.h"
#include "core/CsvStream.h"
#include "core/EventProfiles.h"
#include "core/KioskPin.h"
#include "core/MemorySecretStore.h"
#include "core/Settings.h"
#include "gui/ElidedLabel.h"
#include "gui/EventProfileDialog.h"
#include "gui/HistoryView.h"
#include "gui/ImportDialog.h"
#include "gui/KioskWindow.h"
#include "gui/LeadForm.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/StateIcons.h"
#include "gui/Tray.h"
#include "net/LeadsClient.h"
#include "practice/Practice.h"
#include "sandbox/SandboxServer.h"
#include "service/Backend.h"
#include "service/SubmissionService.h"
#include "storage/HistoryModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QHostAddress>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>

namespace {
QLineEdit* field(QWidget& window, const char* name)
{
    return window.findChild<QLineEdit*>(QString::fromLatin1(name));
}

// QTest::keyClicks only knows ASCII; accented letters arrive as key events carrying their text.
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace

namespace {
constexpr QFile::Permissions kOthers
    = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
// A CSV file with a header and no rows: something a launch can open.
bool writeHeaderOnlyCsv(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("name,phone,email\n") > 0;
}

// Instead of running the import dialogs the window opens, notes the file each was opened on.
void recordImports(MainWindow& window, QStringList& opened)
{
    window.setDialogRunner([&opened](QDialog& dialog) {
        if (auto* import = qobject_cast<ImportDialog*>(&dialog))
            opened.append(import->findChild<QLineEdit*>(QStringLiteral("importPath"))->text());
    });
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::isolate(); }

    void init()
    {
        m_store = std::make_unique<StoreFixture>();
        QVERIFY(QDir(Practice::defaultFolder()).removeRecursively()); // each test practises afresh
        m_settings = std::make_unique<Settings>(m_store->dir.filePath(QStringLiteral("s.ini")));
        serveWith(SandboxOptions {});
        QVERIFY(m_secrets.write(ApiKey::secretName(), QStringLiteral("k")).ok());
        // The window over the same backend the app builds.
        m_backend = std::make_unique<Backend>(*m_settings, m_secrets, m_store->path());
        QCOMPARE(m_backend->open().error(), QString());
        m_service = &m_backend->service();
        m_service->setAutomatic(true);
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_service = nullptr;
        m_backend.reset();
        m_sandbox.reset();
        m_settings.reset();
        m_store.reset();
    }

    void anEmptyHistorySaysSo()
    {
        auto* empty = m_window->history()->findChild<QLabel*>(QStringLiteral("historyEmpty"));
        QTRY_VERIFY(empty->isVisible()); // once the first page is read, after the first paint
        QVERIFY2(empty->text().startsWith(QLatin1String("No submissions yet")), qPrintable(empty->text()));
        submitAndWait(
            QStringLiteral("Primer Lead"), QStringLiteral("809 555 0211"), QStringLiteral("primer@example.com"));
        QTRY_VERIFY(!empty->isVisible());
    }

    void theHistoryIsReadableAtAGlance()
    {
        // The banner's room is kept: nothing below it moves when it comes and goes.
        auto* split = m_window->findChild<QSplitter*>(QStringLiteral("splitter"));
        QVERIFY(m_window->bannerText().isEmpty());
        const int top = split->mapTo(m_window.get(), QPoint()).y();
        type(field(*m_window, "full_name"), QStringLiteral("Ana Pérez Martínez"));
        type(field(*m_window, "phone"), QStringLiteral("809 555 0301"));
        type(field(*m_window, "email"), QStringLiteral("ana.perez@example.com"));
        m_window->submit();
        QTRY_VERIFY(!m_window->bannerText().isEmpty());
        QCOMPARE(split->mapTo(m_window.get(), QPoint()).y(), top);
        submitAndWait(QStringLiteral("José Rodríguez"), QStringLiteral("829 555 0302"),
            QStringLiteral("jose.rodriguez@example.com"));
        submitAndWait(QStringLiteral("José Rodríguez"), QStringLiteral("829 555 0302"),
            QStringLiteral("jose.rodriguez@example.com"));
        HistoryModel* model = m_window->historyModel();
        QTRY_COMPARE(model->rowCount(), 3);

        // Name, email, state and answer whole, nothing scrolling sideways, at both common sizes;
        // the phone too where there is room for it.
        HistoryView* view = m_window->history();
        QTableView* table = view->table();
        const QFontMetrics fm = table->fontMetrics();
        for (const QSize size : {QSize(1024, 768), QSize(1366, 768)}) {
            m_window->setWindowState(Qt::WindowNoState);
            m_window->resize(size);
            QTRY_COMPARE(m_window->width(), size.width());
            TestEnvironment::drainEventLoop();
            QVERIFY(!table->horizontalScrollBar()->isVisible());
            for (int row = 0; row < model->rowCount(); ++row) {
                for (const int column : {HistoryModel::NameColumn, HistoryModel::EmailColumn, HistoryModel::StateColumn,
                         HistoryModel::ResultColumn}) {
                    const QString text = model->index(row, column).data().toString();
                    const int icon = column == HistoryModel::StateColumn ? table->iconSize().width() + 8 : 0;
                    QVERIFY2(table->columnWidth(column) >= fm.horizontalAdvance(text) + icon + 8,
                        qPrintable(QStringLiteral("%1 px: \"%2\" in %3 px")
                                       .arg(size.width())
                                       .arg(text)
                                       .arg(table->columnWidth(column))));
                }
            }
            if (size.width() >= 1366)
                QVERIFY(!table->isColumnHidden(HistoryModel::PhoneColumn));
        }

        // The detail takes room only for a chosen row.
        auto* detail = view->findChild<QWidget*>(QStringLiteral("historyDetail"));
        QVERIFY(!detail->isVisible());
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(detail->isVisible());

        // How many match, of how many.
        auto* count = view->findChild<QLabel*>(QStringLiteral("historyCount"));
        QCOMPARE(count->text(), QStringLiteral("3 in all"));
        view->findChild<QLineEdit*>(QStringLiteral("historySearch"))->setText(QStringLiteral("José"));
        QTRY_COMPARE(count->text(), QStringLiteral("2 of 3"));
    }

    // Review finding: deleting the last profile hid the event filter while it still filtered.
    void noEventFilterIsLeftBehindAHiddenBox()
    {
        HistoryView* view = m_window->history();
        auto* events = view->findChild<QComboBox*>(QStringLiteral("eventFilter"));
        view->setEventNames({QStringLiteral("Feria")});
        QVERIFY(events->isVisibleTo(view));
        events->setCurrentIndex(events->findData(QStringLiteral("Feria")));
        QTRY_VERIFY(m_window->historyModel()->filtered());
        view->setEventNames({});
        QVERIFY(!events->isVisibleTo(view));
        QTRY_VERIFY(!m_window->historyModel()->filtered());
    }

    void diagnosticsTellSupportWhatRanWithoutTheKeyOrAnyone()
    {
        QTemporaryDir logs;
        QVERIFY(AppLog::install(logs.filePath(QStringLiteral("leadentry.log"))));
        QVERIFY(m_secrets.write(ApiKey::secretName(), QStringLiteral("sk-live-7f3a9c")).ok());
        m_backend->reloadApiKey();
        submitAndWait(
            QStringLiteral("Diana Díaz"), QStringLiteral("809 555 0444"), QStringLiteral("diana@example.com"));
        qWarning("could not store the lead of diana@example.com"); // as a layer might say it
        // Help › Copy diagnostics.
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("copyDiagnosticsAction"));
        QVERIFY(action);
        action->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        AppLog::uninstall();
        QVERIFY2(text.startsWith(QLatin1String("LeadEntry ")), qPrintable(text));
        for (const char* part : {"Qt ", "API key: kept in the system keychain", "Delivery: running", "created 1",
                 "Settings:", "  timeout_seconds = 30", "Recent problems:", "could not store the lead of <email>"})
            QVERIFY2(text.contains(QLatin1String(part)),
                qPrintable(QStringLiteral("%1 not in:\n%2").arg(QLatin1String(part), text)));
        for (const char* secret : {"sk-live-7f3a9c", "diana", "Diana", "0444"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
        QVERIFY(m_window->bannerText().contains(QLatin1String("Diagnostics copied")));
    }

    void focusStartsInFullNameAndTabsThroughPhoneAndEmail()
    {
        QLineEdit* name = field(*m_window, "full_name");
        QTRY_COMPARE(QApplication::focusWidget(), name);
        type(name, QStringLiteral("Ana"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field(*m_window, "phone"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field(*m_window, "email"));
    }

    void invalidEmailBlocksSubmitAndShowsItsMessage()
    {
        type(field(*m_window, "full_name"), QStringLiteral("Ana Pérez"));
        type(field(*m_window, "phone"), QStringLiteral("809 555 0123"));
        type(field(*m_window, "email"), QStringLiteral("ana@example"));
        QTest::keyClick(field(*m_window, "email"), Qt::Key_Return, Qt::ControlModifier);
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("email_message"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("Not a valid email")), qPrintable(message->text()));
        QCOMPARE(QApplication::focusWidget(), field(*m_window, "email"));
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void submitByKeyboardLandsAsCreatedThenDuplicate()
    {
        for (int round = 0; round < 2; ++round) {
            type(field(*m_window, "full_name"), QStringLiteral("José Núñez"));
            type(field(*m_window, "phone"), QStringLiteral("829 555 0144"));
            type(field(*m_window, "email"), QStringLiteral("jose@example.com"));
            QTest::keyClick(field(*m_window, "email"), Qt::Key_Return, Qt::ControlModifier);
            auto* banner = m_window->findChild<QLabel*>(QStringLiteral("banner"));
            const QString expected = round == 0 ? QStringLiteral("José Núñez was created in AlterEstate")
                                                : QStringLiteral("José Núñez is already in AlterEstate (duplicate)");
            // Stored at once: cleared for the next lead, focus back in Full name, while it is sent.
            QCOMPARE(field(*m_window, "full_name")->text(), QString());
            QCOMPARE(QApplication::focusWidget(), field(*m_window, "full_name"));
            QTRY_VERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
            if (round == 1) // AlterEstate told the agent: staff should not send it again "to be sure"
                QTRY_VERIFY2(banner->text().contains(QLatin1String("notified the agent who owns the contact")),
                    qPrintable(banner->text()));
        }
        QCOMPARE(m_sandbox->createdCount(), 1);
        QCOMPARE(m_backend->store().count(SubmissionState::Created).value(), 1);
        QCOMPARE(m_backend->store().count(SubmissionState::Duplicate).value(), 1);
    }

    // History › "Erase this person…": every submission of that email or phone goes, after a
    // confirmation that says how many; declining keeps everything.
    void erasingAPersonFromTheHistory()
    {
        for (const auto& [name, email] : {std::pair {"Rosa Borrar", "rosa@example.com"},
                 {"Rosa B", "rosa2@example.com"}, {"Luis Queda", "luis@example.com"}}) {
            type(field(*m_window, "full_name"), QString::fromUtf8(name));
            type(field(*m_window, "phone"),
                QString::fromUtf8(email).startsWith(u'l') ? QStringLiteral("809 555 0166")
                                                          : QStringLiteral("809 555 0155"));
            type(field(*m_window, "email"), QString::fromUtf8(email));
            QTest::keyClick(field(*m_window, "email"), Qt::Key_Return, Qt::ControlModifier);
        }
        QTRY_COMPARE(m_backend->store().count(SubmissionState::Created).value()
                + m_backend->store().count(SubmissionState::Duplicate).value(),
            3);
        HistoryQuery q;
        q.text = QStringLiteral("rosa@example.com");
        const Submission rosa = m_backend->store().list(q).value().first();

        QString asked;
        m_window->setConfirmer([&](const QString&, const QString& text) {
            asked = text;
            return false;
        });
        QCOMPARE(m_window->erasePerson(rosa), 0);
        QVERIFY2(asked.contains(QLatin1String("Submissions: 2.")), qPrintable(asked)); // same phone: both rows
        // …and the other person who shares the phone is named before anything is erased.
        QVERIFY2(asked.contains(QLatin1String("Rosa B <rosa2@example.com>")), qPrintable(asked));
        QCOMPARE(m_backend->store().personRows({}, rosa.phoneE164).value().size(), 2);

        m_window->setConfirmer([](const QString&, const QString&) { return true; });
        QCOMPARE(m_window->erasePerson(rosa), 2);
        QVERIFY(m_backend->store().personRows({}, rosa.phoneE164).value().isEmpty());
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 1);
        auto* banner = m_window->findChild<QLabel*>(QStringLiteral("banner"));
        QVERIFY2(banner->text().contains(QLatin1String("erased from this computer (submissions: 2)")),
            qPrintable(banner->text()));
    }

    // history_retention_days is applied when delivery starts: old final leads go, waiting ones stay.
    void retentionPurgesOldFinalLeadsAtStart()
    {
        SubmissionStore& store = m_backend->store();
        const qint64 longAgo = QDateTime::currentMSecsSinceEpoch() - 40LL * 24 * 3600 * 1000;
        const qint64 old = store
                               .enqueue(StoreFixture::lead(QStringLiteral("Viejo"), QStringLiteral("+18095550991"),
                                            QStringLiteral("viejo@example.com")),
                                   longAgo)
                               .value();
        QVERIFY(store.claim(old, QStringLiteral("t"), longAgo).value());
        SubmissionStore::AttemptRecord done;
        done.outcome.kind = OutcomeKind::Duplicate;
        QVERIFY(store.recordFinal(old, QStringLiteral("t"), SubmissionState::Duplicate, done).value());
        m_backend->service().setApiKey({}); // nothing is sent: the old waiting lead stays queued
        const qint64 waiting = store
                                   .enqueue(StoreFixture::lead(QStringLiteral("Espera"), QStringLiteral("+18095550992"),
                                                QStringLiteral("espera@example.com")),
                                       longAgo)
                                   .value();
        QVERIFY(m_settings->setValue(Settings::Key::RetentionDays, QStringLiteral("30")).ok());
        m_backend->setRetentionStartDelayMs(0);
        m_window->startDelivery();
        QTRY_VERIFY(!store.get(old).ok());
        QVERIFY(store.get(waiting).ok());
    }

    void serverDownKeepsTheLeadQueued()
    {
        m_sandbox.reset(); // nothing listens any more
        type(field(*m_window, "full_name"), QStringLiteral("Offline Lead"));
        type(field(*m_window, "phone"), QStringLiteral("849 555 0177"));
        type(field(*m_window, "email"), QStringLiteral("offline@example.com"));
        m_window->submit();
        auto* banner = m_window->findChild<QLabel*>(QStringLiteral("banner"));
        QTRY_VERIFY2(banner->text().contains(QLatin1String("saved in the outbox")), qPrintable(banner->text()));
        QCOMPARE(m_backend->store().count(SubmissionState::Queued).value(), 1);
        auto* waiting = m_window->findChild<QLabel*>(QStringLiteral("queueLabel"));
        QTRY_COMPARE(waiting->text(), QStringLiteral("Waiting to be sent: 1"));
    }

    // The app opens the history file after the window's first paint (main.cpp): until then the
    // window reads nothing from it and says nothing about the outbox; a file that cannot be opened
    // is read from nowhere while its reason is shown (defect: the history's first page was asked
    // of the closed file, and Qt warned "database not open").
    void theWindowWaitsForTheHistoryToOpen()
    {
        m_window.reset();
        m_service->setAutomatic(false); // the lead below stays waiting
        QVERIFY(m_backend->store()
                    .enqueue(StoreFixture::lead(QStringLiteral("Espera Abrir"), QStringLiteral("+18095550413"),
                                 QStringLiteral("espera.abrir@example.com")),
                        1000)
                    .ok());
        Backend later(*m_settings, m_secrets, m_store->path());
        QTest::failOnWarning(QRegularExpression(QStringLiteral("database not open")));
        m_window = std::make_unique<MainWindow>(later);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        TestEnvironment::drainEventLoop();
        QVERIFY(!m_window->historyModel()->started());
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("queueLabel"))->isVisible());
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("sendNowButton"))->isVisible());
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("fixButton"))->isVisible());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("sendNowAction"))->isEnabled());
        // Opened, as the app does just after the paint: the rows, and what waits.
        QCOMPARE(later.openHistory().error(), QString());
        m_window->update();
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 1);
        // Counted at once, while the keychain is read (defect: nothing showed until it answered,
        // 15 s where no keychain service runs).
        m_window->historyOpened();
        auto* waiting = m_window->findChild<QLabel*>(QStringLiteral("queueLabel"));
        auto* connection = m_window->findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY(waiting->isVisible());
        QCOMPARE(waiting->text(), QStringLiteral("Waiting to be sent: 1"));
        QCOMPARE(connection->text(), QStringLiteral("Reading the API key…"));
        // Nothing to send with yet: Send now waits for the key, and says so if asked another way.
        auto* sendNow = m_window->findChild<QPushButton*>(QStringLiteral("sendNowButton"));
        QVERIFY(sendNow->isVisible());
        QVERIFY(!sendNow->isEnabled());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("sendNowAction"))->isEnabled());
        emit m_window->findChild<Tray*>()->sendNowRequested(); // the tray menu's Send now
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("still being read")),
            qPrintable(m_window->statusBar()->currentMessage()));
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_sandbox->requestCount(), 0);
        QCOMPARE(m_window->bannerText(), QString()); // no "Nothing was sent: no API key"
        later.loadSecrets();
        m_window->startDelivery();
        QVERIFY(sendNow->isEnabled());
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("sendNowAction"))->isEnabled());
        QVERIFY2(connection->text() != QStringLiteral("Reading the API key…"), qPrintable(connection->text()));
        m_window.reset(); // before the backend it stands on
    }

    // Start-up (issue 14): the window is built and painted before the history's first page is
    // read; the rows and the count follow the first paint, and no "No submissions yet" shows
    // before the history has been read.
    void theHistoryIsReadAfterTheFirstPaint()
    {
        m_window.reset();
        QVERIFY(m_backend->store()
                    .enqueue(StoreFixture::lead(QStringLiteral("Antes Pintar"), QStringLiteral("+18095550412"),
                                 QStringLiteral("antes@example.com")),
                        1000)
                    .ok());
        m_window = std::make_unique<MainWindow>(*m_backend);
        TestEnvironment::drainEventLoop();
        HistoryView* view = m_window->history();
        auto* empty = view->findChild<QLabel*>(QStringLiteral("historyEmpty"));
        auto* count = view->findChild<QLabel*>(QStringLiteral("historyCount"));
        QCOMPARE(m_window->historyModel()->rowCount(), 0);
        QVERIFY(!m_window->historyModel()->started());
        QVERIFY(empty->isHidden());
        QCOMPARE(count->text(), QString());
        m_window->show();
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 1);
        QCOMPARE(m_window->historyModel()->index(0, HistoryModel::NameColumn).data().toString(),
            QStringLiteral("Antes Pintar"));
        QCOMPARE(count->text(), QStringLiteral("1 in all"));
        QVERIFY(!empty->isVisible());
    }

    // Start-up as the app does it: the history file is opened and the window built and painted
    // before the keychain is read (a keychain can take as long as the rest of start-up); then the
    // missing key is said, and nothing was paused or sent before it was known.
    void theKeychainIsReadAfterTheFirstPaintAndAMissingKeyIsSaidThen()
    {
        m_window.reset();
        m_backend.reset();
        QVERIFY(m_secrets.remove(ApiKey::secretName()).ok());
        struct CountingSecrets final : SecretStore
        {
            MemorySecretStore& inner;
            int reads = 0;
            std::function<void()> duringRead; // what arrives while a real keychain is waited for
            explicit CountingSecrets(MemorySecretStore& s)
                : inner(s)
            { }
            SecretResult read(const QString& name) override
            {
                if (const std::function<void()> run = std::exchange(duringRead, {}))
                    run();
                return ++reads, inner.read(name);
            }
            SecretResult write(const QString& name, const QString& secret) override
            {
                return inner.write(name, secret);
            }
            SecretResult remove(const QString& name) override { return inner.remove(name); }
            QString description() const override { return inner.description(); }
        } counting(m_secrets);
        m_backend = std::make_unique<Backend>(*m_settings, counting, m_store->path());
        QCOMPARE(m_backend->openHistory().error(), QString());
        m_service = &m_backend->service();
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(counting.reads, 0);
        QVERIFY2(m_window->bannerText().isEmpty(), qPrintable(m_window->bannerText()));
        QCOMPARE(m_service->pause(), SubmissionService::Pause::None);
        // A second launch ("Open with" on a CSV file) while the keychain is being read waits for
        // it: an import opened now would send without the key (review finding).
        QStringList opened;
        recordImports(*m_window, opened);
        const QString csv = m_store->dir.filePath(QStringLiteral("second-launch.csv"));
        QVERIFY(writeHeaderOnlyCsv(csv));
        m_window->handleLaunch({csv});
        TestEnvironment::drainEventLoop();
        QCOMPARE(opened.size(), 0);
        // …and one that comes during the read itself (the keychain's wait lets it through).
        counting.duringRead = [&] {
            m_window->handleLaunch({csv});
            TestEnvironment::drainEventLoop();
        };

        m_backend->loadSecrets();
        QVERIFY(counting.reads > 0);
        QCOMPARE(opened.size(), 0);
        m_window->startDelivery();
        QCOMPARE(m_service->pause(), SubmissionService::Pause::NoKey);
        QVERIFY2(
            m_window->bannerText().startsWith(QLatin1String("No API key yet")), qPrintable(m_window->bannerText()));
        QTRY_COMPARE(opened.size(), 2);
        QCOMPARE(QDir::fromNativeSeparators(opened.first()), csv);
        m_window.reset();
        m_backend.reset();
    }

    // Defect: with no key, a lead's banner said "being sent…" for ever, and F5 said nothing.
    void withoutAKeyTheBannerSaysTheLeadWaitsAndSendNowSaysWhy()
    {
        m_window.reset();
        m_backend.reset();
        QVERIFY(m_secrets.remove(ApiKey::secretName()).ok());
        m_backend = std::make_unique<Backend>(*m_settings, m_secrets, m_store->path());
        QCOMPARE(m_backend->open().error(), QString());
        m_service = &m_backend->service();
        m_service->setAutomatic(true);
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        type(field(*m_window, "full_name"), QStringLiteral("Sin Clave"));
        type(field(*m_window, "phone"), QStringLiteral("809 555 0199"));
        type(field(*m_window, "email"), QStringLiteral("sinclave@example.com"));
        m_window->submit();
        QVERIFY2(!m_window->bannerText().contains(QLatin1String("being sent")), qPrintable(m_window->bannerText()));
        QVERIFY2(
            m_window->bannerText().contains(QLatin1String("waits in the outbox")), qPrintable(m_window->bannerText()));
        auto* action = m_window->findChild<QPushButton*>(QStringLiteral("bannerButton"));
        QVERIFY(action->isVisible());

        m_window->findChild<QLabel*>(QStringLiteral("banner"))->clear();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY2(
            m_window->bannerText().startsWith(QLatin1String("Nothing was sent")), qPrintable(m_window->bannerText()));
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    // Defect: "will be sent when possible" stayed after every waiting lead went out.
    void theWaitingBannerGoesWhenNothingWaits()
    {
        const quint16 port = m_sandbox->serverPorts().constFirst();
        m_sandbox.reset(); // nothing listens for now
        type(field(*m_window, "full_name"), QStringLiteral("Luego Sale"));
        type(field(*m_window, "phone"), QStringLiteral("849 555 0178"));
        type(field(*m_window, "email"), QStringLiteral("luego@example.com"));
        m_window->submit();
        QTRY_VERIFY2(m_window->bannerText().contains(QLatin1String("will be sent when possible")),
            qPrintable(m_window->bannerText()));
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions {});
        QCOMPARE(m_sandbox->listen(QHostAddress::LocalHost, port), port);
        m_window->findChild<QPushButton*>(QStringLiteral("sendNowButton"))->click();
        QTRY_COMPARE(m_backend->store().count(SubmissionState::Created).value(), 1);
        QTRY_COMPARE(m_window->bannerText(), QString());
    }

    // Defect: Clear (Alt+L in Spanish, shared with the Lead menu) wiped the lead with no way back;
    // and "Fix the marked fields" stayed on the empty form.
    void clearingTheFormCanBeUndoneAndTakesItsErrorsAlong()
    {
        type(field(*m_window, "full_name"), QStringLiteral("Casi Perdida"));
        type(field(*m_window, "email"), QStringLiteral("casi@"));
        m_window->submit();
        QVERIFY(m_window->bannerText().contains(QLatin1String("Fix the marked fields")));
        m_window->findChild<QPushButton*>(QStringLiteral("clearButton"))->click();
        QCOMPARE(field(*m_window, "full_name")->text(), QString());
        QVERIFY2(!m_window->bannerText().contains(QLatin1String("Fix the marked")), qPrintable(m_window->bannerText()));
        QVERIFY(m_window->bannerText().contains(QLatin1String("cleared")));
        auto* undo = m_window->findChild<QPushButton*>(QStringLiteral("bannerButton"));
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        undo->click();
        QCOMPARE(field(*m_window, "full_name")->text(), QStringLiteral("Casi Perdida"));
        QCOMPARE(field(*m_window, "email")->text(), QStringLiteral("casi@"));
        QCOMPARE(m_window->bannerText(), QString());
    }

    // Defect: "809-555-ABCD" lost its second dash as it was typed.
    void phoneSeparatorsTypedStay()
    {
        QLineEdit* phone = field(*m_window, "phone");
        phone->setFocus();
        type(phone, QStringLiteral("809-555-ABCD"));
        QCOMPARE(phone->text(), QStringLiteral("809-555-ABCD"));
    }

    // Each state's icon is its own shape on the state's colour, drawn at the size asked for (when
    // first asked for: not at start-up), and the history's state column shows it.
    void stateIconsAreDrawnAtTheSizeAskedFor()
    {
        for (const SubmissionState state : SubmissionStates::all()) {
            for (const int side : {16, 22, 48}) {
                const QImage image = StateIcons::icon(state).pixmap(side, side).toImage();
                QCOMPARE(image.size(), QSize(side, side));
                // Left of the middle, inside the round mark and clear of every shape.
                QCOMPARE(image.pixelColor(side / 16 + 1, side / 2).rgb(), StateIcons::color(state).rgb());
                QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // a round mark
            }
        }
        QVERIFY(StateIcons::icon(SubmissionState::Created).pixmap(16).toImage()
            != StateIcons::icon(SubmissionState::Rejected).pixmap(16).toImage());
        // Disabled, greyed (review finding: the drawn icons lost the style's greying).
        const QImage disabled = StateIcons::icon(SubmissionState::Created).pixmap(16, QIcon::Disabled).toImage();
        QVERIFY(disabled.pixelColor(2, 8).rgb() != StateIcons::color(SubmissionState::Created).rgb());
        QCOMPARE(disabled.pixelColor(2, 8).saturation(), 0);
        leaveOneLeadWaiting(QStringLiteral("Icono Uno"), QStringLiteral("809 555 0244"));
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 1);
        const QAbstractItemModel* shown = m_window->history()->table()->model();
        const auto icon = shown->index(0, HistoryModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(icon.pixmap(16).toImage().pixelColor(2, 8).rgb(), StateIcons::color(SubmissionState::Queued).rgb());
    }

    // The history's detail is made when a row is first chosen (issue 14: start-up), and Tab still
    // goes from the table into it, then on to the toolbar's event profile.
    void theDetailIsMadeWhenARowIsChosenAndTabGoesFromTheTableIntoIt()
    {
        QVERIFY(!m_window->findChild<QTabWidget*>());
        QVERIFY(!m_window->findChild<QTextBrowser*>(QStringLiteral("detailStory")));
        leaveOneLeadWaiting(QStringLiteral("Cadena Uno"), QStringLiteral("809 555 0233"));
        HistoryView* view = m_window->history();
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 1);
        view->table()->setCurrentIndex(view->table()->model()->index(0, 0));
        QStringList after;
        for (QWidget* w = view->table()->nextInFocusChain(); w != view->table(); w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && !w->focusProxy())
                after.append(w->objectName());
        }
        QCOMPARE(after.mid(0, 5),
            QStringList({QStringLiteral("detailIds"), QStringLiteral("historySendNow"),
                QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("detailStory"), QStringLiteral("eventCombo")}));
    }

    // Defect: "More fields" was never reached by Tab, and an invisible stop followed Notes.
    void tabGoesDownTheFormThroughMoreFields()
    {
        field(*m_window, "full_name")->setFocus();
        QStringList seen;
        for (int i = 0; i < 7; ++i) {
            seen.append(QApplication::focusWidget()->objectName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(seen,
            QStringList({QStringLiteral("full_name"), QStringLiteral("phone"), QStringLiteral("email"),
                QStringLiteral("moreFieldsButton"), QStringLiteral("notes"), QStringLiteral("consentGiven"),
                QStringLiteral("clearButton")}));
        // Opened, the group's fields come between the button and the notes (made when first
        // opened, they are put there: issue 14).
        m_window->findChild<QToolButton*>(QStringLiteral("moreFieldsButton"))->setChecked(true);
        field(*m_window, "email")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen.clear();
        for (int i = 0; i < 17; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            seen.append(QApplication::focusWidget()->objectName());
        }
        QCOMPARE(seen,
            QStringList({QStringLiteral("property_uid"), QStringLiteral("listing_type"), QStringLiteral("related"),
                QStringLiteral("round_robin"), QStringLiteral("via"), QStringLiteral("utm_source"),
                QStringLiteral("utm_medium"), QStringLiteral("utm_campaign"), QStringLiteral("utm_content"),
                QStringLiteral("utm_term"), QStringLiteral("adset_name"), QStringLiteral("campaign_name"),
                QStringLiteral("form_name"), QStringLiteral("platform"), QStringLiteral("notes"),
                QStringLiteral("consentGiven"), QStringLiteral("clearButton")}));
    }

    // Defect: quitting with leads waiting said nothing.
    void quittingWithLeadsWaitingSaysHowManyAndWhen()
    {
        m_sandbox.reset();
        leaveOneLeadWaiting(QStringLiteral("Espera Salida"), QStringLiteral("849 555 0179"));
        QString asked;
        bool answer = false;
        m_window->setConfirmer([&](const QString&, const QString& text) {
            asked = text;
            return answer;
        });
        QVERIFY(!m_window->close());
        QVERIFY2(asked.contains(QLatin1String("Leads waiting to be sent: 1")), qPrintable(asked));
        QVERIFY(asked.contains(QLatin1String("leadentry-cli sync")));
        QVERIFY(m_window->isVisible());
        answer = true;
        QVERIFY(m_window->close());
    }

    void closingWithLeadsWaitingKeepsSendingFromTheTray()
    {
        Tray* tray = m_window->tray();
        tray->setAvailable(true); // a desktop with a notification area
        QStringList notes;
        tray->setNotifier(
            [&](const QString& title, const QString& text) { notes.append(title + QStringLiteral(": ") + text); });
        int quits = 0;
        m_window->setQuitter([&] { ++quits; });
        int asked = 0;
        m_window->setConfirmer([&](const QString&, const QString&) {
            ++asked;
            return false;
        });
        const QString address = m_settings->valueText(Settings::Key::BaseUrl);
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:9")).ok());
        leaveOneLeadWaiting(QStringLiteral("Tray Lead"), QStringLiteral("849 555 0180"));
        QTRY_VERIFY(tray->toolTip().contains(QLatin1String("waiting to be sent: 1")));

        // File › Quit means quit: it asks (declined here), and never goes to the tray.
        m_window->findChild<QAction*>(QStringLiteral("quitAction"))->trigger();
        QCOMPARE(asked, 1);
        QVERIFY(m_window->isVisible());
        QVERIFY(!tray->isKeepingSending());

        QVERIFY(!m_window->close()); // closed by the person, kept by the tray
        QCOMPARE(asked, 1); // no question
        QVERIFY(m_window->isHidden());
        QVERIFY(tray->isKeepingSending());
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QLatin1String("Leads waiting to be sent: 1")), qPrintable(notes.first()));

        // Back online: the lead goes, and the app, its work done, closes.
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, address).ok());
        emit tray->sendNowRequested();
        QTRY_COMPARE(m_sandbox->createdCount(), 1);
        QTRY_COMPARE(quits, 1);
        QVERIFY(notes.last().contains(QLatin1String("Every waiting lead was sent")));
    }

    void aLeadRejectedWhileInTheTrayKeepsTheAppThere()
    {
        QStringList notes;
        int quits = 0;
        Tray* tray = trayTelling(notes, quits);
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:9")).ok());
        leaveOneLeadWaiting(QStringLiteral("Rechazo Luego"), QStringLiteral("849 555 0184"));
        QVERIFY(!m_window->close());
        QVERIFY(tray->isKeepingSending());
        serveWith(refusingEveryLead());
        emit tray->sendNowRequested();
        QTRY_COMPARE(m_backend->store().count(SubmissionState::Rejected).value(), 1);
        TestEnvironment::drainEventLoop();
        // Nothing waits, but a person must see why that lead was refused: no "all sent", no quitting.
        QCOMPARE(quits, 0);
        QVERIFY(!notes.contains(QStringLiteral("All leads sent")));
        QVERIFY(notes.last().startsWith(QLatin1String("Lead #")));
        // Opened from the tray, the window is back, and closing asks again.
        emit tray->showWindowRequested();
        QVERIFY(m_window->isVisible());
        QVERIFY(!tray->isKeepingSending());
    }

    void theTrayTellsWhatNeedsAPersonWhenTheWindowIsAway()
    {
        Tray* tray = m_window->tray();
        tray->setAvailable(true);
        QStringList notes;
        tray->setNotifier([&](const QString& title, const QString&) { notes.append(title); });
        serveWith(refusingEveryLead());
        m_window->hide(); // the person is elsewhere
        const qint64 id = submitAndWait(
            QStringLiteral("Mal Dato"), QStringLiteral("849 555 0181"), QStringLiteral("mal@example.com"));
        QTRY_COMPARE(notes, QStringList {QStringLiteral("Lead #%1 rejected").arg(id)});
        // A refused key pauses delivery: said too.
        QVERIFY(m_secrets.write(ApiKey::secretName(), QStringLiteral("wrong")).ok());
        SandboxOptions strict;
        strict.key = QStringLiteral("right");
        serveWith(strict);
        m_backend->reloadApiKey();
        submitAndWait(QStringLiteral("Otro Dato"), QStringLiteral("849 555 0182"), QStringLiteral("otro@example.com"));
        QTRY_VERIFY(notes.contains(QStringLiteral("Delivery paused")));
    }

    void unverifiedPhoneAsksForConfirmation()
    {
        QStringList asked;
        bool answer = false;
        m_window->setConfirmer([&](const QString&, const QString& text) {
            asked.append(text);
            return answer;
        });
        type(field(*m_window, "full_name"), QStringLiteral("Docs Example"));
        type(field(*m_window, "phone"), QStringLiteral("8091234567"));
        type(field(*m_window, "email"), QStringLiteral("docs@example.com"));
        m_window->submit();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QLatin1String("+18091234567")));
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_sandbox->requestCount(), 0); // declined: nothing sent, nothing stored
        QCOMPARE(m_backend->store().count(SubmissionState::Queued).value(), 0);
        answer = true;
        m_window->submit();
        QTRY_COMPARE(m_sandbox->createdCount(), 1);
    }

    void phoneIsFormattedAsTypedAndSaysWhereItGoes()
    {
        QLineEdit* phone = field(*m_window, "phone");
        type(phone, QStringLiteral("8095550123"));
        QCOMPARE(phone->text(), QStringLiteral("(809) 555-0123")); // as it is written in the Dominican Republic
        auto* info = m_window->findChild<QLabel*>(QStringLiteral("phone_info"));
        QVERIFY2(info->text().contains(QLatin1String("+18095550123")), qPrintable(info->text()));
        QVERIFY(info->text().contains(QLatin1String("Dominican Republic")));
    }

    void leavingAFieldValidatesIt()
    {
        QLineEdit* email = field(*m_window, "email");
        email->setFocus();
        type(email, QStringLiteral("ana@"));
        QTest::keyClick(email, Qt::Key_Tab);
        auto* message = m_window->findChild<QLabel*>(QStringLiteral("email_message"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().startsWith(QLatin1String("Error:")));
        QCOMPARE(m_sandbox->requestCount(), 0);
        // Defect: the error stayed until focus left the field; it goes as soon as the value is right.
        email->setFocus();
        type(email, QStringLiteral("example.com"));
        QVERIFY(!message->isVisible());
        QCOMPARE(QApplication::focusWidget(), email);
    }

    void moreFieldsAreRememberedAndListingTypeOffersRentAndBuy()
    {
        auto* more = m_window->findChild<QToolButton*>(QStringLiteral("moreFieldsButton"));
        QVERIFY(!field(*m_window, "utm_source")); // made when first opened (issue 14: start-up)
        // Before they are made, a listing type reads as the box would hold it (review finding: a
        // resubmitted "Venta" went out as written unless the box had been opened).
        LeadForm* form = m_window->form();
        Lead typed;
        typed.setValue(LeadField::ListingType, QStringLiteral("Venta"));
        typed.setValue(LeadField::UtmSource, QStringLiteral(" Feria "));
        form->setLead(typed);
        QCOMPARE(form->lead().value(LeadField::ListingType), QStringLiteral("buy"));
        typed.setValue(LeadField::ListingType, QStringLiteral("Permuta")); // not a choice: kept
        form->setLead(typed);
        QCOMPARE(form->lead().value(LeadField::ListingType), QStringLiteral("Permuta"));
        QVERIFY(!field(*m_window, "utm_source"));
        typed.setValue(LeadField::ListingType, QStringLiteral("alquiler"));
        form->setLead(typed);
        const Lead before = form->lead();
        QVERIFY(form->editor(LeadField::ListingType)); // made now: the same lead
        QCOMPARE(form->lead().value(LeadField::ListingType), QStringLiteral("rent"));
        QCOMPARE(form->lead().value(LeadField::UtmSource), before.value(LeadField::UtmSource));
        form->setLead(Lead());
        more->click();
        QVERIFY(field(*m_window, "utm_source")->isVisible());
        QCOMPARE(m_settings->uiState(QStringLiteral("moreFields")).toBool(), true);
        auto* listing = m_window->findChild<QComboBox*>(QStringLiteral("listing_type"));
        QVERIFY(listing->findData(QStringLiteral("rent")) >= 0);
        QVERIFY(listing->findData(QStringLiteral("buy")) >= 0);
        // A new window opens with the group as it was left.
        MainWindow again(*m_backend);
        QVERIFY(again.findChild<QToolButton*>(QStringLiteral("moreFieldsButton"))->isChecked());
    }

    void duplicateHintShowsWhenThePhoneWasSeen()
    {
        QVERIFY(m_service
                    ->submit(acceptedLead(makeLead(QStringLiteral("Primera Vez"), QStringLiteral("829 555 0166"),
                                 QStringLiteral("primera@example.com"))),
                        Origin::Cli)
                    .ok());
        QLineEdit* phone = field(*m_window, "phone");
        phone->setFocus();
        type(phone, QStringLiteral("829 555 0166"));
        QTest::keyClick(phone, Qt::Key_Tab);
        auto* hint = m_window->findChild<QLabel*>(QStringLiteral("duplicate_hint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QLatin1String("This phone was submitted before")), qPrintable(hint->text()));
    }

    void settingsStoreTheKeyInTheSecretStoreOnly()
    {
        m_window->setSettingsRunner([](SettingsDialog& dialog) {
            auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
            QCOMPARE(key->echoMode(), QLineEdit::Password);
            key->clear();
            type(key, QStringLiteral("sekret-abc-123"));
            dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))
                ->setText(QStringLiteral("http://crm.example.com"));
            QVERIFY(!dialog.save()); // plain http to a remote host is refused, nothing saved
            dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))
                ->setText(QStringLiteral("https://crm.example.com"));
            QVERIFY(dialog.save());
        });
        m_window->openSettings();
        QCOMPARE(m_secrets.secrets().value(ApiKey::secretName()), QStringLiteral("sekret-abc-123"));
        QCOMPARE(m_settings->baseUrl(), QUrl(QStringLiteral("https://crm.example.com")));
        QVERIFY(m_settings->sync().ok());
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sekret-abc-123"));
    }

    // A history file that stops taking writes is said plainly, and the typed lead is kept.
    void storageFailuresAreShownAndNothingIsLost()
    {
        QString fault = QStringLiteral("database or disk is full");
        m_backend->store().setWriteFault([&fault] { return fault; });
        type(field(*m_window, "full_name"), QStringLiteral("Disco Lleno"));
        type(field(*m_window, "phone"), QStringLiteral("809 555 0177"));
        type(field(*m_window, "email"), QStringLiteral("lleno@example.com"));
        m_window->submit();
        auto* banner = m_window->findChild<QLabel*>(QStringLiteral("banner"));
        QVERIFY2(banner->text().contains(QLatin1String("could not be saved: database or disk is full")),
            qPrintable(banner->text()));
        QCOMPARE(field(*m_window, "full_name")->text(), QStringLiteral("Disco Lleno")); // kept for another try

        // A lead stored by another process, due now, while this one cannot record answers.
        fault.clear();
        QVERIFY(m_backend->store()
                    .enqueue(StoreFixture::lead(QStringLiteral("Otro Proceso"), QStringLiteral("+18095550178"),
                                 QStringLiteral("otro@example.com")),
                        0)
                    .ok());
        fault = QStringLiteral("database or disk is full");
        m_window->findChild<QPushButton*>(QStringLiteral("sendNowButton"))->click();
        QTRY_VERIFY2(
            banner->text().contains(QLatin1String("history file cannot be written")), qPrintable(banner->text()));
        auto* connection = m_window->findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QVERIFY2(connection->text().contains(QLatin1String("Cannot write the history file")),
            qPrintable(connection->text()));
        QCOMPARE(m_sandbox->requestCount(), 0); // nothing claimed, nothing sent

        fault.clear();
        QTRY_COMPARE(m_sandbox->requestCount(), 1);
        QTRY_VERIFY2(!connection->text().contains(QLatin1String("Cannot write")), qPrintable(connection->text()));
    }

    // Defect: a long status (the Spanish wording, a storage error) widened the window's minimum
    // to the whole message (1,214 px here), past a 1024-pixel screen, "Send now" beyond its edge.
    void aLongStatusGivesWayToSendNow()
    {
        QVERIFY(m_backend->store()
                    .enqueue(StoreFixture::lead(QStringLiteral("Ana Larga"), QStringLiteral("+18095550179"),
                                 QStringLiteral("larga@example.com")),
                        0)
                    .ok());
        const QString fault = QStringLiteral("disk I/O error while writing "
                                             "/home/recepcion/.local/share/LeadEntry/history.sqlite-wal "
                                             "(the disk is full, or the folder was taken away)");
        m_backend->store().setWriteFault([fault] { return fault; });
        auto* sendNow = m_window->findChild<QPushButton*>(QStringLiteral("sendNowButton"));
        sendNow->click();
        auto* connection = m_window->findChild<ElidedLabel*>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY2(connection->text().endsWith(fault), qPrintable(connection->text()));
        QTRY_VERIFY(sendNow->isVisible()); // the lead still waits

        m_window->showNormal();
        m_window->resize(1, m_window->height()); // as narrow as it goes
        QTRY_COMPARE(m_window->width(), m_window->minimumWidth());
        QVERIFY2(m_window->width() <= 1024, qPrintable(QString::number(m_window->width())));
        QVERIFY(sendNow->isVisible());
        const auto inWindow = [&] { return QRect(sendNow->mapTo(m_window.get(), QPoint(0, 0)), sendNow->size()); };
        QTRY_VERIFY2(m_window->rect().contains(inWindow()),
            qPrintable(QStringLiteral("Send now at %1..%2 of %3")
                           .arg(inWindow().left())
                           .arg(inWindow().right())
                           .arg(m_window->width())));
        QCOMPARE(sendNow->width(), sendNow->sizeHint().width());
        QVERIFY(connection->isElided());
        QHelpEvent hover(QEvent::ToolTip, QPoint(5, 5), connection->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(connection, &hover);
        QTRY_COMPARE(QToolTip::text(), connection->text()); // the whole of it, on hover
        QToolTip::hideText();
        m_backend->store().setWriteFault({});
    }

    // Defects: a new language did nothing and said nothing; ALTERESTATE_API_URL overrode the
    // address shown with no hint; "Show" never became "Hide".
    void settingsSayWhatTakesEffectWhenAndWhatOverridesThem()
    {
        SettingsDialog dialog(*m_backend);
        dialog.show();
        dialog.findChild<QTabBar*>(QStringLiteral("pages"))->setCurrentIndex(1); // Entering leads
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
        QVERIFY(!note->isVisible());
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Español")) && note->text().contains(QLatin1String("next time")),
            qPrintable(note->text()));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("baseUrlNote"))->isVisible());

        auto* show = dialog.findChild<QToolButton*>(QStringLiteral("showKeyButton"));
        const QString shown = show->text();
        show->click();
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"))->echoMode(), QLineEdit::Normal);
        QVERIFY2(show->text().remove(u'&') == QStringLiteral("Hide"), qPrintable(show->text()));
        show->click();
        QCOMPARE(show->text(), shown);

        qputenv("ALTERESTATE_API_URL", "http://127.0.0.1:9/elsewhere");
        SettingsDialog overridden(*m_backend);
        qunsetenv("ALTERESTATE_API_URL");
        overridden.show();
        auto* urlNote = overridden.findChild<QLabel*>(QStringLiteral("baseUrlNote"));
        QVERIFY(urlNote->isVisible());
        QVERIFY2(urlNote->text().contains(QLatin1String("http://127.0.0.1:9/elsewhere")), qPrintable(urlNote->text()));
    }

    // Defect: the kiosk's settings were only in `leadentry-cli config`.
    void theKioskIsSetUpInSettings()
    {
        SettingsDialog dialog(*m_backend);
        dialog.show();
        auto* consent = dialog.findChild<QPlainTextEdit*>(QStringLiteral("kioskConsentEdit"));
        QCOMPARE(consent->toPlainText(), m_settings->valueText(Settings::Key::KioskConsent));
        consent->setPlainText(QString());
        QVERIFY(!dialog.save()); // no words to agree to: refused, said under the box, its page shown
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("kioskConsentMessage"))->isVisible());
        QCOMPARE(dialog.findChild<QTabBar*>(QStringLiteral("pages"))->currentIndex(), 2);
        consent->setPlainText(QStringLiteral("Acepto que me contacten sobre la Torre Naco."));
        dialog.findChild<QSpinBox*>(QStringLiteral("kioskIdleSpin"))->setValue(90);
        dialog.findChild<QCheckBox*>(QStringLiteral("kioskAskInterestCheck"))->setChecked(false);
        dialog.findChild<QCheckBox*>(QStringLiteral("kioskAskMessageCheck"))->setChecked(false);
        QVERIFY(dialog.save());
        QCOMPARE(m_settings->valueText(Settings::Key::KioskConsent),
            QStringLiteral("Acepto que me contacten sobre la Torre Naco."));
        QCOMPARE(m_settings->value(Settings::Key::KioskIdleSeconds).toInt(), 90);
        QVERIFY(!m_settings->value(Settings::Key::KioskAskInterest).toBool());
        QVERIFY(!m_settings->value(Settings::Key::KioskAskMessage).toBool());
        // The kiosk asks what was chosen.
        KioskWindow kiosk(*m_settings, *m_service, m_secrets);
        kiosk.show();
        QVERIFY(!kiosk.findChild<QComboBox*>(QStringLiteral("kioskInterest"))->isVisible());
        QVERIFY(!kiosk.findChild<QPlainTextEdit*>(QStringLiteral("kioskMessage"))->isVisible());
        QCOMPARE(kiosk.findChild<QCheckBox*>(QStringLiteral("kioskConsent"))->text().remove(u'&'),
            QStringLiteral("Acepto que me contacten sobre la Torre Naco."));
    }

    // The kiosk shows the event's logo above its welcome, chosen in Settings; a file that is
    // wrong is refused there, and one that went bad since is left out, not shown broken.
    void theKioskShowsTheEventsLogo()
    {
        {
            KioskWindow kiosk(*m_settings, *m_service, m_secrets);
            kiosk.show();
            QVERIFY(!kiosk.findChild<QLabel*>(QStringLiteral("kioskLogo"))->isVisible());
        }
        QImage image(1200, 400, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        const QString path = m_store->dir.filePath(QStringLiteral("expo-logo.png"));
        QVERIFY(image.save(path));

        SettingsDialog dialog(*m_backend);
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("kioskLogoEdit"));
        QVERIFY(edit->text().isEmpty());
        edit->setText(m_store->dir.filePath(QStringLiteral("no-such-logo.png")));
        QVERIFY(!dialog.save());
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("kioskLogoMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("There is no file")), qPrintable(message->text()));
        edit->setText(QDir::toNativeSeparators(path));
        QVERIFY(dialog.save());
        QVERIFY(message->isHidden());
        QCOMPARE(m_settings->valueText(Settings::Key::KioskLogo), path);

        {
            KioskWindow kiosk(*m_settings, *m_service, m_secrets);
            kiosk.show();
            auto* logo = kiosk.findChild<QLabel*>(QStringLiteral("kioskLogo"));
            QVERIFY(logo->isVisible());
            // Scaled to fit 480 px by 120 px, or a twelfth of a shorter screen, its shape kept.
            const int height = std::min(120, kiosk.screen()->availableGeometry().height() / 12);
            const QSize shown = logo->pixmap().deviceIndependentSize().toSize();
            QCOMPARE(shown, QSize(3 * height, height));
        }
        // The file gone (a USB stick unplugged): the kiosk says so in the log, and Settings still
        // shows the path and says what is wrong instead of forgetting it at the next save.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".away")));
        {
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(QStringLiteral("^kiosk logo not shown: There is no file")));
            KioskWindow kiosk(*m_settings, *m_service, m_secrets);
            kiosk.show();
            QVERIFY(!kiosk.findChild<QLabel*>(QStringLiteral("kioskLogo"))->isVisible());
        }
        {
            SettingsDialog again(*m_backend);
            QCOMPARE(
                QDir::fromNativeSeparators(again.findChild<QLineEdit*>(QStringLiteral("kioskLogoEdit"))->text()), path);
            QVERIFY(!again.save());
            QVERIFY(again.findChild<QLabel*>(QStringLiteral("kioskLogoMessage"))
                        ->text()
                        .contains(QLatin1String("There is no file")));
        }
        QCOMPARE(m_settings->storedText(Settings::Key::KioskLogo), path);
        QVERIFY(QFile::rename(path + QStringLiteral(".away"), path));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("\x89PNG\r\n\x1a\nnot really");
        broken.close();
        {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^kiosk logo not shown")));
            KioskWindow kiosk(*m_settings, *m_service, m_secrets);
            kiosk.show();
            QVERIFY(!kiosk.findChild<QLabel*>(QStringLiteral("kioskLogo"))->isVisible());
        }
    }

    void settingsSayPlainlyWhenThereIsNoKeychain()
    {
        m_secrets.setUnavailable(true);
        SettingsDialog dialog(*m_backend);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("keyStatusLabel"));
        QVERIFY2(status->text().contains(QLatin1String("No keychain is available")), qPrintable(status->text()));
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"))->isEnabled());
        m_secrets.setUnavailable(false);
    }

    void historyFiltersSearchesAndShowsDetails()
    {
        submitAndWait(QStringLiteral("Hist Uno"), QStringLiteral("809 555 0201"), QStringLiteral("uno@example.com"));
        submitAndWait(QStringLiteral("Hist Dos"), QStringLiteral("809 555 0202"), QStringLiteral("dos@example.com"));
        HistoryView* view = m_window->history();
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 2);
        auto* search = view->findChild<QLineEdit*>(QStringLiteral("historySearch"));
        search->setText(QStringLiteral("dos"));
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 1);
        view->table()->setCurrentIndex(view->table()->model()->index(0, 0));
        auto* title = view->findChild<QLabel*>(QStringLiteral("detailTitle"));
        QVERIFY2(title->text().contains(QLatin1String("Hist Dos")), qPrintable(title->text()));
        auto* request = view->findChild<QPlainTextEdit*>(QStringLiteral("detailRequest"));
        QVERIFY(request->toPlainText().contains(QLatin1String("\"email\": \"dos@example.com\"")));
        QVERIFY(request->toPlainText().contains(QStringLiteral("Token ••••")));
        QVERIFY(!request->toPlainText().contains(QLatin1String("Token k")));
        auto* response = view->findChild<QPlainTextEdit*>(QStringLiteral("detailResponse"));
        QVERIFY(response->toPlainText().startsWith(QLatin1String("HTTP 201")));
        auto* story = view->findChild<QTextBrowser*>(QStringLiteral("detailStory"));
        // In words, not the API's token (defect: "created (HTTP 201)" in the Spanish window too).
        QVERIFY2(
            story->toPlainText().contains(QLatin1String(": Created (HTTP 201)")), qPrintable(story->toPlainText()));
        // The address the lead went to, as recorded (defect: rebuilt from today's setting).
        const QString sentTo
            = QStringLiteral("POST http://127.0.0.1:%1/api/v1/leads/").arg(m_sandbox->serverPorts().constFirst());
        QVERIFY2(request->toPlainText().startsWith(sentTo), qPrintable(request->toPlainText()));
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("https://elsewhere.example.com")).ok());
        view->table()->setCurrentIndex(view->table()->model()->index(0, 1));
        QVERIFY2(request->toPlainText().startsWith(sentTo), qPrintable(request->toPlainText()));
        // One phone format for every lead; "Copy id" only with an id to copy.
        QCOMPARE(view->table()->model()->index(0, HistoryModel::PhoneColumn).data().toString(),
            QStringLiteral("+1 809-555-0202"));
        QVERIFY(view->findChild<QPushButton*>(QStringLiteral("copyIdButton"))->isVisible());

        search->clear();
        auto* states = view->findChild<QComboBox*>(QStringLiteral("stateFilter"));
        states->setCurrentIndex(states->findData(QStringLiteral("rejected")));
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 0);
        // An empty list says why (defect: it showed nothing).
        auto* empty = view->findChild<QLabel*>(QStringLiteral("historyEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QLatin1String("Nothing matches")), qPrintable(empty->text()));
        states->setCurrentIndex(states->findData(QStringLiteral("created")));
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 2);

        const QString path = m_store->dir.filePath(QStringLiteral("export.csv"));
        view->setSaveFileNameProvider([&](const QString&) { return path; });
        QCOMPARE(view->exportCsv(), 2);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        // BOM: spreadsheets read accents right. The headers, states and times people see (defect:
        // field ids, tokens and UTC).
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBFLocal number,Full name,Phone,Email"), bytes.left(80).constData());
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QLatin1String("Hist Uno")) && text.contains(QLatin1String("Hist Dos")));
        QVERIFY(text.contains(QLatin1String(",Created,")) && !text.contains(QLatin1String(",created,")));
        const Submission first = m_backend->store().list({}).value().first();
        QVERIFY(text.contains(
            QDateTime::fromMSecsSinceEpoch(first.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        QCOMPARE(QFile::permissions(path) & kOthers, QFile::Permissions()); // people's data: private
    }

    void rejectedLeadIsFixedAndResubmittedLinked()
    {
        // A sandbox that refuses the next lead, then accepts.
        serveWith(refusingEveryLead());
        const qint64 bad = submitAndWait(
            QStringLiteral("Mal Correo"), QStringLiteral("849 555 0301"), QStringLiteral("mal@example.com"));
        QCOMPARE(m_backend->store().get(bad)->state, SubmissionState::Rejected);

        serveWith(SandboxOptions {});
        HistoryView* view = m_window->history();
        QTRY_VERIFY(newestState(*m_window->historyModel()) == SubmissionState::Rejected);
        view->table()->setCurrentIndex(view->table()->model()->index(0, 0));
        auto* resubmit = view->findChild<QPushButton*>(QStringLiteral("resubmitButton"));
        QVERIFY(resubmit->isVisible());
        resubmit->click();
        QCOMPARE(field(*m_window, "full_name")->text(), QStringLiteral("Mal Correo"));
        QLineEdit* email = field(*m_window, "email");
        email->clear();
        type(email, QStringLiteral("bien@example.com"));
        m_window->submit();
        QTRY_COMPARE(m_backend->store().count(SubmissionState::Created).value(), 1);
        HistoryQuery q;
        q.states = {SubmissionState::Created};
        const Submission fixed = m_backend->store().list(q).value().first();
        QCOMPARE(fixed.resubmissionOf, bad);
        QCOMPARE(fixed.lead.email(), QStringLiteral("bien@example.com"));

        // The original says it was resubmitted, links to the new lead and offers no second resubmit
        // (defect: it still read Rejected and offered "Edit and resubmit").
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 2);
        QVERIFY(view->select(bad));
        auto* title = view->findChild<QLabel*>(QStringLiteral("detailTitle"));
        QVERIFY2(title->text().contains(QStringLiteral("resubmitted as #%1").arg(fixed.id)), qPrintable(title->text()));
        auto* ids = view->findChild<QLabel*>(QStringLiteral("detailIds"));
        QVERIFY2(ids->text().contains(QStringLiteral("href=\"lead:%1\"").arg(fixed.id)), qPrintable(ids->text()));
        QVERIFY(!resubmit->isVisible());
        QVERIFY(!view->findChild<QPushButton*>(QStringLiteral("copyIdButton"))->isVisible()); // no id to copy
        // Following the link shows the new lead, which links back.
        emit ids->linkActivated(QStringLiteral("lead:%1").arg(fixed.id));
        QCOMPARE(view->currentSubmission()->id, fixed.id);
        QVERIFY(ids->text().contains(QStringLiteral("href=\"lead:%1\"").arg(bad)));
    }

    // Defects: Tab went from the name to the buttons (values typed after it were lost); switching
    // profiles dropped unsaved edits; "New event" was saved as a name; the listing type was free text.
    void eventProfileDialogTabsThroughItsFieldsAndKeepsEdits()
    {
        Lead expo;
        expo.setValue(LeadField::UtmSource, QStringLiteral("Expo"));
        QVERIFY(EventProfiles(*m_settings).set(QStringLiteral("Expo"), expo).ok());
        QVERIFY(EventProfiles(*m_settings).set(QStringLiteral("Feria"), Lead()).ok());
        EventProfileDialog dialog(*m_settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("profileList"));
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("profileName"));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("utm_source"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End); // Tab selected the value
        type(QApplication::focusWidget(), QStringLiteral("-2026"));

        // Switching away asks; Cancel stays, Save keeps the edit.
        QStringList asked;
        EventProfileDialog::Unsaved answer = EventProfileDialog::Unsaved::Cancel;
        dialog.setUnsavedAsker([&](const QString& text) {
            asked.append(text);
            return answer;
        });
        list->setCurrentRow(list->row(list->findItems(QStringLiteral("Feria"), Qt::MatchExactly).first()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(name->text(), QStringLiteral("Expo"));
        QTRY_COMPARE(list->currentItem()->text(), QStringLiteral("Expo"));
        // By mouse too: the click's own selection does not win over Cancel.
        const QRect feria = list->visualItemRect(list->findItems(QStringLiteral("Feria"), Qt::MatchExactly).first());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, feria.center());
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE(list->currentItem()->text(), QStringLiteral("Expo"));
        QVERIFY(list->currentItem()->isSelected());
        QCOMPARE(name->text(), QStringLiteral("Expo"));
        answer = EventProfileDialog::Unsaved::Save;
        list->setCurrentRow(list->row(list->findItems(QStringLiteral("Feria"), Qt::MatchExactly).first()));
        QCOMPARE(name->text(), QStringLiteral("Feria"));
        QCOMPARE(EventProfiles(*m_settings).profile(QStringLiteral("Expo"))->value(LeadField::UtmSource),
            QStringLiteral("Expo-2026"));

        // A new profile has no made-up name to save by mistake.
        dialog.newProfile();
        QCOMPARE(name->text(), QString());
        QVERIFY(!dialog.saveProfile());
        QCOMPARE(EventProfiles(*m_settings).names().size(), 2);

        // The listing type offers the form's choices, and what is stored is the API's word.
        auto* listing = dialog.findChild<QComboBox*>(QStringLiteral("listing_type"));
        QVERIFY(listing);
        listing->setCurrentIndex(listing->findData(QStringLiteral("buy")));
        QVERIFY(listing->currentText() != QStringLiteral("buy")); // shown in words
        name->setText(QStringLiteral("Compradores"));
        QVERIFY(dialog.saveProfile());
        QCOMPARE(EventProfiles(*m_settings).profile(QStringLiteral("Compradores"))->value(LeadField::ListingType),
            QStringLiteral("buy"));
        QVERIFY(!dialog.hasUnsavedChanges());
    }

    void eventProfileFillsTheFormAndIsRecorded()
    {
        m_window->setDialogRunner([](QDialog& dialog) {
            auto& profiles = static_cast<EventProfileDialog&>(dialog);
            profiles.setConfirmer([](const QString&) { return true; });
            profiles.newProfile();
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("profileName"));
            name->setText(QStringLiteral("Expo Vivienda"));
            dialog.findChild<QLineEdit*>(QStringLiteral("utm_source"))->setText(QStringLiteral("Expo"));
            dialog.findChild<QLineEdit*>(QStringLiteral("related"))->setText(QStringLiteral("not an email"));
            QVERIFY(!profiles.saveProfile()); // a bad agent email is refused
            dialog.findChild<QLineEdit*>(QStringLiteral("related"))->setText(QStringLiteral("agente@example.com"));
            QVERIFY(profiles.saveProfile());
            profiles.copyProfile();
            QVERIFY(profiles.saveProfile()); // "Expo Vivienda (copy)"
            profiles.deleteProfile();
        });
        m_window->openEventProfiles();
        QCOMPARE(EventProfiles(*m_settings).names(), QStringList {QStringLiteral("Expo Vivienda")});

        auto* events = m_window->findChild<QComboBox*>(QStringLiteral("eventCombo"));
        QVERIFY(events->findData(QStringLiteral("Expo Vivienda")) > 0);
        QVERIFY(m_settings->setValue(Settings::Key::ActiveEvent, QStringLiteral("Expo Vivienda")).ok());
        QCOMPARE(events->currentData().toString(), QStringLiteral("Expo Vivienda"));
        // "More fields" is closed: its fields are not made yet (issue 14), but the lead has the values…
        QVERIFY(!field(*m_window, "utm_source"));
        QCOMPARE(m_window->form()->lead().value(LeadField::UtmSource), QStringLiteral("Expo"));
        // …and the fields, once made, show them marked.
        auto* source = qobject_cast<QLineEdit*>(m_window->form()->editor(LeadField::UtmSource));
        QCOMPARE(source->text(), QStringLiteral("Expo"));
        QVERIFY(source->toolTip().contains(QLatin1String("Expo Vivienda"))); // marked as from the profile
        QCOMPARE(field(*m_window, "related")->text(), QStringLiteral("agente@example.com"));

        type(field(*m_window, "full_name"), QStringLiteral("Visitante"));
        type(field(*m_window, "phone"), QStringLiteral("849 555 0701"));
        type(field(*m_window, "email"), QStringLiteral("visitante@example.com"));
        m_window->submit();
        QTRY_COMPARE(m_backend->store().count(SubmissionState::Created).value(), 1);
        HistoryQuery q;
        q.event = QStringLiteral("Expo Vivienda");
        const QList<Submission> rows = m_backend->store().list(q).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().lead.value(LeadField::UtmSource), QStringLiteral("Expo"));
        // The profile's values stay in the form for the next visitor.
        QCOMPARE(field(*m_window, "utm_source")->text(), QStringLiteral("Expo"));
        auto* eventFilter = m_window->history()->findChild<QComboBox*>(QStringLiteral("eventFilter"));
        eventFilter->setCurrentIndex(eventFilter->findData(QStringLiteral("Expo Vivienda")));
        QTRY_COMPARE(m_window->historyModel()->rowCount(), 1);
        QCOMPARE(m_window->historyModel()->index(0, HistoryModel::EventColumn).data().toString(),
            QStringLiteral("Expo Vivienda"));
    }

    void importDialogImportsSummarisesAndSavesTheBadRows()
    {
        const QString path = m_store->dir.filePath(QStringLiteral("feria.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\xEF\xBB\xBFNombre;Celular;Correo;Comentarios\r\n"
                  "Mar\xC3\xAD"
                  "a;809 555 0801;maria.f@example.com;\"Llamar\r\nde tarde\"\r\n"
                  "Mal;12;mal@;\r\n"
                  "Juan;829 555 0802;juan.f@example.com;\r\n");
        csv.close();
        ImportDialog dialog(*m_settings, *m_service);
        QVERIFY(dialog.loadFile(path));
        auto* info = dialog.findChild<QLabel*>(QStringLiteral("importInfo"));
        QVERIFY2(info->text().contains(QLatin1String("3 rows, 2 ready to import, 1 with problems")),
            qPrintable(info->text()));
        QVERIFY(dialog.findChild<QPlainTextEdit*>(QStringLiteral("importProblems"))
                    ->toPlainText()
                    .startsWith(QLatin1String("Row 3: ")));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog.summary().startsWith(QLatin1String("Stored 2 of 2. Created 2")), qPrintable(dialog.summary()));
        QCOMPARE(m_sandbox->createdCount(), 2);
        // Imported once: not again (review finding: Import came back on, and a second click or
        // Return stored and sent every row again).
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("saveInvalidButton"))->isEnabled()); // to fix them
        dialog.startImport();
        TestEnvironment::drainEventLoop();
        HistoryQuery everything;
        everything.limit = 100;
        QCOMPARE(m_backend->store().list(everything).value().size(), 2);
        const QString fix = m_store->dir.filePath(QStringLiteral("to-fix.csv"));
        dialog.setSaveFileNameProvider([&](const QString&) { return fix; });
        QVERIFY(dialog.saveInvalidRows());
        QFile saved(fix);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        // The file's separator and the labels the user saw (defect: ',' and "phone: ").
        QVERIFY2(text.contains(QLatin1String("3;\"Phone: ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String(";Mal;12;")));
    }

    // A large file is never held whole (issue 14): the dialog reads it a slice at a time between
    // the window's events, saying how far the check got; Import waits for the whole check; the
    // rows to fix are written as they are read again.
    void aLargeFileIsCheckedAsAStreamWithProgress()
    {
        const QString path = m_store->dir.filePath(QStringLiteral("large.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,phone,email\n");
        constexpr int kRows = 20000;
        for (int i = 0; i < kRows; ++i) {
            const bool bad = i % 1000 == 999; // 20 rows without a usable phone
            csv.write("Lead " + QByteArray::number(i) + ","
                + (bad ? QByteArray("12") : "+1809" + QByteArray::number(3000000 + i)) + ",c" + QByteArray::number(i)
                + "@example.com\n");
        }
        csv.close();
        ImportDialog dialog(*m_settings, *m_service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        QVERIFY(dialog.loadFile(path));
        auto* info = dialog.findChild<QLabel*>(QStringLiteral("importInfo"));
        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* progress = dialog.findChild<QProgressBar*>(QStringLiteral("importProgress"));
        QVERIFY(!dialog.isChecked()); // 20,000 rows take more than one slice
        QVERIFY2(info->text().startsWith(QLatin1String("Checking the file: ")), qPrintable(info->text()));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(progress->isVisible());
        QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"))->rowCount(), 1 + 20);
        QVERIFY(checked.wait(60000));
        QVERIFY2(info->text().contains(QLatin1String("20,000 rows, 19,980 ready to import, 20 with problems")),
            qPrintable(info->text()));
        QVERIFY(importButton->isEnabled());
        QVERIFY(!progress->isVisible());
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("importProblems"))->toPlainText().count(u'\n'), 19);
        const QString fix = m_store->dir.filePath(QStringLiteral("large-to-fix.csv"));
        dialog.setSaveFileNameProvider([&](const QString&) { return fix; });
        QVERIFY(dialog.saveInvalidRows());
        QFile saved(fix);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 20);
        QVERIFY2(lines.at(1).startsWith("1001,Phone: "), lines.at(1).constData());
        QVERIFY2(lines.last().trimmed().endsWith(",Lead 19999,12,c19999@example.com"), lines.last().constData());
    }

    // A file saved again between its check and Import (a row added in the spreadsheet) is checked
    // again rather than imported unseen (review finding).
    void aFileChangedSinceItsCheckIsCheckedAgain()
    {
        const QString path = m_store->dir.filePath(QStringLiteral("changing.csv"));
        const auto write = [&](int rows) {
            QFile csv(path);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("name,phone,email\n");
            for (int i = 0; i < rows; ++i)
                csv.write("Cambia " + QByteArray::number(i) + ",+1809" + QByteArray::number(3100000 + i) + ",cambia"
                    + QByteArray::number(i) + "@example.com\n");
        };
        write(2);
        ImportDialog dialog(*m_settings, *m_service);
        QVERIFY(dialog.loadFile(path));
        QVERIFY(dialog.isChecked());
        write(3);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QTRY_VERIFY(dialog.isChecked());
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                     ->text()
                     .startsWith(QLatin1String("The file changed since it was checked")),
            qPrintable(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))->text()));
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("importInfo"))->text().contains(QLatin1String("3 rows")),
            qPrintable(dialog.findChild<QLabel*>(QStringLiteral("importInfo"))->text()));
        QCOMPARE(m_backend->store().count(SubmissionState::Queued).value(), 0);
        dialog.startImport();
        QVERIFY(finished.wait(10000));
        QVERIFY2(dialog.summary().startsWith(QLatin1String("Stored 3 of 3.")), qPrintable(dialog.summary()));
    }

    // A path typed over a file already read is not checked, nor offered, until Return: a new column
    // choice meanwhile does not check the old file again (review finding).
    void anEditedPathWaitsForReturn()
    {
        const QString path = m_store->dir.filePath(QStringLiteral("first.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,phone,email\nPrimera,+18093200001,primera@example.com\n");
        csv.close();
        ImportDialog dialog(*m_settings, *m_service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.loadFile(path));
        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        QVERIFY2(
            importButton->isEnabled(), qPrintable(dialog.findChild<QLabel*>(QStringLiteral("importInfo"))->text()));
        auto* pathEdit = dialog.findChild<QLineEdit*>(QStringLiteral("importPath"));
        pathEdit->setFocus();
        QTest::keyClicks(pathEdit, QStringLiteral("-other"));
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"));
        auto* notes = qobject_cast<QComboBox*>(preview->cellWidget(0, 2));
        QVERIFY(notes);
        notes->setCurrentIndex(notes->findData(static_cast<int>(LeadField::Notes))); // email read as notes
        TestEnvironment::drainEventLoop();
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("importInfo"))->text(),
            QStringLiteral("Press Return to read this file."));
        QVERIFY(!importButton->isEnabled());
    }

    // A file that turns out unreadable half-way (a quote never closed) imports nothing.
    void aFileUnreadableHalfWayImportsNothing()
    {
        const QString path = m_store->dir.filePath(QStringLiteral("broken.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,phone,email\nAna,+18093000001,ana@example.com\n\"Sin cierre,+18093000002,x@example.com\n");
        csv.write(QByteArray(CsvStream::kMaxFieldBytes + 10, 'x'));
        csv.close();
        ImportDialog dialog(*m_settings, *m_service);
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.loadFile(path);
        QTRY_VERIFY(dialog.isChecked());
        const QString info = dialog.findChild<QLabel*>(QStringLiteral("importInfo"))->text();
        QVERIFY2(info.startsWith(QLatin1String("Error: ")) && info.contains(QLatin1String("Nothing can be imported.")),
            qPrintable(info));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        dialog.startImport();
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_backend->store().count(SubmissionState::Queued).value(), 0);
    }

    void importCancelKeepsWhatWasStoredAndSaysSo()
    {
        const QString path = m_store->dir.filePath(QStringLiteral("many.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,phone,email\n");
        for (int i = 0; i < 40; ++i)
            csv.write("Lead " + QByteArray::number(i) + ",+1809" + QByteArray::number(3000000 + i) + ",c"
                + QByteArray::number(i) + "@example.com\n");
        csv.close();
        ImportDialog dialog(*m_settings, *m_service);
        dialog.setChunkSize(10);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A typed path is read on Return, and that Return does not start the import.
        auto* pathEdit = dialog.findChild<QLineEdit*>(QStringLiteral("importPath"));
        pathEdit->setFocus();
        QTest::keyClicks(pathEdit, path);
        QTest::keyClick(pathEdit, Qt::Key_Return);
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("importInfo"))->text().contains(QLatin1String("40 rows")),
            qPrintable(dialog.findChild<QLabel*>(QStringLiteral("importInfo"))->text()));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_backend->store().count(SubmissionState::Queued).value(), 0);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QTRY_VERIFY(dialog.summary().startsWith(QLatin1String("Stored 10 of 40")));
        dialog.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(5000));
        QVERIFY2(dialog.summary().contains(QLatin1String("Cancelled: the 10 leads stored stay in the outbox")),
            qPrintable(dialog.summary()));
        // The choices come back after a cancel (defect: they stayed disabled); Import does not: it
        // would start again from the first row.
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(dialog.findChild<QComboBox*>(QStringLiteral("importEvent"))->isEnabled());
        QVERIFY(dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"))->isEnabled());
        HistoryQuery all;
        all.limit = 1000;
        QTRY_COMPARE(m_backend->store().list(all).value().size(), 10); // stored ones are kept, the rest never were
    }

    // A second launch ("Open with" on a CSV file while the app runs) opens the import in this
    // window; while the kiosk runs, nothing of the app comes over it.
    void aLaterLaunchOpensItsFileHereButNeverOverTheKiosk()
    {
        QStringList opened;
        recordImports(*m_window, opened);
        const QString path = m_store->dir.filePath(QStringLiteral("otra.csv"));
        QVERIFY(writeHeaderOnlyCsv(path));
        m_window->handleLaunch({m_store->dir.filePath(QStringLiteral("not-there.csv"))}); // not a file: nothing opens
        TestEnvironment::drainEventLoop();
        QCOMPARE(opened.size(), 0);
        m_window->showMinimized();
        m_window->handleLaunch({path});
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(QDir::fromNativeSeparators(opened.first()), path);
        QVERIFY(!m_window->isMinimized());

        m_window->setPinAsker([] { return QStringLiteral("48213579"); });
        m_window->openKiosk();
        QVERIFY(m_window->kiosk());
        m_window->handleLaunch({path});
        TestEnvironment::drainEventLoop();
        QCOMPARE(opened.size(), 1);
        QVERIFY(!m_window->isVisible());
        QVERIFY(m_window->kiosk()->isVisible());
    }

    void kioskPinIsStoredHashedAndLeavingNeedsIt()
    {
        m_window->setPinAsker([] { return QStringLiteral("48213579"); });
        m_window->openKiosk();
        auto* kiosk = qobject_cast<KioskWindow*>(m_window->kiosk());
        QVERIFY(kiosk);
        QVERIFY(!m_window->isVisible()); // nothing of the app behind the kiosk
        QVERIFY(KioskPin(*m_settings, m_secrets).isSet().value());
        QVERIFY(m_settings->sync().ok());
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settingsFile = file.readAll();
        QVERIFY(!settingsFile.contains(
            "48213579")); // never in clear (a long PIN: a random digest cannot hold it by chance)
        // The verifier is a secret: in the keychain, not in the settings file (defect: it was).
        QVERIFY(!settingsFile.contains("pin"));
        const SecretResult kept = m_secrets.read(KioskPin(*m_settings, m_secrets).secretName());
        QVERIFY(kept.ok() && kept.value.contains(u':') && !kept.value.contains(QLatin1String("48213579")));
        // Locked down: no history, no settings, closing and Escape do nothing.
        QVERIFY(kiosk->findChildren<QTableView*>().isEmpty());
        QVERIFY(kiosk->findChildren<QMenuBar*>().isEmpty());
        QVERIFY(!kiosk->close());
        QTest::keyClick(kiosk, Qt::Key_Escape);
        QVERIFY(kiosk->isVisible());
        QSignalSpy left(kiosk, &KioskWindow::exitRequested);
        QVERIFY(!kiosk->unlock(QStringLiteral("0000")));
        QCOMPARE(left.size(), 0);
        QVERIFY(kiosk->unlock(QStringLiteral("48213579")));
        QCOMPARE(left.size(), 1);
        QTRY_VERIFY(m_window->isVisible());
    }

    void aKioskPinLeftInTheSettingsFileMovesToTheKeychain()
    {
        // As an earlier version kept it: the verifier of "1357" under kiosk/pin.
        QVERIFY(KioskPin(*m_settings, m_secrets).set(QStringLiteral("1357")).ok());
        const QString verifier = m_secrets.read(KioskPin(*m_settings, m_secrets).secretName()).value;
        QVERIFY(m_secrets.remove(KioskPin(*m_settings, m_secrets).secretName()).ok());
        m_settings->file().setValue(QStringLiteral("kiosk/pin"), verifier);
        QVERIFY(m_settings->sync().ok());
        KioskPin pin(*m_settings, m_secrets);
        QVERIFY(pin.check(QStringLiteral("1357")).value());
        QVERIFY(!m_settings->file().contains(QStringLiteral("kiosk/pin")));
        QCOMPARE(m_secrets.read(KioskPin(*m_settings, m_secrets).secretName()).value, verifier);
        QVERIFY(pin.check(QStringLiteral("1357")).value());
        QVERIFY(!pin.check(QStringLiteral("2468")).value());
        // Another profile (another settings file) has a PIN of its own.
        Settings other(m_store->dir.filePath(QStringLiteral("other.ini")));
        QVERIFY(KioskPin(other, m_secrets).secretName() != pin.secretName());
        QVERIFY(!KioskPin(other, m_secrets).isSet().value());
    }

    void theTrayIsNoWayAroundTheKiosk()
    {
        QStringList notes;
        int quits = 0;
        Tray* tray = trayTelling(notes, quits);
        m_window->setPinAsker([] { return QStringLiteral("97531"); });
        m_window->openKiosk();
        QVERIFY(m_window->kiosk());
        // Its menu cannot open the app or quit it, and nothing pops up over visitors' screen.
        emit tray->showWindowRequested();
        emit tray->quitRequested();
        TestEnvironment::drainEventLoop();
        QVERIFY(!m_window->isVisible());
        QCOMPARE(quits, 0);
        serveWith(refusingEveryLead());
        submitAndWait(
            QStringLiteral("Previo Visitante"), QStringLiteral("849 555 0183"), QStringLiteral("previo@example.com"));
        TestEnvironment::drainEventLoop();
        QVERIFY(notes.isEmpty());
        QVERIFY(qobject_cast<KioskWindow*>(m_window->kiosk())->unlock(QStringLiteral("97531")));
        QTRY_VERIFY(m_window->isVisible());
    }

    void kioskIsMadeForVisitorsFingers()
    {
        QVERIFY(KioskPin(*m_settings, m_secrets).set(QStringLiteral("2468")).ok());
        KioskWindow kiosk(*m_settings, *m_service, m_secrets);
        kiosk.setPinDelayBaseMs(200);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        auto* name = kiosk.findChild<QLineEdit*>(QStringLiteral("kioskName"));
        // Targets a finger can hit.
        for (const char* control : {"kioskName", "kioskPhone", "kioskEmail", "kioskSend", "kioskConsent"}) {
            auto* w = kiosk.findChild<QWidget*>(QLatin1String(control));
            QVERIFY2(w->height() >= 44, control);
        }
        // The consent line and the errors in the same large type as the fields (a style sheet
        // once kept them small).
        QCOMPARE(kiosk.findChild<QCheckBox*>(QStringLiteral("kioskConsent"))->font().pointSizeF(),
            name->font().pointSizeF());
        QCOMPARE(
            kiosk.findChild<QLabel*>(QStringLiteral("kioskError"))->font().pointSizeF(), name->font().pointSizeF());
        // Return on the empty form says, under each field, what it needs; nothing is stored.
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
        for (const char* error : {"kioskNameError", "kioskPhoneError", "kioskEmailError"}) {
            auto* label = kiosk.findChild<QLabel*>(QLatin1String(error));
            QVERIFY2(label->isVisible() && !label->text().isEmpty(), error);
        }
        QCOMPARE(QApplication::focusWidget(), name);
        QCOMPARE(m_backend->store().countMatching({}, 10).value(), 0);
        // Fixed, a field's message goes.
        QTest::keyClicks(name, QStringLiteral("Visitante Dos"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!kiosk.findChild<QLabel*>(QStringLiteral("kioskNameError"))->isVisible());
        QVERIFY(kiosk.findChild<QLabel*>(QStringLiteral("kioskPhoneError"))->isVisible());
        QCOMPARE(QApplication::focusWidget(), kiosk.findChild<QLineEdit*>(QStringLiteral("kioskPhone")));

        // Escape on the staff PIN page goes back to the form.
        kiosk.askForPin();
        auto* pin = kiosk.findChild<QLineEdit*>(QStringLiteral("kioskPin"));
        QVERIFY(pin->isVisible());
        QTest::keyClick(pin, Qt::Key_Escape);
        QVERIFY(!pin->isVisible());
        QVERIFY(name->isVisible());
        QVERIFY(kiosk.isVisible());

        // Wrong PINs: from the third, a wait; the right PIN is refused until it is over.
        kiosk.askForPin();
        QSignalSpy left(&kiosk, &KioskWindow::exitRequested);
        QVERIFY(!kiosk.unlock(QStringLiteral("0000")));
        QVERIFY(!kiosk.unlock(QStringLiteral("1111")));
        QVERIFY(pin->isEnabled());
        QVERIFY(!kiosk.unlock(QStringLiteral("2222")));
        auto* pinError = kiosk.findChild<QLabel*>(QStringLiteral("kioskPinError"));
        QVERIFY2(pinError->text().contains(QLatin1String("Try again in")), qPrintable(pinError->text()));
        QVERIFY(!pin->isEnabled());
        QVERIFY(!kiosk.unlock(QStringLiteral("2468")));
        QCOMPARE(left.size(), 0);
        QTRY_VERIFY(pin->isEnabled());
        QVERIFY(kiosk.unlock(QStringLiteral("2468")));
        QCOMPARE(left.size(), 1);

        // A PIN that would be refused is said so before it is confirmed, in digits.
        QVERIFY(KioskPin::problem(QStringLiteral("123")).contains(QLatin1String("digits")));
        QVERIFY(!KioskPin::problem(QStringLiteral("12a4")).isEmpty());
        QVERIFY(KioskPin::problem(QStringLiteral("1234")).isEmpty());
        QVERIFY(!KioskPin(*m_settings, m_secrets).set(QStringLiteral("abcd")).ok());
    }

    void kioskSignsAVisitorInUnderTheEvent()
    {
        Lead preset;
        preset.setValue(LeadField::UtmSource, QStringLiteral("Feria"));
        QVERIFY(EventProfiles(*m_settings).set(QStringLiteral("Feria"), preset).ok());
        QVERIFY(m_settings->setValue(Settings::Key::ActiveEvent, QStringLiteral("Feria")).ok());
        QVERIFY(KioskPin(*m_settings, m_secrets).set(QStringLiteral("1234")).ok());
        KioskWindow kiosk(*m_settings, *m_service, m_secrets);
        kiosk.show();
        QVERIFY(kiosk.findChild<QLabel*>(QStringLiteral("kioskTitle"))->text().contains(QLatin1String("Feria")));
        kiosk.findChild<QLineEdit*>(QStringLiteral("kioskName"))->setText(QStringLiteral("Visitante Uno"));
        kiosk.findChild<QLineEdit*>(QStringLiteral("kioskPhone"))->setText(QStringLiteral("809 555 0901"));
        kiosk.findChild<QLineEdit*>(QStringLiteral("kioskEmail"))->setText(QStringLiteral("uno.kiosk@example.com"));
        kiosk.submit();
        QVERIFY(kiosk.findChild<QLabel*>(QStringLiteral("kioskError"))->text().contains(QLatin1String("consent")));
        kiosk.findChild<QCheckBox*>(QStringLiteral("kioskConsent"))->setChecked(true);
        // What the visitor read is what is recorded, even if the setting changed meanwhile.
        const QString words = m_settings->valueText(Settings::Key::KioskConsent);
        QVERIFY(m_settings->setValue(Settings::Key::KioskConsent, QStringLiteral("Otro texto")).ok());
        kiosk.submit();
        QVERIFY(kiosk.findChild<QLabel*>(QStringLiteral("kioskThanks"))
                    ->text()
                    .startsWith(QLatin1String("Thank you, Visitante!")));
        QTRY_COMPARE(m_backend->store().count(SubmissionState::Created).value(), 1);
        HistoryQuery q;
        const Submission s = m_backend->store().list(q).value().first();
        QCOMPARE(s.origin, Origin::Kiosk);
        QCOMPARE(s.event, QStringLiteral("Feria"));
        QCOMPARE(s.lead.value(LeadField::UtmSource), QStringLiteral("Feria"));
        // The tick is on record: which words, when, where; and the history says so.
        QCOMPARE(s.consent.version, Consent::versionOf(words));
        QVERIFY(qAbs(s.consent.at - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QCOMPARE(s.consent.station, QSysInfo::machineHostName());
        QCOMPARE(m_backend->store().consentText(s.consent.version).value(), words);
        auto* view = m_window->findChild<HistoryView*>();
        QTRY_VERIFY(m_window->historyModel()->rowCount() >= 1);
        view->table()->selectRow(0);
        auto* story = view->findChild<QTextBrowser*>();
        QTRY_VERIFY2(story->toPlainText().contains(words), qPrintable(story->toPlainText()));
    }

    // The form's optional "consent given" box records the same, and is cleared for the next lead.
    void formRecordsConsentWhenTicked()
    {
        for (int round = 0; round < 2; ++round) {
            type(field(*m_window, "full_name"), QStringLiteral("Consenso %1").arg(round));
            type(field(*m_window, "phone"), QStringLiteral("809 555 093%1").arg(round));
            type(field(*m_window, "email"), QStringLiteral("consenso%1@example.com").arg(round));
            auto* box = m_window->findChild<QCheckBox*>(QStringLiteral("consentGiven"));
            QVERIFY(!box->isChecked());
            if (round == 0)
                box->setChecked(true);
            QTest::keyClick(field(*m_window, "email"), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(field(*m_window, "full_name")->text(), QString());
        }
        HistoryQuery q;
        q.text = QStringLiteral("Consenso");
        QTRY_COMPARE(m_backend->store().list(q).value().size(), 2);
        const QList<Submission> rows = m_backend->store().list(q).value(); // newest first
        QVERIFY(!rows.at(0).consent.isGiven());
        QVERIFY(rows.at(1).consent.isGiven());
        QCOMPARE(rows.at(1).consent.version, Consent::versionOf(m_settings->valueText(Settings::Key::KioskConsent)));
    }

    void kioskEmptiesAnAbandonedForm()
    {
        KioskWindow kiosk(*m_settings, *m_service, m_secrets);
        kiosk.setIdleMs(200);
        kiosk.show();
        QLineEdit* name = kiosk.findChild<QLineEdit*>(QStringLiteral("kioskName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Half typed"));
        QCOMPARE(name->text(), QStringLiteral("Half typed"));
        QTRY_COMPARE(name->text(), QString()); // the next visitor never sees it
        QVERIFY(m_backend->store().list({}).value().isEmpty());
    }

    void practiceModeNeverReachesTheConfiguredServer()
    {
        // Real leads wait for the real server, which has answered nothing yet.
        QVERIFY(EventProfiles(*m_settings).set(QStringLiteral("Expo Santo Domingo"), Lead()).ok());
        QVERIFY(m_settings->setValue(Settings::Key::ActiveEvent, QStringLiteral("Expo Santo Domingo")).ok());
        QVERIFY(m_settings->sync().ok());
        const QHash<QString, QVariant> realSettings = everything(*m_settings);
        const int realLeads = m_backend->store().list({}).value().size();

        // Help › Practice mode: a practice window in this one's place, PRACTICE on it.
        auto* action = m_window->findChild<QAction*>(QStringLiteral("practiceAction"));
        QVERIFY(action && !action->isChecked());
        action->trigger();
        MainWindow* practice = m_window->practiceWindow();
        QVERIFY(practice);
        QVERIFY(practice->isPractice());
        QTRY_VERIFY(practice->isVisible());
        QVERIFY(!m_window->isVisible());
        QVERIFY(practice->windowTitle().contains(QLatin1String("Practice")));
        QVERIFY(practice->findChild<QWidget*>(QStringLiteral("practiceBar"))->isVisible());
        QVERIFY(practice->findChild<QAction*>(QStringLiteral("practiceAction"))->isChecked());
        // It starts from the real settings: the same event, the practice address.
        QCOMPARE(practice->findChild<QComboBox*>(QStringLiteral("eventCombo"))->currentText(),
            QStringLiteral("Expo Santo Domingo"));

        type(field(*practice, "full_name"), QStringLiteral("Práctica Uno"));
        type(field(*practice, "phone"), QStringLiteral("809 555 0801"));
        type(field(*practice, "email"), QStringLiteral("practica@example.com"));
        practice->submit();
        QTRY_COMPARE(practice->historyModel()->rowCount(), 1);
        QTRY_VERIFY(practice->bannerText().contains(QLatin1String("was created")));
        QTRY_VERIFY(newestState(*practice->historyModel()) == SubmissionState::Created);

        // The configured server heard nothing, the real history holds nothing new.
        QCOMPARE(m_sandbox->requestCount(), 0);
        QCOMPARE(m_backend->store().list({}).value().size(), realLeads);

        // Leaving returns to the real window, its settings untouched.
        practice->findChild<QPushButton*>(QStringLiteral("leavePracticeButton"))->click();
        QTRY_VERIFY(!m_window->practiceWindow());
        QTRY_VERIFY(m_window->isVisible());
        QVERIFY(m_settings->sync().ok());
        QCOMPARE(everything(*m_settings), realSettings);
        QCOMPARE(m_backend->store().list({}).value().size(), realLeads);
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("practiceAction"))->isChecked());
        QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("practiceBar")));

        // The practice history is its own, and is there the next time.
        QVERIFY(m_window->enterPractice());
        QTRY_COMPARE(m_window->practiceWindow()->historyModel()->rowCount(), 1);
        m_window->practiceWindow()->close(); // closing practice leaves it, it does not quit
        QTRY_VERIFY(!m_window->practiceWindow());
        QVERIFY(m_window->isVisible());
    }

    void practiceModeIgnoresTheEnvironment()
    {
        // ALTERESTATE_API_URL and ALTERESTATE_API_KEY point at the real server: practice still never goes there.
        qputenv("ALTERESTATE_API_URL", m_settings->baseUrl().toString().toUtf8());
        qputenv("ALTERESTATE_API_KEY", "real-key");
        const auto restore = qScopeGuard([] {
            qunsetenv("ALTERESTATE_API_URL");
            qunsetenv("ALTERESTATE_API_KEY");
        });
        QVERIFY(m_window->enterPractice());
        MainWindow* practice = m_window->practiceWindow();
        type(field(*practice, "full_name"), QStringLiteral("Práctica Dos"));
        type(field(*practice, "phone"), QStringLiteral("809 555 0802"));
        type(field(*practice, "email"), QStringLiteral("practica2@example.com"));
        practice->submit();
        QTRY_VERIFY(practice->bannerText().contains(QLatin1String("was created")));
        QCOMPARE(m_sandbox->requestCount(), 0);
        const QString diagnostics = practice->diagnostics();
        QVERIFY(diagnostics.contains(QLatin1String("Mode: practice")));
        QVERIFY(diagnostics.contains(QLatin1String("Address: https://practice.leadentry.invalid/api/v1/leads/")));
        QVERIFY(!diagnostics.contains(QLatin1String("ALTERESTATE_API")));
    }

    void everyPracticeWindowSaysSo()
    {
        QStringList titles;
        m_window->setSettingsRunner([&](SettingsDialog& dialog) { titles.append(dialog.windowTitle()); });
        m_window->setDialogRunner([&](QDialog& dialog) { titles.append(dialog.windowTitle()); });
        m_window->openSettings();
        QVERIFY(m_window->enterPractice());
        MainWindow* practice = m_window->practiceWindow();
        practice->openSettings();
        practice->openEventProfiles();
        practice->openImport();
        QCOMPARE(titles.size(), 4);
        QVERIFY(!titles.first().contains(QLatin1String("Practice")));
        for (const QString& title : titles.mid(1))
            QVERIFY2(title.endsWith(QStringLiteral(" — Practice")), qPrintable(title));
    }

    void practiceModeSimulatesNoInternetAndARefusedKey()
    {
        QVERIFY(m_window->enterPractice());
        MainWindow* practice = m_window->practiceWindow();
        auto* offline = practice->findChild<QCheckBox*>(QStringLiteral("practiceOffline"));
        auto* refused = practice->findChild<QCheckBox*>(QStringLiteral("practiceRefusedKey"));
        const auto enter = [practice](const QString& name, const QString& phone, const QString& email) {
            type(field(*practice, "full_name"), name);
            type(field(*practice, "phone"), phone);
            type(field(*practice, "email"), email);
            practice->submit();
        };

        // No internet: the lead waits, and says why; back online, it goes.
        offline->click();
        enter(QStringLiteral("Sin Red"), QStringLiteral("809 555 0803"), QStringLiteral("sinred@example.com"));
        QTRY_VERIFY2(practice->bannerText().contains(QLatin1String("will be sent when possible")),
            qPrintable(practice->bannerText()));
        QVERIFY(practice->bannerText().contains(QLatin1String("practice.leadentry.invalid")));
        QTRY_VERIFY(newestState(*practice->historyModel()) == SubmissionState::Queued);
        offline->click();
        QTRY_VERIFY(newestState(*practice->historyModel()) == SubmissionState::Created);

        // A refused key: delivery pauses, as with a revoked key; switched off, it resumes.
        refused->click();
        enter(QStringLiteral("Clave Mala"), QStringLiteral("809 555 0804"), QStringLiteral("clave@example.com"));
        auto* connection = practice->findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY2(connection->toolTip().contains(QLatin1String("Invalid token")), qPrintable(connection->toolTip()));
        QVERIFY(practice->findChild<QPushButton*>(QStringLiteral("fixButton"))->isVisible());
        QTRY_VERIFY(newestState(*practice->historyModel()) == SubmissionState::Queued);
        refused->click();
        QTRY_VERIFY(newestState(*practice->historyModel()) == SubmissionState::Created);
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void practiceKioskSaysPracticeAndKeepsItsPinInMemory()
    {
        m_window->setPinAsker([] { return QStringLiteral("48213579"); });
        QVERIFY(m_window->enterPractice());
        MainWindow* practice = m_window->practiceWindow();
        practice->setPinAsker([] { return QStringLiteral("48213579"); }); // its own, asked over itself
        practice->openKiosk();
        QVERIFY(practice->kiosk());
        QTRY_VERIFY(practice->kiosk()->isVisible());
        auto* band = practice->kiosk()->findChild<QLabel*>(QStringLiteral("kioskPracticeBand"));
        QVERIFY(band && band->isVisible());
        QVERIFY(band->text().contains(QLatin1String("PRACTICE")));
        // The practice PIN never reached the real keychain.
        QVERIFY(!KioskPin(*m_settings, m_secrets).isSet().value());
        // While the practice kiosk is up, practice is not left, and a launch does not get past it.
        m_window->leavePractice();
        QCOMPARE(m_window->practiceWindow(), practice);
        m_window->handleLaunch({QStringLiteral("--kiosk")});
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_window->practiceWindow(), practice);
        QVERIFY(!m_window->isVisible());
        QVERIFY(practice->kiosk()->unlock(QStringLiteral("48213579")));
        QTRY_VERIFY(!practice->kiosk());
        QTRY_VERIFY(practice->isVisible());

        // A real kiosk is not practice.
        m_window->leavePractice();
        QTRY_VERIFY(m_window->isVisible());
        m_window->openKiosk();
        QVERIFY(m_window->kiosk());
        QVERIFY(!m_window->kiosk()->findChild<QLabel*>(QStringLiteral("kioskPracticeBand"))->isVisible());
        QVERIFY(m_window->kiosk()->unlock(QStringLiteral("48213579")));
    }

    void aLaunchWithWorkLeavesPracticeAndABareOneDoesNot()
    {
        QStringList opened;
        m_window->setDialogRunner([&](QDialog& dialog) {
            if (qobject_cast<ImportDialog*>(&dialog))
                opened.append(QStringLiteral("import"));
        });
        QVERIFY(m_window->enterPractice());
        MainWindow* practice = m_window->practiceWindow();
        m_window->handleLaunch({});
        TestEnvironment::drainEventLoop();
        QCOMPARE(m_window->practiceWindow(), practice);
        QVERIFY(!m_window->isVisible());

        // A CSV opened from the file manager is real work: practice ends, the real window imports it.
        const QString path = m_store->dir.filePath(QStringLiteral("feria.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone,email\n");
        file.close();
        m_window->handleLaunch({path});
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(!m_window->practiceWindow());
        QVERIFY(m_window->isVisible());

        // `leadentry --practice` handed over starts it; with a file, the file is practice too,
        // and again while practising (nothing dropped, practice not started over).
        m_window->handleLaunch({QStringLiteral("--practice")});
        QTRY_VERIFY(m_window->practiceWindow());
        m_window->leavePractice();
        m_window->handleLaunch({QStringLiteral("--practice"), path});
        QTRY_COMPARE(opened.size(), 2);
        MainWindow* practising = m_window->practiceWindow();
        QVERIFY(practising);
        m_window->handleLaunch({QStringLiteral("--practice"), path});
        QTRY_COMPARE(opened.size(), 3);
        QCOMPARE(m_window->practiceWindow(), practising);
    }

    // Defect found in review: the window closed to the tray with leads waiting, then practice;
    // the real leads went out meanwhile, and leaving practice let the tray end the app.
    void leavingPracticeNeverEndsTheApp()
    {
        QStringList notes;
        int quits = 0;
        Tray* tray = trayTelling(notes, quits);
        const QString address = m_settings->baseUrl().toString();
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:9")).ok());
        leaveOneLeadWaiting(QStringLiteral("Espera Practica"), QStringLiteral("849 555 0185"));
        QVERIFY(!m_window->close()); // to the tray, sending
        QVERIFY(tray->isKeepingSending());
        // A later `leadentry --practice`: practice, while the real lead goes out behind it.
        m_window->handleLaunch({QStringLiteral("--practice")});
        QTRY_VERIFY(m_window->practiceWindow());
        QVERIFY(!tray->isKeepingSending()); // the person is here
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, address).ok());
        QVERIFY(m_backend->service().sendNow().ok());
        QTRY_COMPARE(m_sandbox->createdCount(), 1);
        m_window->leavePractice();
        TestEnvironment::drainEventLoop();
        QVERIFY(m_window->isVisible());
        QCOMPARE(quits, 0);
    }

private:
    // The window's tray on a desktop with a notification area: the titles of its notifications go
    // to notes, and each time it ends the app counts in quits.
    Tray* trayTelling(QStringList& notes, int& quits)
    {
        Tray* tray = m_window->tray();
        tray->setAvailable(true);
        tray->setNotifier([&notes](const QString& title, const QString&) { notes.append(title); });
        m_window->setQuitter([&quits] { ++quits; });
        return tray;
    }

    // Every key and value of a settings file.
    static QHash<QString, QVariant> everything(const Settings& settings)
    {
        QHash<QString, QVariant> all;
        for (const QString& key : settings.file().allKeys())
            all.insert(key, settings.file().value(key));
        return all;
    }

    // A new sandbox with these options, and the settings pointed at it.
    void serveWith(const SandboxOptions& options)
    {
        m_sandbox = std::make_unique<SandboxServer>(options);
        const quint16 port = m_sandbox->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_settings->setValue(Settings::Key::BaseUrl, QStringLiteral("http://127.0.0.1:%1").arg(port)).ok());
    }
    static SandboxOptions refusingEveryLead()
    {
        SandboxOptions refusing;
        refusing.failEvery = 1;
        refusing.failStatus = 400;
        return refusing;
    }

    // Typed and submitted in the form while nothing answers: one lead waits, none in flight.
    void leaveOneLeadWaiting(const QString& name, const QString& phone)
    {
        type(field(*m_window, "full_name"), name);
        type(field(*m_window, "phone"), phone);
        type(field(*m_window, "email"), QStringLiteral("waiting@example.com"));
        m_window->submit();
        QTRY_COMPARE(m_backend->store().count(SubmissionState::Queued).value(), 1);
        QTRY_COMPARE(m_service->inFlight(), 0);
    }

    qint64 submitAndWait(const QString& name, const QString& phone, const QString& email)
    {
        QSignalSpy finished(m_service, &SubmissionService::attemptFinished);
        const qint64 id = m_service->submit(acceptedLead(makeLead(name, phone, email)), Origin::Form).value();
        if (!finished.wait(5000))
            qWarning("no answer for %s", qPrintable(name));
        return id;
    }

    std::unique_ptr<StoreFixture> m_store;
    MemorySecretStore m_secrets;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Backend> m_backend;
    SubmissionService* m_service = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
