#include "LeadField.h"

#include <QCoreApplication>

namespace {
// clang-format off
constexpr std::array<LeadFieldInfo, LeadFieldCount> kFields{{
    {LeadField::FullName, "full_name", QT_TRANSLATE_NOOP("LeadField", "Full name"),
     "name|nombre|nombre completo|nombres|cliente|fullname", 150,
     QT_TRANSLATE_NOOP("LeadField", "The lead's full name."), true, FieldKind::Text},
    {LeadField::Phone, "phone", QT_TRANSLATE_NOOP("LeadField", "Phone"),
     "telefono|tel|celular|movil|whatsapp|phone number|numero", 32,
     QT_TRANSLATE_NOOP("LeadField", "The lead's phone number; numbers without + are read in the default country."), true, FieldKind::Phone},
    {LeadField::Email, "email", QT_TRANSLATE_NOOP("LeadField", "Email"),
     "e-mail|correo|correo electronico|email address|mail", 254,
     QT_TRANSLATE_NOOP("LeadField", "The lead's email address."), true, FieldKind::Email},
    {LeadField::PropertyUid, "property_uid", QT_TRANSLATE_NOOP("LeadField", "Property UID"),
     "property|propiedad|inmueble", 64,
     QT_TRANSLATE_NOOP("LeadField", "The unique identifier of the property the lead asks about."), false, FieldKind::Text},
    {LeadField::UtmSource, "utm_source", QT_TRANSLATE_NOOP("LeadField", "UTM source"),
     "source|fuente|origen", 255,
     QT_TRANSLATE_NOOP("LeadField", "Where the lead came from, such as Facebook or Google."), false, FieldKind::Text},
    {LeadField::UtmCampaign, "utm_campaign", QT_TRANSLATE_NOOP("LeadField", "UTM campaign"),
     "", 255,
     QT_TRANSLATE_NOOP("LeadField", "The name of the UTM campaign."), false, FieldKind::Text},
    {LeadField::UtmContent, "utm_content", QT_TRANSLATE_NOOP("LeadField", "UTM content"),
     "", 255,
     QT_TRANSLATE_NOOP("LeadField", "The ad creative or content the lead saw."), false, FieldKind::Text},
    {LeadField::UtmMedium, "utm_medium", QT_TRANSLATE_NOOP("LeadField", "UTM medium"),
     "medium|medio", 255,
     QT_TRANSLATE_NOOP("LeadField", "The medium, such as cpc or email."), false, FieldKind::Text},
    {LeadField::UtmTerm, "utm_term", QT_TRANSLATE_NOOP("LeadField", "UTM term"),
     "", 255,
     QT_TRANSLATE_NOOP("LeadField", "The search keyword."), false, FieldKind::Text},
    {LeadField::AdsetName, "adset_name", QT_TRANSLATE_NOOP("LeadField", "Ad set"),
     "adset|ad set|conjunto de anuncios", 255,
     QT_TRANSLATE_NOOP("LeadField", "The name of the ad set."), false, FieldKind::Text},
    {LeadField::CampaignName, "campaign_name", QT_TRANSLATE_NOOP("LeadField", "Campaign"),
     "campaign|campana", 255,
     QT_TRANSLATE_NOOP("LeadField", "The name of the campaign."), false, FieldKind::Text},
    {LeadField::FormName, "form_name", QT_TRANSLATE_NOOP("LeadField", "Form"),
     "form|formulario", 255,
     QT_TRANSLATE_NOOP("LeadField", "The form that collected the lead."), false, FieldKind::Text},
    {LeadField::Platform, "platform", QT_TRANSLATE_NOOP("LeadField", "Platform"),
     "plataforma|red social", 100,
     QT_TRANSLATE_NOOP("LeadField", "The platform the lead came from, such as Facebook or Instagram."), false, FieldKind::Text},
    {LeadField::RoundRobin, "round_robin", QT_TRANSLATE_NOOP("LeadField", "Round-robin rule"),
     "round robin|regla de asignacion", 64,
     QT_TRANSLATE_NOOP("LeadField", "The identifier of the round-robin rule that assigns the lead; it wins over the assigned agent."), false, FieldKind::Text},
    {LeadField::ListingType, "listing_type", QT_TRANSLATE_NOOP("LeadField", "Listing type"),
     "tipo|tipo de operacion|operacion|interes", 32,
     QT_TRANSLATE_NOOP("LeadField", "Whether the lead wants to rent or to buy."), false, FieldKind::Text},
    {LeadField::Related, "related", QT_TRANSLATE_NOOP("LeadField", "Assigned agent (email)"),
     "agent|agente|asesor|agent email|correo del agente", 254,
     QT_TRANSLATE_NOOP("LeadField", "The email of the agent to assign the lead to."), false, FieldKind::Email},
    {LeadField::Notes, "notes", QT_TRANSLATE_NOOP("LeadField", "Notes"),
     "note|message|comments|notas|nota|mensaje|comentarios|observaciones", 4000,
     QT_TRANSLATE_NOOP("LeadField", "Extra notes or the lead's message."), false, FieldKind::MultilineText},
    {LeadField::Via, "via", QT_TRANSLATE_NOOP("LeadField", "Channel (via)"),
     "channel|canal", 64,
     QT_TRANSLATE_NOOP("LeadField", "The channel the lead arrived through, such as WhatsApp or a web form."), false, FieldKind::Text},
}};
// clang-format on

// Folds a header cell for comparison: lower case, accents removed, spaces, '-' and '_' dropped.
QString foldHeader(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.isSpace() || c == u'-' || c == u'_')
            continue;
        folded.append(c);
    }
    return folded;
}
} // namespace

