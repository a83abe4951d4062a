// A CSV file as anyone might save it, through the reader and the import planner.
#include "FuzzInput.h"
#include "core/CsvReader.h"
#include "core/LeadImport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzInput in(data, size);
    const CsvTable table = CsvReader::read(in.all());
    if (table.rows.size() != table.rowNumbers.size())
        std::abort();
    for (int i = 1; i < table.rowNumbers.size(); ++i) {
        if (table.rowNumbers.at(i) <= table.rowNumbers.at(i - 1))
            std::abort(); // row numbers only grow
    }
    const ImportPlan plan = LeadImport::plan(table, QStringLiteral("DO"));
    for (const ImportRow& row : plan.rows) {
        // A valid row has a phone in E.164 and nothing invisible or unreadable in its email.
        if (row.isValid() && (!row.accepted->phoneE164().startsWith(u'+') || row.lead.email().contains(u'\uFFFD')))
            std::abort();
    }
    (void)LeadImport::invalidRowsCsv(table, plan);
    return 0;
}
