#include "SubmissionRecord.h"

#include "core/LeadField.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace {
QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

// Local time as spreadsheets read it and people sort it.
QString localTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

struct Field
{
    QString key; // for programs
    QString label; // for people, translated
    QJsonValue value; // for programs
    QString text; // for people, when it differs from the value
};

QString label(const char* text)
{
    return QCoreApplication::translate("SubmissionRecord", text);
}

QList<Field> fields(const Submission& s)
{
    const auto yesNo = [](bool b) {
        return b ? label(QT_TRANSLATE_NOOP("SubmissionRecord", "yes"))
                 : label(QT_TRANSLATE_NOOP("SubmissionRecord", "no"));
    };
    QList<Field> r;
    r.append({QStringLiteral("id"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Local number")), s.id, {}});
    for (const auto& info : LeadFields::all())
        r.append({LeadFields::apiName(info.field), LeadFields::label(info.field), s.lead.value(info.field), {}});
    r.append({QStringLiteral("state"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "State")),
        SubmissionStates::name(s.state), SubmissionStates::label(s.state)});
    r.append({QStringLiteral("uncertain"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Uncertain")), s.uncertain,
        yesNo(s.uncertain)});
    r.append(
        {QStringLiteral("remote_id"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "AlterEstate id")), s.remoteId, {}});
    r.append({QStringLiteral("uid"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Contact uid")), s.uid, {}});
    r.append({QStringLiteral("deal_id"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Deal id")), s.dealId, {}});
    r.append({QStringLiteral("log_id"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Log id")), s.logId, {}});
    r.append({QStringLiteral("message"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Message")), s.message, {}});
    r.append({QStringLiteral("attempts"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Attempts")), s.attempts, {}});
    r.append({QStringLiteral("origin"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Entered from")),
        Origins::name(s.origin), Origins::label(s.origin)});
    r.append({QStringLiteral("event"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Event")), s.event, {}});
    r.append({QStringLiteral("created_at"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Entered at")),
        isoTime(s.createdAt), localTime(s.createdAt)});
    r.append({QStringLiteral("updated_at"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Last change")),
        isoTime(s.updatedAt), localTime(s.updatedAt)});
    r.append({QStringLiteral("resubmission_of"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Resubmits")),
        s.resubmissionOf > 0 ? QJsonValue(s.resubmissionOf) : QJsonValue(), {}});
    r.append({QStringLiteral("consent_version"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Consent text version")),
        s.consent.version, {}});
    r.append({QStringLiteral("consent_at"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Consent given at")),
        isoTime(s.consent.at), localTime(s.consent.at)});
    r.append({QStringLiteral("consent_station"), label(QT_TRANSLATE_NOOP("SubmissionRecord", "Consent station")),
        s.consent.station, {}});
    return r;
}

QString plain(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}
} // namespace

namespace SubmissionRecord {

QStringList columns(Audience audience)
{
    QStringList names;
    for (const Field& f : fields(Submission {}))
        names.append(audience == Audience::People ? f.label : f.key);
    return names;
}

QJsonObject toJson(const Submission& s)
{
    QJsonObject o;
    for (const Field& f : fields(s))
        o.insert(f.key, f.value);
    return o;
}

QStringList toCsvFields(const Submission& s, Audience audience)
{
    QStringList out;
    for (const Field& f : fields(s))
        out.append(audience == Audience::People && !f.text.isNull() ? f.text : plain(f.value));
    return out;
}

} // namespace SubmissionRecord
