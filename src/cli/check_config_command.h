// `replylint check-config [FILE]`: validates a config (the nearest one by default) and the
// rule files it loads; every problem as file:line:col: message, exit 2 on any.
#pragma once
#include <string>

namespace replylint {

int runCheckConfig(const std::string& path);

}  // namespace replylint
