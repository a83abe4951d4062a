#include "Clock.h"
#include "Database.h"
#include "KeychainSecretStore.h"
#include "LeadsClient.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SubmissionService.h"
#include "SubmissionStore.h"
#include "Translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkInformation>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeadEntry"));
    QApplication::setApplicationName(QStringLiteral("leadentry"));
    QApplication::setApplicationDisplayName(QStringLiteral("LeadEntry"));
    QApplication::setApplicationVersion(QStringLiteral(LEADENTRY_VERSION));

    Settings settings;
    Translations::install(app, settings.language());

    Database database(Database::defaultPath());
    if (const QString problem = database.open(); !problem.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "LeadEntry cannot start"), problem);
        return 1;
    }
    SubmissionStore store(database);
    KeychainSecretStore secrets;
    QNetworkAccessManager network;
    LeadsClient client(&network);
    SystemClock clock;
    SubmissionService service(store, client, settings, clock);
    const ApiKey::Resolved key = ApiKey::resolve(secrets);
    service.setApiKey(key.key, key.problem);
    service.recoverInterrupted();
    service.setAutomatic(true);

    // Back online: whatever waits goes at once instead of at its next retry.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, &service,
            [&service](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    service.sendNow();
            });
    }

    MainWindow window(settings, service, store, secrets);
    window.show();
    return QApplication::exec();
}
