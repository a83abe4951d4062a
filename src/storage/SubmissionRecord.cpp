#include "SubmissionRecord.h"

#include "core/LeadField.h"

#include <QDateTime>
#include <QJsonValue>

namespace {
QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QList<QPair<QString, QJsonValue>> fields(const Submission& s)
{
    QList<QPair<QString, QJsonValue>> r;
    r.append({QStringLiteral("id"), s.id});
    for (const auto& info : LeadFields::all())
        r.append({LeadFields::apiName(info.field), s.lead.value(info.field)});
    r.append({QStringLiteral("state"), SubmissionStates::name(s.state)});
    r.append({QStringLiteral("uncertain"), s.uncertain});
    r.append({QStringLiteral("remote_id"), s.remoteId});
    r.append({QStringLiteral("uid"), s.uid});
    r.append({QStringLiteral("deal_id"), s.dealId});
    r.append({QStringLiteral("log_id"), s.logId});
    r.append({QStringLiteral("message"), s.message});
    r.append({QStringLiteral("attempts"), s.attempts});
    r.append({QStringLiteral("origin"), Origins::name(s.origin)});
    r.append({QStringLiteral("event"), s.event});
    r.append({QStringLiteral("created_at"), isoTime(s.createdAt)});
    r.append({QStringLiteral("updated_at"), isoTime(s.updatedAt)});
    r.append({QStringLiteral("resubmission_of"), s.resubmissionOf > 0 ? QJsonValue(s.resubmissionOf) : QJsonValue()});
    r.append({QStringLiteral("consent_version"), s.consent.version});
    r.append({QStringLiteral("consent_at"), isoTime(s.consent.at)});
    r.append({QStringLiteral("consent_station"), s.consent.station});
    return r;
}
} // namespace

namespace SubmissionRecord {

QStringList columns()
{
    QStringList names;
    for (const auto& f : fields(Submission {}))
        names.append(f.first);
    return names;
}

QJsonObject toJson(const Submission& s)
{
    QJsonObject o;
    for (const auto& [key, value] : fields(s))
        o.insert(key, value);
    return o;
}

QStringList toCsvFields(const Submission& s)
{
    QStringList out;
    for (const auto& f : fields(s)) {
        const QJsonValue& v = f.second;
        if (v.isBool())
            out.append(v.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        else if (v.isDouble())
            out.append(QString::number(v.toInteger()));
        else
            out.append(v.toString());
    }
    return out;
}

} // namespace SubmissionRecord
