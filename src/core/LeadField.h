#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The 18 fields of AlterEstate's Leads API. The table in LeadField.cpp is the single description of
// each field that the form, the CLI, CSV import and the JSON mapping all read.
enum class LeadField {
    FullName,
    Phone,
    Email,
    PropertyUid,
    UtmSource,
    UtmCampaign,
    UtmContent,
    UtmMedium,
    UtmTerm,
    AdsetName,
    CampaignName,
    FormName,
    Platform,
    RoundRobin,
    ListingType,
    Related,
    Notes,
    Via,
};

inline constexpr int LeadFieldCount = 18;

enum class FieldKind {
    Text,
    Phone,
    Email,
    MultilineText,
};

struct LeadFieldInfo
{
    LeadField field;
    const char* apiName; // "utm_source"; the CLI option is derived: "--utm-source"
    const char* label; // English source text, translated in context "LeadField"
    const char* csvAliases; // '|'-separated header names other than apiName, compared case- and accent-insensitively
    int maxLength; // in Unicode code points
    const char* description; // what the field means, for tooltips and screen readers (context "LeadField")
    bool required;
    FieldKind kind;
};

namespace LeadFields {
const std::array<LeadFieldInfo, LeadFieldCount>& all();
const LeadFieldInfo& info(LeadField field);
QString apiName(LeadField field);
QString cliOption(LeadField field); // "utm-source"
QString label(LeadField field); // translated
QString description(LeadField field); // translated
QStringList csvAliases(LeadField field);
std::optional<LeadField> fromApiName(QStringView name);
// A CSV header cell matched against API names and aliases, ignoring case, accents, spaces, '-' and '_'.
std::optional<LeadField> fromCsvHeader(QStringView header);
// listing_type as the form offers it: "rent" or "buy" for the words people write for them, in
// Spanish or English ("comprar", "Alquiler", "Renta", "purchase"…); anything else as it is.
QString canonicalListingType(const QString& value);
} // namespace LeadFields
