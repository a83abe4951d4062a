#include "LeadJson.h"

#include "PhoneNumbers.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace LeadJson {

QJsonObject toObject(const Lead& lead, PhoneFormat format, const QString& defaultRegion)
{
    QJsonObject object;
    for (const auto& info : LeadFields::all()) {
        QString value = lead.value(info.field).trimmed();
        if (value.isEmpty())
            continue;
        if (info.kind == FieldKind::Phone && format == PhoneFormat::E164)
            value = PhoneNumbers::toE164(value, defaultRegion);
        object.insert(QLatin1String(info.apiName), value);
    }
    return object;
}

QByteArray requestBody(const Lead& lead, PhoneFormat format, const QString& defaultRegion)
{
    return QJsonDocument(toObject(lead, format, defaultRegion)).toJson(QJsonDocument::Compact);
}

QByteArray requestBody(const AcceptedLead& lead, PhoneFormat format)
{
    QJsonObject object = toObject(lead.lead(), PhoneFormat::AsTyped, {});
    if (format == PhoneFormat::E164 && !lead.phoneE164().isEmpty())
        object.insert(QLatin1String(LeadFields::info(LeadField::Phone).apiName), lead.phoneE164());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Lead fromObject(const QJsonObject& object)
{
    Lead lead;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field = LeadFields::fromApiName(it.key());
        if (!field)
            continue;
        const QJsonValue v = it.value();
        if (v.isString())
            lead.setValue(*field, v.toString());
        else if (v.isDouble())
            lead.setValue(*field, QString::number(v.toDouble(), 'g', 17));
        else if (v.isBool())
            lead.setValue(*field, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return lead;
}

} // namespace LeadJson
