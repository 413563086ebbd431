// The default rule packs, embedded at build time from rules/*.yaml (see cmake/embed_rules.cmake)
// and, parsed, as a snapshot (tools/rules_snapshot.cpp).
#pragma once
#include <string_view>
#include <vector>

namespace replylint {

struct BuiltinRuleFile {
    std::string_view name;   // e.g. "defensive.yaml"
    std::string_view text;
};

const std::vector<BuiltinRuleFile>& builtinRuleFiles();

// The same packs loaded and serialised at build time (tools/rules_snapshot.cpp).
std::string_view builtinRuleSnapshot();

}  // namespace replylint
