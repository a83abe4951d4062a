#pragma once

#include "core/Submission.h"

#include <QColor>
#include <QIcon>

// Each state's colour and icon. The icon's shape differs per state (tick, cross, clock…) and the
// state is always written beside it, so nothing depends on colour alone.
namespace StateIcons {
QColor color(SubmissionState state);
QIcon icon(SubmissionState state);
} // namespace StateIcons
