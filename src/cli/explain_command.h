// `replylint explain RULE`: what a rule checks, why, and examples.
#pragma once
#include <string>

#include "cli/rule_selection.h"

namespace replylint {

int runExplain(const std::string& ruleId, const RuleSelection& rules);

}  // namespace replylint
