#include "core/Settings.h"
#include "core/Translations.h"
#include "gui/MainWindow.h"
#include "secrets/SystemSecretStore.h"
#include "service/Backend.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
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
    QIcon icon;
    for (const char* size : {"64", "256"})
        icon.addFile(QStringLiteral(":/icons/%1/" LEADENTRY_APP_ID ".png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(icon);

    Settings settings;
    Translations::install(app, settings.language());

    const std::unique_ptr<SecretStore> secretStore = makeSystemSecretStore();
    SecretStore& secrets = *secretStore;
    Backend backend(settings, secrets);
    if (const Status opened = backend.open(); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "LeadEntry cannot start"), opened.error());
        return 1;
    }

    MainWindow window(backend);
    // `--exit-after-startup` quits once the window has been painted: for start-up benchmarks and smoke tests.
    const bool exitAfterStartup = QCoreApplication::arguments().contains(QStringLiteral("--exit-after-startup"));
    // `--import FILE` opens the import dialog on that file (for file managers' "Open with").
    const QStringList args = QCoreApplication::arguments();
    const qsizetype importAt = args.indexOf(QStringLiteral("--import"));
    const QString importFile = importAt > 0 ? args.value(importAt + 1) : QString();
    AfterFirstPaint startWork([&backend, &window, exitAfterStartup, importFile] {
        if (exitAfterStartup) {
            QCoreApplication::quit();
            return;
        }
        window.startDelivery();
        backend.watchReachability();
        if (!importFile.isEmpty())
            QTimer::singleShot(0, &window, [&window, importFile] { window.openImport(importFile); });
    });
    window.installEventFilter(&startWork);
    window.show();
    return QApplication::exec();
}
