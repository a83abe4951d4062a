#pragma once

#include <QString>

namespace TestEnvironment {
// Points HOME, XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME at a fresh temporary folder for
// the rest of the process (child processes inherit it), so no test reads or writes the user's files.
QString isolate();
} // namespace TestEnvironment
