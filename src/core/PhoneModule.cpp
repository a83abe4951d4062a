// The phone-number module (leadentry-phone): everything that needs libphonenumber, loaded by
// PhoneNumbers.cpp at the first call that needs it (PhoneModuleApi.h).
#include "PhoneModuleApi.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
PhoneNumberUtil& util()
{
    // libphonenumber logs parse failures to stdout by default; the CLI's output must stay clean.
    static PhoneNumberUtil* instance = [] {
        PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        util->SetLogger(new i18n::phonenumbers::NullLogger());
        return util;
    }();
    return *instance;
}

bool hasLetters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// The usual ways of writing a North American number ("(809) 555-0123", "809.555.0123",
// "1-809-555-0123", "+1 809 555 0123") read without libphonenumber's general parser, whose regular
// expressions are most of an import's time: into the number that parser makes of them (a test
// holds the two to the same answers, tst_leadvalidator). Ten digits from a region of the plan, or
// its country code 1 first, with or without '+'; an area code starts with 2 to 9. Anything else
// (letters, other signs, other lengths, other countries) goes to the parser.
bool readNorthAmerican(const QString& text, int defaultCountryCode, PhoneNumber* number)
{
    constexpr qsizetype kNational = 10;
    bool plus = false;
    std::string digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9') {
            if (static_cast<qsizetype>(digits.size()) > kNational)
                return false;
            digits.push_back(static_cast<char>(c));
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return false;
        }
    }
    const auto count = static_cast<qsizetype>(digits.size());
    if (count == kNational + 1 && digits.front() == '1' && (plus || defaultCountryCode == 1))
        digits.erase(0, 1); // the country code, after '+' or, from a region of the plan, without it
    else if (count != kNational || plus || defaultCountryCode != 1)
        return false;
    if (digits.front() < '2')
        return false;
    number->set_country_code(1);
    number->set_national_number(std::stoull(digits));
    return true;
}

PhoneNumbers::Check check(const QString& typed, const QString& defaultRegion)
{
    PhoneNumbers::Check result;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return result;
    // libphonenumber reads letters as keypad digits (1-800-FLOWERS); a lead's phone with letters is a typo.
    if (hasLetters(text)) {
        result.status = PhoneNumbers::Status::NotANumber;
        return result;
    }
    PhoneNumber number;
    const std::string regionCode = defaultRegion.toUpper().toStdString();
    const bool read = readNorthAmerican(text, util().GetCountryCodeForRegion(regionCode), &number)
        || util().Parse(text.toStdString(), regionCode, &number) == PhoneNumberUtil::NO_PARSING_ERROR;
    if (!read) {
        result.status = PhoneNumbers::Status::NotANumber;
        return result;
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    result.e164 = QString::fromStdString(e164);

    // IS_POSSIBLE_LOCAL_ONLY (a 7-digit local number) cannot be dialled from AlterEstate's side.
    const bool possible = util().IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE;
    // The region is looked up once (IsValidNumber would look it up again), and the default region
    // is tried first: most numbers are from there, and a +1 number otherwise means testing each of
    // the plan's twenty-five countries in turn, which is most of an import's time.
    std::string region;
    bool valid = possible && number.country_code() == util().GetCountryCodeForRegion(regionCode)
        && util().IsValidNumberForRegion(number, regionCode);
    if (valid) {
        region = regionCode;
    } else {
        util().GetRegionCodeForNumber(number, &region);
        valid = possible && util().IsValidNumberForRegion(number, region);
    }
    if (region != "ZZ")
        result.region = QString::fromStdString(region);
    result.status = !possible ? PhoneNumbers::Status::Impossible
        : valid               ? PhoneNumbers::Status::Valid
                              : PhoneNumbers::Status::Unverified;
    return result;
}

QString formatAsYouType(const QString& typed, const QString& defaultRegion)
{
    if (hasLetters(typed))
        return typed;
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter(
        util().GetAsYouTypeFormatter(defaultRegion.toUpper().toStdString()));
    std::string result;
    bool fed = false;
    for (const QChar c : typed) {
        if (c.isDigit() || c == u'+') {
            formatter->InputDigit(static_cast<char32_t>(c.unicode()), &result);
            fed = true;
        }
    }
    return fed ? QString::fromStdString(result) : typed;
}

QStringList supportedRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList list;
    list.reserve(static_cast<qsizetype>(regions.size()));
    for (const auto& r : regions)
        list.append(QString::fromStdString(r));
    return list;
}

} // namespace

extern "C" Q_DECL_EXPORT const PhoneModuleApi* leadentry_phone_module()
{
    static const PhoneModuleApi api {PhoneModuleApi::kVersion, &check, &formatAsYouType, &supportedRegions};
    return &api;
}
