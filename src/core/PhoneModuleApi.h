#pragma once

#include "core/PhoneNumbers.h"

// What the phone-number module (leadentry-phone, PhoneModule.cpp) gives PhoneNumbers.cpp: the
// calls that need libphonenumber. The module is loaded at the first of them, so that programs
// start without loading libphonenumber, protobuf and abseil (a fifth of a bare window's start-up).
// Both sides are built together, with the same compiler and Qt: the version only guards against a
// stray older module.
struct PhoneModuleApi
{
    static constexpr int kVersion = 1;
    int version = kVersion;
    PhoneNumbers::Check (*check)(const QString& typed, const QString& defaultRegion) = nullptr;
    QString (*formatAsYouType)(const QString& typed, const QString& defaultRegion) = nullptr;
    QStringList (*supportedRegions)() = nullptr;
};

// The module's one exported symbol.
#define LEADENTRY_PHONE_MODULE_ENTRY "leadentry_phone_module"
using PhoneModuleEntry = const PhoneModuleApi* (*)();
