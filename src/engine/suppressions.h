// Applies one input's inline directives to its findings and, once the input is done,
// reports the directives that suppressed nothing (replylint/unused-directive).
#pragma once
#include <string>
#include <vector>

#include "model/finding.h"
#include "model/suppression.h"
#include "rules/rule.h"

namespace replylint {

inline constexpr const char* kUnusedDirectiveRule = "replylint/unused-directive";

// The rule behind unused-directive findings, for reports that list their rules.
const Rule& unusedDirectiveRule();

class InputSuppressions {
public:
    void reset(std::vector<SuppressionDirective> directives);
    // Marks f suppressed (kind and reason set) when a directive covers it; true if so.
    bool apply(Finding& f);
    // Findings for the directives that suppressed nothing since reset().
    std::vector<Finding> unusedDirectives(const std::string& path) const;

private:
    std::vector<SuppressionDirective> directives_;
    std::vector<bool> used_;
};

}  // namespace replylint
