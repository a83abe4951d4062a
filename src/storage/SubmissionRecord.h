#pragma once

#include "core/Submission.h"

#include <QJsonObject>
#include <QStringList>

// A submission as a flat record: the columns of `leadentry-cli history --json/--csv` and of the
// history pane's CSV export, in one place so they never differ.
namespace SubmissionRecord {
QStringList columns();
QJsonObject toJson(const Submission& s);
QStringList toCsvFields(const Submission& s);
} // namespace SubmissionRecord
