// Loads rule packs from YAML, checking every field and naming file:line:col on error.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace replylint {

struct RuleError {
    std::string file;
    uint32_t line = 0;
    uint32_t column = 0;
    std::string ruleId;     // empty when the error is not inside a rule
    std::string message;

    std::string format() const;   // "file:line:col: rule ID: message"
};

// Parses one rule file's text; `file` names it in errors and origins. Rules with errors are
// left out of the pack and reported in `errors`.
RulePack loadRulePack(std::string_view yamlText, const std::string& file,
                      std::vector<RuleError>& errors);

// Reads and parses a rule file from disk.
RulePack loadRuleFile(const std::string& path, std::vector<RuleError>& errors);

// The packs compiled into the binary from rules/*.yaml (read from their build-time snapshot,
// see rules/rule_snapshot.h; file names "builtin:<name>.yaml").
std::vector<RulePack> loadBuiltinPacks(std::vector<RuleError>& errors);

// The same packs parsed from their embedded YAML text (what the snapshot is made from).
std::vector<RulePack> loadBuiltinPacksFromYaml(std::vector<RuleError>& errors);

// Rule files (*.yaml, *.yml) under a path: the file itself, or a directory walked in order.
std::vector<std::string> ruleFilesUnder(const std::string& path, std::string& error);

}  // namespace replylint
