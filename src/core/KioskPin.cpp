#include "KioskPin.h"

#include <algorithm>

#include "core/Settings.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>

namespace {
const QString kPinKey = QStringLiteral("kiosk/pin");
constexpr int kPinRounds = 100000;

QByteArray pinDigest(const QString& pin, const QByteArray& salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, kPinRounds, 32);
}
} // namespace

KioskPin::KioskPin(Settings& settings)
    : m_settings(settings)
{ }

QString KioskPin::problem(const QString& pin)
{
    const bool digitsOnly = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); });
    if (pin.size() < kMinimumLength || !digitsOnly)
        return tr("The kiosk PIN needs at least %1 digits, and digits only.").arg(kMinimumLength);
    return {};
}

Status KioskPin::set(const QString& pin)
{
    QSettings& file = m_settings.file();
    if (pin.isEmpty()) {
        file.remove(kPinKey);
    } else {
        if (const QString refused = problem(pin); !refused.isEmpty())
            return Failure {refused};
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
        file.setValue(kPinKey, QString::fromLatin1(salt.toHex() + ':' + pinDigest(pin, salt).toHex()));
    }
    return m_settings.sync();
}

bool KioskPin::isSet() const
{
    return m_settings.file().contains(kPinKey);
}

bool KioskPin::check(const QString& pin) const
{
    const QList<QByteArray> parts = m_settings.file().value(kPinKey).toString().toLatin1().split(':');
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
