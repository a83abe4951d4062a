#pragma once

#include "core/MemorySecretStore.h"
#include "core/Settings.h"
#include "sandbox/SandboxNetwork.h"
#include "service/Backend.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

Q_DECLARE_METATYPE(Status)

// A backend whose server is the sandbox, in this process (every platform, Windows included).
struct CatalogFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<SandboxNetwork> network;
    std::unique_ptr<Backend> backend;

    explicit CatalogFixture(SandboxOptions options = {}, const QString& token = QStringLiteral("public-token"))
    {
        qRegisterMetaType<Status>();
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("s.ini")));
        (void)settings->setValue(Settings::Key::BaseUrl, QStringLiteral("https://catalog.example.invalid"));
        (void)secrets.write(ApiKey::secretName(), QStringLiteral("key"));
        if (!token.isEmpty())
            (void)secrets.write(PublicToken::secretName(), token);
        network = std::make_unique<SandboxNetwork>(std::move(options));
        backend = std::make_unique<Backend>(*settings, secrets, dir.filePath(QStringLiteral("h.sqlite")), *network);
        const Status opened = backend->open();
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
    }
    CatalogService& catalog() { return backend->catalog(); }

    // Runs a refresh to its end: empty on success, else the message.
    QString refresh()
    {
        QSignalSpy done(&catalog(), &CatalogService::refreshFinished);
        if (!catalog().refresh())
            return QStringLiteral("not started");
        if (!done.wait(20000))
            return QStringLiteral("no end");
        return done.first().first().value<Status>().error();
    }
};
