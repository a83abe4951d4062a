// The lead's fields as stored in the history file (JSON), read back: whatever the file holds.
#include "FuzzInput.h"
#include "core/LeadJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzInput in(data, size);
    const QJsonObject stored = QJsonDocument::fromJson(in.all()).object();
    const Lead read = LeadJson::fromObject(stored);
    // Writing normalises (values are trimmed); after that, writing and reading change nothing.
    const Lead once = LeadJson::fromObject(LeadJson::toObject(read, PhoneFormat::AsTyped, {}));
    const Lead twice = LeadJson::fromObject(LeadJson::toObject(once, PhoneFormat::AsTyped, {}));
    for (const auto& info : LeadFields::all()) {
        if (once.value(info.field) != twice.value(info.field)
            || once.value(info.field) != read.value(info.field).trimmed())
            std::abort();
    }
    return 0;
}
