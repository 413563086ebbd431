// kind: limit — a count in one turn passes `max`: matches of `patterns`, words, shouted
// (all-caps) words, sentences, or the words of its longest paragraph. The finding points at the first item past the limit.
#pragma once
#include "engine/check.h"

namespace replylint {

class LimitCheck : public Check {
public:
    LimitCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors);
    void run(const MatchContext& ctx, std::vector<RawFinding>& out) const override;

private:
    // The item at index `max` of the turn's counted items (the first one over), if any.
    std::optional<Span> firstPastLimit(const MatchContext& ctx, size_t turn) const;
    PatternSet patterns_, unless_, notAfter_;
};

// Words of the text (runs of letters, digits, apostrophes), as spans.
std::vector<Span> wordSpans(std::string_view text);
// All-caps words (two letters or more) in runs of three or more, outside links and known acronyms.
std::vector<Span> shoutedWords(std::string_view text);

}  // namespace replylint
