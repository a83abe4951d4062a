#include "KeychainSecretStore.h"

#include "SystemSecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
// Runs a job to completion in a local event loop, bounded by a timeout: a keychain daemon that
// never answers must not hang the app or the CLI.
SecretResult run(QKeychain::Job* job, int timeoutMs, const QString& timeoutMessage)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    SecretResult result;
    if (!done) {
        // Let the job delete itself whenever the daemon finally answers.
        QObject::disconnect(job, &QKeychain::Job::finished, nullptr, nullptr);
        job->setAutoDelete(true);
        result.status = SecretResult::Status::Unavailable;
        result.error = timeoutMessage;
        return result;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Unavailable;
        result.error = job->errorString();
        break;
    default:
        result.status = SecretResult::Status::Failed;
        result.error = job->errorString();
        break;
    }
    delete job;
    return result;
}
} // namespace

std::unique_ptr<SecretStore> makeSystemSecretStore(const QString& service)
{
    return std::make_unique<KeychainSecretStore>(service);
}

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

SecretResult KeychainSecretStore::read(const QString& name)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    // The text is read before run() deletes the job.
    QString secret;
    QObject::connect(job, &QKeychain::Job::finished, job, [job, &secret] {
        if (job->error() == QKeychain::NoError)
            secret = job->textData();
    });
    SecretResult result = run(job, m_timeoutMs, tr("the keychain did not answer in time"));
    if (result.ok())
        result.value = secret;
    return result;
}

SecretResult KeychainSecretStore::write(const QString& name, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setTextData(secret);
    return run(job, m_timeoutMs, tr("the keychain did not answer in time"));
}

SecretResult KeychainSecretStore::remove(const QString& name)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    SecretResult result = run(job, m_timeoutMs, tr("the keychain did not answer in time"));
    if (result.status == SecretResult::Status::NotFound)
        result.status = SecretResult::Status::Ok; // removing what is not there is success
    return result;
}

QString KeychainSecretStore::description() const
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#else
    return tr("the system keychain (Secret Service or KWallet)");
#endif
}
