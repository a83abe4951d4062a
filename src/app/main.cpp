#include "core/AppLog.h"
#include "core/PhoneNumbers.h"
#include "core/Settings.h"
#include "core/Translations.h"
#include "gui/DeferredIconStyle.h"
#include "gui/MainWindow.h"
#include "gui/SingleInstance.h"
#include "platform/Platform.h"
#include "secrets/SystemSecretStore.h"
#include "service/Backend.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QImageReader>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPixmap>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <utility>

namespace {
// Runs a function once, after the window's first paint: work that can wait (sending, watching the
// network) does not delay the first sight of the window.
class AfterFirstPaint final : public QObject
{
public:
    explicit AfterFirstPaint(std::function<void()> then)
        : m_then(std::move(then))
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, this, std::exchange(m_then, {}));
            watched->removeEventFilter(this);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeadEntry"));
    QApplication::setApplicationName(QStringLiteral("leadentry"));
    QApplication::setApplicationDisplayName(QStringLiteral("LeadEntry"));
    QApplication::setApplicationVersion(QStringLiteral(LEADENTRY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(LEADENTRY_APP_ID));
    // The window's icon from the start, in the small size only: decoding the 256-pixel one
    // (taskbars and switchers at high density) waits until after the first paint. Each is read as
    // the PNG it is: a reader that detects the format asks every image plugin, loading each.
    const auto appIcon = [](std::initializer_list<const char*> sizes) {
        QIcon icon;
        for (const char* size : sizes) {
            QImageReader reader(QStringLiteral(":/icons/%1/" LEADENTRY_APP_ID ".png").arg(QLatin1String(size)), "png");
            reader.setAutoDetectImageFormat(false);
            icon.addPixmap(QPixmap::fromImage(reader.read()));
        }
        return icon;
    };
    QApplication::setWindowIcon(appIcon({"64"}));

    Settings settings;
    Translations::install(app, settings.language());

    // `leadentry --help`, `--version`, and the files a file manager passes ("Open with", %F).
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Enter real-estate leads and deliver them to AlterEstate."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption importOption(QStringLiteral("import"),
        QApplication::translate("main", "Open the import of this CSV file."), QApplication::translate("main", "FILE"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
        QApplication::translate("main", "Start in kiosk mode (the staff PIN is asked first)."));
    const QCommandLineOption practiceOption(QStringLiteral("practice"),
        QApplication::translate("main",
            "Start in practice mode: a simulated AlterEstate inside the app, with a history of its own; nothing is "
            "sent anywhere."));
    QCommandLineOption exitOption(QStringLiteral("exit-after-startup"));
    exitOption.setFlags(QCommandLineOption::HiddenFromHelp); // for start-up benchmarks and smoke tests
    parser.addOptions({importOption, kioskOption, practiceOption, exitOption});
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "CSV files to import, as a file manager's \"Open with\" passes them."),
        QApplication::translate("main", "[FILE…]"));
    parser.process(app);

    // `--exit-after-startup` quits once the window has been painted, and prints what start-up used
    // until then (CPU time and peak memory): for start-up benchmarks and smoke tests.
    const bool exitAfterStartup = parser.isSet(exitOption);
    // `--import FILE`, or the first file given, opens the import dialog on it (by its full path: it
    // may go to the process already running).
    QString fileToImport
        = parser.isSet(importOption) ? parser.value(importOption) : parser.positionalArguments().value(0);
    if (!fileToImport.isEmpty())
        fileToImport = QFileInfo(fileToImport).absoluteFilePath();
    const bool kiosk = parser.isSet(kioskOption);
    const bool practice = parser.isSet(practiceOption);

    // One window per user: a second launch hands its file (or --kiosk) to the first and ends.
    // Per profile: another LEADENTRY_HOME is another history, and another window.
    SingleInstance single(QStringLiteral(LEADENTRY_APP_ID "\n") + Database::defaultPath());
    if (!exitAfterStartup) {
        QStringList launch;
        if (!fileToImport.isEmpty())
            launch.append(fileToImport);
        if (kiosk)
            launch.append(QStringLiteral("--kiosk"));
        if (practice)
            launch.append(QStringLiteral("--practice"));
        if (!single.claim(launch) && single.handedOver())
            return 0;
    }

    // The log file, in the app-data folder (Help › Copy diagnostics shows its last problems),
    // with the outbox's deliveries and pauses besides every warning.
    QLoggingCategory::setFilterRules(QStringLiteral("leadentry.service.info=true"));
    if (!AppLog::install(AppLog::defaultPath()))
        qWarning("the log file %s cannot be written; messages go to the terminal only",
            qPrintable(QDir::toNativeSeparators(AppLog::defaultPath())));

    // The log's first line: written once the window is up (a line is scrubbed with regular
    // expressions, whose library and compiled patterns the first paint does not need), or before
    // the reason start-up ends.
    const auto logStarted = [] {
        qInfo("LeadEntry %s started, Qt %s, %s", LEADENTRY_VERSION, qVersion(),
            qPrintable(QSysInfo::prettyProductName()));
    };

    const std::unique_ptr<SecretStore> secretStore = makeSystemSecretStore();
    SecretStore& secrets = *secretStore;
    Backend backend(settings, secrets);
    // The history file opens after the window's first paint: SQLite and Qt's driver for it are a
    // tenth of start-up's memory. In practice mode it opens before the window: entering practice
    // brings the real window's tray and outbox into play. A file that cannot be opened ends
    // start-up with its reason (over the window when it is up).
    const auto cannotOpen = [](QWidget* over, const QString& why) {
        qWarning("the history cannot be opened: %s", qPrintable(why));
        QMessageBox::critical(over, QApplication::translate("main", "LeadEntry cannot start"), why);
    };
    if (practice) {
        if (const Status opened = backend.openHistory(); !opened) {
            logStarted();
            cannotOpen(nullptr, opened.error());
            return 1;
        }
    }

    // The style QApplication chose, with the bars' overflow icons made when first drawn: made now,
    // they load every image plugin before the first paint (gui/DeferredIconStyle.h).
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));
    MainWindow window(backend);
    QObject::connect(&single, &SingleInstance::argumentsReceived, &window, &MainWindow::handleLaunch);
    AfterFirstPaint startWork(
        [&backend, &window, exitAfterStartup, fileToImport, kiosk, practice, appIcon, logStarted, cannotOpen] {
            if (exitAfterStartup) {
                // What start-up cost, up to here (the benchmarks read it; the exit that follows is not
                // start-up).
                Platform::reportFirstPaint();
            }
            logStarted();
            if (!practice) {
                // Before anything reads it: the history's first page and the tray's count follow.
                if (const Status opened = backend.openHistory(); !opened) {
                    cannotOpen(&window, opened.error());
                    QCoreApplication::exit(1);
                    return;
                }
                window.historyOpened(); // what waits is shown while the keychain is read
            }
            if (exitAfterStartup) {
                // exit(), not quit(): quit() first closes the windows, and closing with leads waiting
                // asks the person (a benchmark's history is full of waiting leads).
                QCoreApplication::exit(0);
                return;
            }
            QApplication::setWindowIcon(appIcon({"64", "256"}));
            // The keychain is read once the window is on screen (a locked or slow keychain must not
            // hold the window back); delivery starts with the key.
            backend.loadSecrets();
            // The phone-number module, off the main thread: ready before the first phone is typed.
            QThreadPool::globalInstance()->start([] { PhoneNumbers::preload(); });
            // What this launch asked for runs once this returns, before any later launch's.
            // With --practice, the file or the kiosk is practice too.
            MainWindow* front = window.practiceWindow() ? window.practiceWindow() : &window;
            if (!fileToImport.isEmpty())
                QTimer::singleShot(0, front, [front, fileToImport] { front->openImport(fileToImport); });
            else if (kiosk)
                QTimer::singleShot(0, front, &MainWindow::openKiosk);
            window.startDelivery();
            backend.watchReachability();
        });
    // In practice mode the practice window is the one shown; the real one waits hidden, sending.
    if (practice && window.enterPractice()) {
        window.practiceWindow()->installEventFilter(&startWork);
    } else {
        window.installEventFilter(&startWork);
        window.show();
    }
    return QApplication::exec();
}
