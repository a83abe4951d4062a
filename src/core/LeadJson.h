#pragma once

#include "core/AcceptedLead.h"
#include "core/Lead.h"

#include <QByteArray>
#include <QJsonObject>

enum class PhoneFormat {
    E164, // "+18095550123": what AlterEstate stores anyway
    AsTyped, // exactly what the user typed (trimmed)
};

// The Leads API request body. Only non-empty fields are sent; text is sent exactly as given
// (accents, emoji), as compact UTF-8 JSON.
namespace LeadJson {
[[nodiscard]] QJsonObject toObject(const Lead& lead, PhoneFormat format, const QString& defaultRegion);
[[nodiscard]] QByteArray requestBody(const Lead& lead, PhoneFormat format, const QString& defaultRegion);
// The body of an accepted lead: its phone is already in E.164, nothing is parsed again.
[[nodiscard]] QByteArray requestBody(const AcceptedLead& lead, PhoneFormat format);
// Reads a request body's fields back; unknown keys are ignored, non-string values are read as text.
[[nodiscard]] Lead fromObject(const QJsonObject& object);
} // namespace LeadJson
