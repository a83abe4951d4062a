#include "WindowsCredentialStore.h"

#include "SystemSecretStore.h"

#include <string>

// windows.h first: wincred.h uses its types.
#include <windows.h>

#include <wincred.h>

namespace {
SecretResult withStatus(SecretResult::Status status)
{
    SecretResult r;
    r.status = status;
    return r;
}

// A call that failed: an absent credential is NotFound; no logon session means no store at all;
// anything else is an error saying what failed.
SecretResult failed(const QString& what)
{
    const DWORD code = ::GetLastError();
    if (code == ERROR_NOT_FOUND)
        return withStatus(SecretResult::Status::NotFound);
    SecretResult r = withStatus(
        code == ERROR_NO_SUCH_LOGON_SESSION ? SecretResult::Status::Unavailable : SecretResult::Status::Failed);
    r.error = WindowsCredentialStore::tr("%1 (Windows error %2)").arg(what).arg(code);
    return r;
}
} // namespace

std::unique_ptr<SecretStore> makeSystemSecretStore(const QString& service)
{
    return std::make_unique<WindowsCredentialStore>(service);
}

WindowsCredentialStore::WindowsCredentialStore(QString service)
    : m_service(std::move(service))
{ }

std::wstring WindowsCredentialStore::target(const QString& name) const
{
    return QString(m_service + u'/' + name).toStdWString();
}

QString WindowsCredentialStore::description() const
{
    return tr("the Windows Credential Manager");
}

SecretResult WindowsCredentialStore::read(const QString& name)
{
    PCREDENTIALW credential = nullptr;
    const std::wstring key = target(name);
    if (!::CredReadW(key.c_str(), CRED_TYPE_GENERIC, 0, &credential))
        return failed(tr("The secret could not be read"));
    SecretResult r = withStatus(SecretResult::Status::Ok);
    r.value = QString::fromUtf8(reinterpret_cast<const char*>(credential->CredentialBlob),
        static_cast<qsizetype>(credential->CredentialBlobSize));
    ::SecureZeroMemory(credential->CredentialBlob, credential->CredentialBlobSize);
    ::CredFree(credential);
    return r;
}

SecretResult WindowsCredentialStore::write(const QString& name, const QString& secret)
{
    QByteArray blob = secret.toUtf8();
    std::wstring key = target(name);
    std::wstring user = m_service.toStdWString();
    CREDENTIALW credential {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = key.data();
    credential.UserName = user.data();
    credential.CredentialBlobSize = static_cast<DWORD>(blob.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    const bool written = ::CredWriteW(&credential, 0);
    const SecretResult result = written ? SecretResult {} : failed(tr("The secret could not be stored"));
    blob.fill('\0');
    if (!written)
        return result;
    return withStatus(SecretResult::Status::Ok);
}

SecretResult WindowsCredentialStore::remove(const QString& name)
{
    const std::wstring key = target(name);
    if (!::CredDeleteW(key.c_str(), CRED_TYPE_GENERIC, 0)) {
        SecretResult r = failed(tr("The secret could not be removed"));
        // Removing what is not there leaves the store as asked: not an error.
        return r.status == SecretResult::Status::NotFound ? withStatus(SecretResult::Status::Ok) : r;
    }
    return withStatus(SecretResult::Status::Ok);
}
