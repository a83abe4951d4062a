#include "LeadValidator.h"

#include "PhoneNumbers.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {
bool isRefusedControl(QChar c, FieldKind kind)
{
    if (kind == FieldKind::MultilineText && (c == u'\n' || c == u'\r' || c == u'\t'))
        return false;
    const auto category = c.category();
    // Cc (C0/C1 controls), plus unpaired surrogates and non-characters an odd encoding can leave behind.
    if (category == QChar::Other_Control)
        return true;
    if (c.isSurrogate())
        return false; // checked as pairs below
    return c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
}

// Invisible characters that change how text reads or compares: bidi overrides and marks,
// zero-width spaces, word joiners, byte-order marks, soft hyphens (Unicode category Cf). Notes
// keep the two joiners, which emoji sequences and some scripts need.
std::optional<char32_t> invisibleCharacter(const QString& text, FieldKind kind)
{
    // Whole code points: the tag characters (U+E0001…U+E007F) are invisible too, beyond U+FFFF.
    for (const char32_t c : text.toUcs4()) {
        if (QChar::category(c) != QChar::Other_Format)
            continue;
        if (kind == FieldKind::MultilineText && (c == 0x200C || c == 0x200D))
            continue;
        return c;
    }
    return std::nullopt;
}

bool hasBrokenSurrogates(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}
} // namespace

bool ValidationResult::hasErrors() const
{
    return std::any_of(
        issues.cbegin(), issues.cend(), [](const FieldIssue& i) { return i.severity == FieldIssue::Severity::Error; });
}

bool ValidationResult::hasWarnings() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
        [](const FieldIssue& i) { return i.severity == FieldIssue::Severity::Warning; });
}

QList<FieldIssue> ValidationResult::issuesFor(LeadField field) const
{
    QList<FieldIssue> found;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(found),
        [field](const FieldIssue& i) { return i.field == field; });
    return found;
}

std::optional<AcceptedLead> ValidationResult::accept(bool warningsAccepted) const
{
    if (!isAcceptable(warningsAccepted))
        return std::nullopt;
    return AcceptedLead(lead, phoneE164, defaultRegion);
}

LeadValidator::LeadValidator(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
{ }

ValidationResult LeadValidator::validate(const Lead& lead) const
{
    ValidationResult result;
    result.lead = lead.trimmed();
    result.defaultRegion = m_defaultRegion;
    for (const auto& info : LeadFields::all())
        checkField(info.field, result.lead.value(info.field), result.issues, &result.phoneE164, &result.phoneRegion);
    return result;
}

QList<FieldIssue> LeadValidator::validateField(LeadField field, const QString& value) const
{
    QList<FieldIssue> issues;
    checkField(field, value.trimmed(), issues, nullptr, nullptr);
    return issues;
}

void LeadValidator::checkField(
    LeadField field, const QString& value, QList<FieldIssue>& issues, QString* e164, QString* region) const
{
    const LeadFieldInfo& info = LeadFields::info(field);
    const auto error = [&](const QString& message) { issues.append({field, FieldIssue::Severity::Error, message}); };

    if (value.isEmpty()) {
        if (info.required)
            error(tr("Required."));
        return;
    }
    if (value.contains(QChar::ReplacementCharacter)) {
        error(tr("Contains \"�\", left where text could not be read in its encoding; retype it."));
        return;
    }
    if (const std::optional<char32_t> invisible = invisibleCharacter(value, info.kind)) {
        const QString code = QString::number(static_cast<uint>(*invisible), 16).toUpper().rightJustified(4, u'0');
        error(tr("Contains an invisible character (U+%1) that changes how the text reads; remove it.").arg(code));
        return;
    }
    if (std::any_of(value.cbegin(), value.cend(), [&](QChar c) { return isRefusedControl(c, info.kind); })
        || hasBrokenSurrogates(value)) {
        error(tr("Contains control or invalid characters; retype it."));
        return;
    }
    const qsizetype length = codePointCount(value);
    if (length > info.maxLength) {
        error(tr("Too long: %1 characters, at most %2.").arg(length).arg(info.maxLength));
        return;
    }

    switch (info.kind) {
    case FieldKind::Email:
        if (!isValidEmail(value))
            error(tr("Not a valid email address (expected name@example.com)."));
        break;
    case FieldKind::Phone: {
        const PhoneNumbers::Check check = PhoneNumbers::check(value, m_defaultRegion);
        if (e164)
            *e164 = check.e164;
        if (region)
            *region = check.region;
        switch (check.status) {
        case PhoneNumbers::Status::Empty:
        case PhoneNumbers::Status::Valid:
            break;
        case PhoneNumbers::Status::NotANumber:
            error(tr("Not a phone number: use digits, spaces, '+', '-' or parentheses."));
            break;
        case PhoneNumbers::Status::Impossible:
            error(tr("Not a possible phone number: check the number of digits and the country code."));
            break;
        case PhoneNumbers::Status::Unavailable:
            error(tr("Phone numbers cannot be checked: %1. Reinstall LeadEntry.").arg(PhoneNumbers::moduleProblem()));
            break;
        case PhoneNumbers::Status::Unverified:
            issues.append({field, FieldIssue::Severity::Warning,
                tr("%1 is not a known number in its country's numbering plan; send it only if you are sure.")
                    .arg(check.e164)});
            break;
        }
        break;
    }
    case FieldKind::Text:
        if (value.contains(u'\n') || value.contains(u'\r'))
            error(tr("Must be a single line."));
        break;
    case FieldKind::MultilineText:
        break;
    }
}

bool LeadValidator::isValidEmail(const QString& email)
{
    // Deliberately practical rather than RFC 5322 complete: one '@', a non-empty local part without
    // spaces, and a dotted domain whose labels are letters (any script), digits or hyphens.
    static const QRegularExpression pattern(
        QStringLiteral(
            "^[^\\s@\"(),:;<>\\[\\\\\\]]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return false;
    const qsizetype at = email.indexOf(u'@');
    const QStringView local = QStringView(email).left(at);
    return local.size() <= 64 && !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(u"..");
}

qsizetype LeadValidator::codePointCount(const QString& text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isLowSurrogate(); });
}
