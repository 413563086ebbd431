// `replylint rules`: every rule with its kind, severity and where it comes from.
#pragma once
#include <string>

#include "cli/rule_selection.h"

namespace replylint {

struct RulesOptions {
    std::string format = "text";   // text | json
    bool idsOnly = false;
    std::string forPath;           // --for PATH: that file's config; "" for the current directory
    RuleSelection rules;
};

int runRules(const RulesOptions& options);

}  // namespace replylint
