#include "Submission.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSysInfo>

namespace SubmissionStates {

QString name(SubmissionState state)
{
    switch (state) {
    case SubmissionState::Queued:
        return QStringLiteral("queued");
    case SubmissionState::Sending:
        return QStringLiteral("sending");
    case SubmissionState::Created:
        return QStringLiteral("created");
    case SubmissionState::Duplicate:
        return QStringLiteral("duplicate");
    case SubmissionState::Rejected:
        return QStringLiteral("rejected");
    case SubmissionState::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return QStringLiteral("queued");
}

std::optional<SubmissionState> fromName(const QString& text)
{
    for (const SubmissionState s : all()) {
        if (text.trimmed().compare(name(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString label(SubmissionState state)
{
    switch (state) {
    case SubmissionState::Queued:
        return QCoreApplication::translate("SubmissionState", "Queued");
    case SubmissionState::Sending:
        return QCoreApplication::translate("SubmissionState", "Sending");
    case SubmissionState::Created:
        return QCoreApplication::translate("SubmissionState", "Created");
    case SubmissionState::Duplicate:
        return QCoreApplication::translate("SubmissionState", "Duplicate");
    case SubmissionState::Rejected:
        return QCoreApplication::translate("SubmissionState", "Rejected");
    case SubmissionState::Unconfirmed:
        return QCoreApplication::translate("SubmissionState", "Unconfirmed");
    }
    return {};
}

bool isFinal(SubmissionState state)
{
    return state != SubmissionState::Queued && state != SubmissionState::Sending;
}

QList<SubmissionState> all()
{
    return {SubmissionState::Queued, SubmissionState::Sending, SubmissionState::Created, SubmissionState::Duplicate,
        SubmissionState::Rejected, SubmissionState::Unconfirmed};
}

} // namespace SubmissionStates

namespace Origins {

QString name(Origin origin)
{
    switch (origin) {
    case Origin::Form:
        return QStringLiteral("form");
    case Origin::Kiosk:
        return QStringLiteral("kiosk");
    case Origin::Cli:
        return QStringLiteral("cli");
    case Origin::Import:
        return QStringLiteral("import");
    }
    return QStringLiteral("form");
}

std::optional<Origin> fromName(const QString& text)
{
    for (const Origin o : {Origin::Form, Origin::Kiosk, Origin::Cli, Origin::Import}) {
        if (text == name(o))
            return o;
    }
    return std::nullopt;
}

QString label(Origin origin)
{
    switch (origin) {
    case Origin::Form:
        return QCoreApplication::translate("Origin", "the form");
    case Origin::Kiosk:
        return QCoreApplication::translate("Origin", "the kiosk");
    case Origin::Cli:
        return QCoreApplication::translate("Origin", "the command line");
    case Origin::Import:
        return QCoreApplication::translate("Origin", "a CSV import");
    }
    return {};
}

} // namespace Origins

QString Consent::versionOf(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

Consent Consent::givenTo(const QString& text, qint64 atMs)
{
    Consent c;
    c.text = text;
    c.version = versionOf(text);
    c.at = atMs;
    c.station = QSysInfo::machineHostName();
    return c;
}
