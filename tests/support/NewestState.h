#pragma once

#include "storage/HistoryModel.h"

#include <optional>

// The state of the newest row a history model shows, or nothing while it shows none yet (it
// refreshes a moment after a change): for QTRY_VERIFY, which would otherwise read a null row.
inline std::optional<SubmissionState> newestState(const HistoryModel& model)
{
    const Submission* newest = model.submissionAt(0);
    return newest ? std::optional<SubmissionState>(newest->state) : std::nullopt;
}
