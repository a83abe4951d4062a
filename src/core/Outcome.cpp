#include "Outcome.h"

QString Outcome::kindName(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Created:
        return QStringLiteral("created");
    case OutcomeKind::Duplicate:
        return QStringLiteral("duplicate");
    case OutcomeKind::Rejected:
        return QStringLiteral("rejected");
    case OutcomeKind::Transient:
        return QStringLiteral("transient");
    case OutcomeKind::Auth:
        return QStringLiteral("auth");
    case OutcomeKind::Config:
        return QStringLiteral("config");
    case OutcomeKind::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return QStringLiteral("unconfirmed");
}
