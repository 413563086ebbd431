// What a rule's pattern becomes before matching: the RE2 expression (case folding and word
// boundaries applied) and the literals any match of it must contain (RE2's prefilter atoms),
// which let a short run skip compiling the patterns whose words a text does not contain.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace replylint {

// The RE2 expression a rule's pattern becomes: case folding and word boundaries applied.
std::string wrapPattern(const Rule& rule, const std::string& pattern);

// Every expression a rule matches (patterns, unless, not-after, trigger, expect, when).
std::vector<std::string> ruleExpressions(const Rule& rule);

// Lowercase literals a text must contain for an expression to match in it: for each clause,
// at least one of its literals. `always` when RE2 finds no such literals (then the expression
// has to run on every text).
struct PatternAtoms {
    bool always = true;
    std::vector<std::vector<std::string>> clauses;
};

// RE2's FilteredRE2 prefilter for one expression (this compiles it, so the built-in packs'
// atoms are computed at build time).
PatternAtoms computePatternAtoms(const std::string& expression);

// The built-in packs' atoms as computed at build time by tools/rules_snapshot, so a run only
// looks them up: every distinct atom once (builtinAtoms()), and for each expression (sorted)
// its clauses as indices into that list, each clause ended by kClauseEnd.
constexpr uint16_t kClauseEnd = 0xFFFF;
struct BuiltinPatternAtoms {
    std::string_view expression;
    std::span<const uint16_t> clauses;
    bool always;
};
std::span<const BuiltinPatternAtoms> builtinPatternAtomTable();
std::span<const std::string_view> builtinAtoms();

// Writes the table above as C++ source, for the build step.
std::string patternAtomTableSource(const std::vector<std::string>& expressions);

}  // namespace replylint