namespace LeadFields {

const std::array<LeadFieldInfo, LeadFieldCount>& all()
{
    return kFields;
}

const LeadFieldInfo& info(LeadField field)
{
    return kFields[static_cast<std::size_t>(field)];
}

QString apiName(LeadField field)
{
    return QString::fromLatin1(info(field).apiName);
}

QString cliOption(LeadField field)
{
    return apiName(field).replace(u'_', u'-');
}

QString label(LeadField field)
{
    return QCoreApplication::translate("LeadField", info(field).label);
}

QString description(LeadField field)
{
    return QCoreApplication::translate("LeadField", info(field).description);
}

QStringList csvAliases(LeadField field)
{
    const QString aliases = QString::fromUtf8(info(field).csvAliases);
    return aliases.isEmpty() ? QStringList {} : aliases.split(u'|');
}

std::optional<LeadField> fromApiName(QStringView name)
{
    for (const auto& f : kFields) {
        if (name == QLatin1String(f.apiName))
            return f.field;
    }
    return std::nullopt;
}

QString canonicalListingType(const QString& value)
{
    static const QStringList rent {QStringLiteral("rent"), QStringLiteral("rental"), QStringLiteral("renting"),
        QStringLiteral("lease"), QStringLiteral("alquilar"), QStringLiteral("alquiler"), QStringLiteral("renta"),
        QStringLiteral("rentar"), QStringLiteral("arrendar"), QStringLiteral("arriendo")};
    static const QStringList buy {QStringLiteral("buy"), QStringLiteral("buying"), QStringLiteral("purchase"),
        QStringLiteral("sale"), QStringLiteral("comprar"), QStringLiteral("compra"), QStringLiteral("venta")};
    const QString folded = foldHeader(value);
    if (rent.contains(folded))
        return QStringLiteral("rent");
    if (buy.contains(folded))
        return QStringLiteral("buy");
    return value.trimmed();
}

std::optional<LeadField> fromCsvHeader(QStringView header)
{
    const QString wanted = foldHeader(header);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const auto& f : kFields) {
        if (wanted == foldHeader(QString::fromLatin1(f.apiName)))
            return f.field;
    }
    for (const auto& f : kFields) {
        for (const QString& alias : csvAliases(f.field)) {
            if (wanted == foldHeader(alias))
                return f.field;
        }
    }
    return std::nullopt;
}

} // namespace LeadFields
