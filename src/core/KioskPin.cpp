#include "KioskPin.h"

#include <algorithm>

#include "core/SecretStore.h"
#include "core/Settings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>

namespace {
const QString kPinKey = QStringLiteral("kiosk/pin"); // where it was kept before the keychain
constexpr int kPinRounds = 100000;

QByteArray pinDigest(const QString& pin, const QByteArray& salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, kPinRounds, 32);
}
} // namespace

QString KioskPin::secretName() const
{
    // One per settings file: each LEADENTRY_HOME profile has its own kiosk and its own PIN.
    const QByteArray file = QFileInfo(m_settings.fileName()).absoluteFilePath().toUtf8();
    return QStringLiteral("kiosk-pin-verifier-")
        + QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex().left(12));
}

KioskPin::KioskPin(Settings& settings, SecretStore& secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{ }

QString KioskPin::problem(const QString& pin)
{
    const bool digitsOnly = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); });
    if (pin.size() < kMinimumLength || !digitsOnly)
        return tr("The kiosk PIN needs at least %1 digits, and digits only.").arg(kMinimumLength);
    return {};
}

QString KioskPin::unavailable(const SecretResult& r) const
{
    return tr("The kiosk PIN is kept in %1, which cannot be used: %2").arg(m_secrets.description(), r.error);
}

Result<QString> KioskPin::verifier() const
{
    // A verifier from before it moved to the keychain: moved now, and gone from the file.
    QSettings& file = m_settings.file();
    if (file.contains(kPinKey)) {
        const QString old = file.value(kPinKey).toString();
        if (const SecretResult moved = m_secrets.write(secretName(), old); !moved.ok())
            return Failure {unavailable(moved)};
        file.remove(kPinKey);
        if (const Status synced = m_settings.sync(); !synced)
            return Failure {synced.error()};
        return old;
    }
    const SecretResult r = m_secrets.read(secretName());
    if (r.status == SecretResult::Status::NotFound)
        return QString();
    if (!r.ok())
        return Failure {unavailable(r)};
    return r.value;
}

Status KioskPin::set(const QString& pin)
{
    if (pin.isEmpty()) {
        m_settings.file().remove(kPinKey);
        const SecretResult removed = m_secrets.remove(secretName());
        if (!removed.ok() && removed.status != SecretResult::Status::NotFound)
            return Failure {unavailable(removed)};
        return m_settings.sync();
    }
    if (const QString refused = problem(pin); !refused.isEmpty())
        return Failure {refused};
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    const QString verifier = QString::fromLatin1(salt.toHex() + ':' + pinDigest(pin, salt).toHex());
    if (const SecretResult stored = m_secrets.write(secretName(), verifier); !stored.ok())
        return Failure {unavailable(stored)};
    m_settings.file().remove(kPinKey); // never one in the file beside it
    return m_settings.sync();
}

Result<bool> KioskPin::isSet() const
{
    const Result<QString> v = verifier();
    if (!v)
        return Failure {v.error()};
    return !v->isEmpty();
}

Result<bool> KioskPin::check(const QString& pin) const
{
    const Result<QString> v = verifier();
    if (!v)
        return Failure {v.error()};
    const QList<QByteArray> parts = v->toLatin1().split(':');
    if (parts.size() != 2)
        return false;
    const QByteArray expected = QByteArray::fromHex(parts.at(1));
    const QByteArray actual = pinDigest(pin, QByteArray::fromHex(parts.at(0)));
    // Compared in constant time: the kiosk is in a public place.
    if (expected.size() != actual.size())
        return false;
    int difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= actual.at(i) ^ expected.at(i);
    return difference == 0;
}
