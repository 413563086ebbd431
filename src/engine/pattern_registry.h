// Every pattern the loaded rules use, matched per turn in one pass: one RE2::Set per role
// holds the patterns read in that role's turns, and a pattern's own RE2 (compiled on first
// use) runs only on turns where the set says it matches, to find positions.
//
// Compiling a set of every pattern takes longer than linting a reply draft, so the sets are
// compiled only once a run has read enough text to repay it (kSetAfterBytes), one thread per
// role. Until then a turn is matched by the literal prefilter instead: the literals each
// pattern needs (for the built-in packs computed at build time) are looked up in the turn, and
// only the patterns whose literals occur are compiled and run. Both ways give the same matches.
// Past kSetAfterBytes a turn waits for its set rather than going on with the prefilter, which
// costs several times the CPU per byte: the sets are compiled in any case (at exit at the latest).
#pragma once
#include <array>
#include <atomic>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "engine/atom_scanner.h"
#include "engine/pattern_expression.h"
#include "model/conversation.h"
#include "rules/rule.h"
#include "rules/rule_loader.h"

namespace replylint {

using PatternId = int;

// Which turns need a pattern's matches: only the turn it is in (phrase and limit rules judge
// a turn by its own words), or other turns too (respond and require rules read across turns).
// A quoted e-mail turn is matched only for patterns of the second kind, since findings in it
// are not reported.
enum class Reach { ownTurn, otherTurns };
using Span = std::pair<size_t, size_t>;  // [begin, end) in a turn's normalised text

// Which patterns each turn of a conversation matched: one bit per (turn, pattern id), the
// form in which checks ask, written directly by matching. Reset keeps the memory.
class TurnHits {
public:
    void reset(size_t turns, size_t patterns) {
        words_ = (patterns + 63) / 64;
        bits_.assign(turns * words_, 0);
    }
    void set(size_t turn, PatternId id) {
        bits_[turn * words_ + static_cast<size_t>(id) / 64] |= uint64_t{1} << (static_cast<size_t>(id) % 64);
    }
    size_t words() const { return words_; }   // per turn
    const uint64_t* row(size_t turn) const { return bits_.data() + turn * words_; }
    // The ids a turn matched, ascending.
    std::vector<PatternId> ids(size_t turn) const;

private:
    size_t words_ = 0;
    std::vector<uint64_t> bits_;
};

class PatternRegistry {
public:
    // Text a run reads before the sets are compiled (a 20 KB draft never needs them). The
    // environment variable REPLYLINT_SET_AFTER_BYTES overrides it, so tests can compare both
    // ways of matching on the same inputs: 0 compiles the sets up front.
    static constexpr size_t kSetAfterBytes = 256 * 1024;

    PatternRegistry();
    ~PatternRegistry();

    // Registers a pattern of `rule` read in turns of the given roles. Invalid patterns are
    // reported in `errors` (with the pattern's file:line:col) and get id -1.
    PatternId add(const Rule& rule, const Pattern& pattern, std::initializer_list<Role> roles,
                  std::vector<RuleError>& errors, Reach reach = Reach::ownTurn);

    // Prepares matching; call once after every add. The sets are compiled later, once the
    // text read passes kSetAfterBytes (a set that cannot compile then makes matchTurns() fail);
    // with REPLYLINT_SET_AFTER_BYTES=0 they compile here, false (with errors) if one cannot.
    bool compile(std::vector<RuleError>& errors);

    // For each turn of `conv`, the patterns (of the turn's role) that match somewhere in it.
    // Returns false (and sets error, naming the turn) when RE2 gave up, so no match is
    // silently lost.
    bool matchTurns(const Conversation& conv, TurnHits& hits, std::string& error) const;

    // Every non-overlapping match of one pattern in `text`.
    void findAll(PatternId id, std::string_view text, std::vector<Span>& out) const;
    // The first match findAll() would find, if any: stops there.
    std::optional<Span> findFirst(PatternId id, std::string_view text) const;

    size_t size() const { return entries_.size(); }
    const std::string& expression(PatternId id) const { return entries_[id]->expression; }

private:
    struct Entry {
        std::string expression;   // with case and word-boundary wrapping applied
        // Literals a match needs (as scanner_ ids): clauses, each ended by kClauseEnd, of
        // which every one must have an atom in the text. `always`: none are known.
        bool always = true;
        std::vector<uint32_t> clauses;
        bool otherTurns = false;                      // Reach::otherTurns for some rule
        std::once_flag compiled;
        std::unique_ptr<RE2> regex;
    };
    struct RoleSet {
        std::unique_ptr<RE2::Set> set;
        std::vector<PatternId> ids;   // set index -> pattern id
        std::shared_future<void> pending;   // its compile (joined on destruction)
        std::atomic<bool> done{false};   // set and error are written
        std::string error;               // why the set could not compile
    };
    static size_t roleIndex(Role r) { return static_cast<size_t>(r); }
    // Builds one role's set; "" or why it cannot compile.
    std::string compileSet(RoleSet& rs) const;
    // Starts every role's set compiling, each on its own thread, once.
    void startSets() const;
    // Whether the literals a pattern needs are all `present` (one of each clause).
    static bool possible(const Entry& e, const std::vector<char>& present);
    // Sets the turn's bits of the patterns its role's set finds (in a quoted turn, only of
    // those other turns read).
    bool matchBySet(const RoleSet& rs, std::string_view text, bool quoted, size_t turn, TurnHits& hits,
                    std::string& error) const;
    // The pattern's own RE2, compiled on first use.
    const RE2& regex(PatternId id) const;
    // Calls each(span) for findAll()'s matches in order while it returns true.
    template <typename Each>
    void forEachMatch(PatternId id, std::string_view text, Each each) const;
    // A new entry for `expression`, with the literals it needs (from the build-time table
    // for a built-in pattern, worked out now for a user's).
    std::unique_ptr<Entry> newEntry(const std::string& expression, bool builtin);

    std::vector<std::unique_ptr<Entry>> entries_;
    std::unordered_map<std::string, PatternId> byExpression_;
    std::array<RoleSet, 4> sets_;
    AtomScanner scanner_;
    std::unordered_map<std::string, uint32_t> userAtomIds_;   // atoms of user patterns
    std::deque<std::string> userAtoms_;                       // (stable, for scanner_'s views)
    size_t setAfterBytes_;
    mutable std::once_flag setsStarted_;
    mutable std::atomic<size_t> textSeen_{0};
};

}  // namespace replylint
