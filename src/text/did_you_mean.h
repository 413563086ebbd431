// "Did you mean …" suggestions for misspelt field names, keys and rule ids.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

size_t editDistance(std::string_view a, std::string_view b);

// The closest candidate within a small edit distance, or "" when none is close.
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace replylint
