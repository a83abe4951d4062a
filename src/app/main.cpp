#include "KeychainSecretStore.h"
#include "LeadsClient.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QNetworkAccessManager>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LeadEntry"));
    QApplication::setApplicationName(QStringLiteral("leadentry"));
    QApplication::setApplicationDisplayName(QStringLiteral("LeadEntry"));
    QApplication::setApplicationVersion(QStringLiteral(LEADENTRY_VERSION));

    Settings settings;
    Translations::install(app, settings.language());

    KeychainSecretStore secrets;
    const ApiKey::Resolved key = ApiKey::resolve(secrets);
    QNetworkAccessManager network;
    LeadsClient client(&network);
    client.setBaseUrl(settings.effectiveBaseUrl());
    client.setApiKey(key.key);
    client.setTimeoutMs(settings.timeoutSeconds() * 1000);

    MainWindow window(settings, client, key.problem);
    window.show();
    return QApplication::exec();
}
