#pragma once

#include "LeadField.h"

#include <QString>

#include <array>

// One lead as the user entered it: a value for each API field, empty when not given.
class Lead
{
public:
    Lead() = default;

    [[nodiscard]] const QString& value(LeadField field) const { return m_values[index(field)]; }
    void setValue(LeadField field, const QString& value) { m_values[index(field)] = value; }

    [[nodiscard]] QString fullName() const { return value(LeadField::FullName); }
    [[nodiscard]] QString phone() const { return value(LeadField::Phone); }
    [[nodiscard]] QString email() const { return value(LeadField::Email); }

    // Every value with surrounding white space removed; inner text (accents, emoji) untouched.
    [[nodiscard]] Lead trimmed() const;
    [[nodiscard]] bool isEmpty() const;

    friend bool operator==(const Lead& a, const Lead& b) { return a.m_values == b.m_values; }
    friend bool operator!=(const Lead& a, const Lead& b) { return !(a == b); }

private:
    static std::size_t index(LeadField field) { return static_cast<std::size_t>(field); }
    std::array<QString, LeadFieldCount> m_values;
};
