#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/pattern_expression.h"

using namespace replylint;

namespace {

// Clauses with their atoms sorted, for comparing.
std::vector<std::vector<std::string>> clauses(const std::string& expression) {
    PatternAtoms a = computePatternAtoms(expression);
    for (auto& c : a.clauses) std::sort(c.begin(), c.end());
    std::sort(a.clauses.begin(), a.clauses.end());
    return a.clauses;
}

}  // namespace

TEST_CASE("a literal pattern needs its words") {
    CHECK(clauses("(?i)\\b(?:not our policy)\\b") == std::vector<std::vector<std::string>>{{"not our policy"}});
    CHECK(clauses("\\?") == std::vector<std::vector<std::string>>{{"?"}});
}

TEST_CASE("alternatives make one clause; a sequence of them, one clause each") {
    auto c = clauses("(?i)\\b(?:policy|rules) (?:don't|do not) (?:allow|permit)\\b");
    REQUIRE(!c.empty());
    // Whatever the tree RE2 builds, any text holding a match holds one atom of every clause.
    for (const std::string text : {"policy don't allow", "rules do not permit"}) {
        for (const auto& clause : c) {
            CHECK(std::any_of(clause.begin(), clause.end(),
                              [&](const std::string& atom) { return text.find(atom) != std::string::npos; }));
        }
    }
    // And a text with only one of the three parts fails a clause.
    std::string partial = "our policy is clear";
    CHECK(std::any_of(c.begin(), c.end(), [&](const std::vector<std::string>& clause) {
        return std::none_of(clause.begin(), clause.end(),
                            [&](const std::string& atom) { return partial.find(atom) != std::string::npos; });
    }));
}

TEST_CASE("a pattern without literals runs on every text") {
    CHECK(computePatternAtoms("[A-Z]{3,}").always);
    CHECK(computePatternAtoms("(invalid").always);
}

TEST_CASE("the built-in table is sorted, so it can be searched") {
    auto table = builtinPatternAtomTable();
    REQUIRE(table.size() > 100);
    CHECK(std::is_sorted(table.begin(), table.end(),
                         [](const BuiltinPatternAtoms& a, const BuiltinPatternAtoms& b) { return a.expression < b.expression; }));
}
