// Every pattern the loaded rules use, matched per turn in one pass: one RE2::Set per role
// holds the patterns read in that role's turns, and a pattern's own RE2 (compiled on first
// use) runs only on turns where the set says it matches, to find positions.
//
// Compiling the sets is most of a short run's start-up, so for the built-in packs (whose
// patterns CI compiles) each role's set is compiled on its own thread, overlapping the other
// role's set and the reading of the input; the first match in a role's turns waits for it.
#pragma once
#include <array>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "model/conversation.h"
#include "rules/rule.h"
#include "rules/rule_loader.h"

namespace replylint {

using PatternId = int;
using Span = std::pair<size_t, size_t>;  // [begin, end) in a turn's normalised text

// The RE2 expression a rule's pattern becomes: case folding and word boundaries applied.
std::string wrapPattern(const Rule& rule, const std::string& pattern);

class PatternRegistry {
public:
    PatternRegistry();
    ~PatternRegistry();

    // Registers a pattern of `rule` read in turns of the given roles. Invalid patterns are
    // reported in `errors` (with the pattern's file:line:col) and get id -1.
    PatternId add(const Rule& rule, const Pattern& pattern, std::initializer_list<Role> roles,
                  std::vector<RuleError>& errors);
    PatternId addForAllRoles(const Rule& rule, const Pattern& pattern, std::vector<RuleError>& errors);

    // Builds the sets; call once after every add. False (with errors) if a set cannot compile.
    // With only built-in patterns the sets compile in the background and this returns true.
    bool compile(std::vector<RuleError>& errors);

    // Ids of the patterns that match somewhere in `text`, for a turn of `role`; sorted.
    // Returns false (and sets error) when RE2 gave up, so no match is silently lost.
    bool match(Role role, std::string_view text, std::vector<PatternId>& hits, std::string& error) const;

    // Every non-overlapping match of one pattern in `text`.
    void findAll(PatternId id, std::string_view text, std::vector<Span>& out) const;

    size_t size() const { return entries_.size(); }
    const std::string& expression(PatternId id) const { return entries_[id]->expression; }

private:
    struct Entry {
        std::string expression;   // with case and word-boundary wrapping applied
        std::once_flag compiled;
        std::unique_ptr<RE2> regex;
    };
    struct RoleSet {
        std::unique_ptr<RE2::Set> set;
        std::vector<PatternId> ids;   // set index -> pattern id
        std::future<std::string> pending;   // background compile: "" or its error
        std::once_flag ready;
        std::string error;                  // a background compile that failed
    };
    static size_t roleIndex(Role r) { return static_cast<size_t>(r); }
    // Builds one role's set; "" or why it cannot compile.
    std::string compileSet(RoleSet& rs) const;
    // Waits for a role's background compile (if any); false with error if it failed.
    bool ready(const RoleSet& rs, std::string& error) const;

    std::vector<std::unique_ptr<Entry>> entries_;
    std::array<RoleSet, 4> sets_;
    bool allBuiltin_ = true;   // every pattern comes from the built-in packs
};

}  // namespace replylint
