#pragma once

#include <QString>
#include <QStringList>

// The one place that talks to libphonenumber, so no other header drags it in. libphonenumber lives
// in a module of its own (leadentry-phone), loaded at the first call that needs it: programs start
// without it (PhoneModuleApi.h).
namespace PhoneNumbers {

// The market LeadEntry is made for: national numbers are Dominican (+1 809/829/849) unless the
// user chooses another region. The one place this default is written.
[[nodiscard]] inline QString defaultRegion()
{
    return QStringLiteral("DO");
}

enum class Status {
    Empty,
    NotANumber, // letters, or nothing libphonenumber can read as a number
    Impossible, // wrong length for its country, or an unknown country code
    Unverified, // possible, but the numbering metadata does not know it: the user must confirm
    Valid,
    Unavailable, // the phone-number module could not be loaded (moduleProblem() says why)
};

struct Check
{
    Status status = Status::Empty;
    QString e164; // "+18095550123" whenever the number could be parsed
    QString region; // "DO", "US", … the country the number belongs to, when known
};

// Loads the phone-number module now (the app does it after its first paint, off the main thread,
// so that the first phone typed does not wait for it). Safe from any thread; once.
void preload();
// Why the module could not be loaded (translated), or empty.
[[nodiscard]] QString moduleProblem();

// Parses what the user typed; numbers without a leading '+' are read as national numbers of
// defaultRegion (an ISO 3166 code such as "DO").
[[nodiscard]] Check check(const QString& typed, const QString& defaultRegion);

// E.164 form of a possible number; anything else comes back as typed (trimmed).
[[nodiscard]] QString toE164(const QString& typed, const QString& defaultRegion);

// The number formatted the way it is written in its country, as the user types it
// ("8095550" → "809-5550"); input with letters is returned unchanged.
[[nodiscard]] QString formatAsYouType(const QString& typed, const QString& defaultRegion);
// "Dominican Republic" for "DO", in the current locale's language where Qt knows it.
[[nodiscard]] QString regionName(const QString& region);
// An E.164 number as people read it, the same for every lead whatever way it was typed:
// "+1 809-555-0123" for the North American plan (the Dominican Republic's), else as it is.
// Pure text: the history shows it without loading the numbering plan.
[[nodiscard]] QString display(const QString& e164);

// A region libphonenumber knows ("DO"; any case). Neither loads the module: the list is kept here.
[[nodiscard]] bool isSupportedRegion(const QString& region);
[[nodiscard]] QStringList supportedRegions();
// The module's own list (loads it): the yardstick the kept list is tested against.
[[nodiscard]] QStringList libraryRegions();

} // namespace PhoneNumbers
