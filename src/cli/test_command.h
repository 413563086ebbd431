// `replylint test [RULEFILE|DIR…]`: runs every rule's examples; non-zero on any miss.
#pragma once
#include <string>
#include <vector>

namespace replylint {

int runTest(const std::vector<std::string>& paths);

}  // namespace replylint
