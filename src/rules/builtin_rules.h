// The default rule packs, embedded at build time from rules/*.yaml (see cmake/embed_rules.cmake).
#pragma once
#include <string_view>
#include <vector>

namespace replylint {

struct BuiltinRuleFile {
    std::string_view name;   // e.g. "defensive.yaml"
    std::string_view text;
};

const std::vector<BuiltinRuleFile>& builtinRuleFiles();

}  // namespace replylint
