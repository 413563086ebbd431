// Gathers the rules a command works with: the built-in packs unless turned off, plus
// rule files and directories named with --rules.
#pragma once
#include <string>
#include <vector>

#include "rules/rule.h"
#include "rules/rule_loader.h"

namespace replylint {

struct RuleSelection {
    std::vector<std::string> extraRulePaths;   // --rules
    bool builtin = true;                       // false with --no-builtin
    std::vector<std::string> enable;           // --enable ID|GLOB
    std::vector<std::string> disable;          // --disable ID|GLOB
    std::string minSeverity;                   // --min-severity; "" when not given
    std::string configFile;                    // --config FILE
    bool noConfig = false;                     // --no-config
};

struct LoadedRules {
    std::vector<RulePack> packs;
    std::vector<RuleError> errors;

    std::vector<Rule> allRules() const;
    const Rule* find(const std::string& id) const;
    std::vector<std::string> ids() const;
};

LoadedRules loadRules(const RuleSelection& selection);

// Prints every error to stderr; returns true when there were any.
bool reportRuleErrors(const std::vector<RuleError>& errors);

}  // namespace replylint
