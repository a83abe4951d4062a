#pragma once

#include "core/Submission.h"

#include <QJsonObject>
#include <QStringList>

// A submission as a flat record: the columns of `leadentry-cli history --json/--csv` and of the
// history pane's CSV export, in one place so they never differ. Programs get field names, UTC
// times and tokens; people (the pane's export) the same columns under the headers they see, in
// local time and their own words.
namespace SubmissionRecord {
enum class Audience { Programs, People };
QStringList columns(Audience audience = Audience::Programs);
QJsonObject toJson(const Submission& s);
QStringList toCsvFields(const Submission& s, Audience audience = Audience::Programs);
} // namespace SubmissionRecord
