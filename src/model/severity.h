#pragma once
#include <string_view>

namespace replylint {

// Ordered: a higher value is more severe.
enum class Severity { info = 0, warning = 1, error = 2 };

std::string_view severityName(Severity s);
bool parseSeverity(std::string_view name, Severity& out);

}  // namespace replylint
