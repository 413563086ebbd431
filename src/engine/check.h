// One check per rule kind behind one small interface: given a conversation and the patterns
// each turn matched, report spans in turns.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/pattern_registry.h"
#include "model/conversation.h"
#include "rules/rule.h"

namespace replylint {

// Where in a conversation a finding sits, before it is mapped back to the source file.
struct TurnSpan {
    size_t turn = 0;
    size_t begin = 0, end = 0;   // in the turn's normalised text
};

struct RawFinding {
    const Rule* rule = nullptr;
    TurnSpan at;
    std::optional<TurnSpan> related;   // e.g. the customer turn that needed an answer
    std::string relatedMessage;
};

// A rule's pattern ids, and the same set as bit masks of 64 ids each: "did this turn match
// any of them" is asked for every rule on every turn, and is then an AND per mask word.
class PatternSet {
public:
    PatternSet() = default;
    PatternSet(std::vector<PatternId> ids);   // NOLINT: implicit, a list of ids is a set

    const std::vector<PatternId>& ids() const { return ids_; }
    bool empty() const { return ids_.empty(); }

    struct Word {
        size_t index;    // ids index * 64 to index * 64 + 63
        uint64_t bits;
    };
    const std::vector<Word>& words() const { return words_; }   // the non-zero ones

private:
    std::vector<PatternId> ids_;
    std::vector<Word> words_;
};

// What checks may ask about a conversation while it is being linted.
class MatchContext {
public:
    MatchContext(const PatternRegistry& patterns, const Conversation& conv, const TurnHits& hits);

    const Conversation& conversation() const { return conv_; }
    bool hit(size_t turn, PatternId id) const;
    bool anyHit(size_t turn, const PatternSet& set) const;
    // Whether any turn matched one of the set: a rule whose patterns no turn matched is
    // settled without reading turn by turn.
    bool anyHitInConversation(const PatternSet& set) const;
    // Spans of every listed pattern that the turn matched, sorted, overlaps merged away.
    std::vector<Span> find(size_t turn, const PatternSet& set) const;
    // The first span find(turn, set) would return, from each pattern's first match alone
    // (the earliest start, the longest at a tie, is never merged away).
    std::optional<Span> findFirst(size_t turn, const PatternSet& set) const;

private:
    const PatternRegistry& patterns_;
    const Conversation& conv_;
    const TurnHits& hits_;
    size_t words_;
    std::vector<uint64_t> anyTurn_;   // the rows of hits_ OR-ed together
};

class Check {
public:
    explicit Check(const Rule& rule) : rule_(rule) {}
    virtual ~Check() = default;
    const Rule& rule() const { return rule_; }
    virtual void run(const MatchContext& ctx, std::vector<RawFinding>& out) const = 0;

protected:
    // True when the turn is read by this rule (its `speaker`).
    bool readsTurn(const Turn& turn) const {
        return rule_.anySpeaker || turn.role == rule_.speaker;
    }
    std::vector<PatternId> registerAll(PatternRegistry& registry, const std::vector<Pattern>& patterns,
                                       std::initializer_list<Role> roles, std::vector<RuleError>& errors,
                                       Reach reach = Reach::ownTurn);
    std::initializer_list<Role> speakerRoles() const;
    static std::initializer_list<Role> allRoles();

    const Rule& rule_;
};

// Builds the check for a rule's kind, registering its patterns.
std::unique_ptr<Check> makeCheck(const Rule& rule, PatternRegistry& registry,
                                 std::vector<RuleError>& errors);

// Spans from `candidates` that are the speaker's own words (not inside quotation marks,
// unless the rule says `in-quotes`), that no `unless` pattern cancels within the rule's
// `unless-scope` and that no `not-after` pattern precedes within its window.
std::vector<Span> dropCancelled(const MatchContext& ctx, size_t turn, std::vector<Span> candidates,
                                const PatternSet& unless, const PatternSet& notAfter,
                                const Rule& rule);

// Quoted passages of a turn's normalised text, quotation marks included: "…" pairs, and '…'
// pairs that open after a space or bracket and close before one (so apostrophes in "don't"
// or "customers'" never open a quote). Words quoted from someone else are not the speaker's.
std::vector<Span> quotedSpans(std::string_view text);
bool insideAny(const std::vector<Span>& spans, const Span& s);

// The first or last sentence of a turn, trimmed: where a turn-level finding points.
Span firstSentence(const TurnText& text);
Span lastSentence(const TurnText& text);

}  // namespace replylint
