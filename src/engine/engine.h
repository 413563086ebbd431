// The compiled rule set: every rule's check over one shared pattern registry.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "engine/check.h"
#include "engine/pattern_registry.h"
#include "rules/rule.h"
#include "rules/rule_loader.h"

namespace replylint {

class Engine {
public:
    // Compiles the rules; rules whose patterns fail are reported in `errors` and left out.
    explicit Engine(std::vector<Rule> rules, std::vector<RuleError>& errors);

    // Lints one conversation; findings come sorted by turn, position and rule order.
    // False (with error set) when matching failed, so a turn was not fully checked.
    bool lint(const Conversation& conv, std::vector<RawFinding>& out, std::string& error) const;

    const std::vector<Rule>& rules() const { return rules_; }
    const PatternRegistry& patterns() const { return patterns_; }

private:
    std::vector<Rule> rules_;
    PatternRegistry patterns_;
    std::vector<std::unique_ptr<Check>> checks_;
};

}  // namespace replylint
