// kind: respond — a customer turn matches a `trigger` and none of the next `within` agent
// turns matches an `expect` pattern (or no agent turn follows at all).
#pragma once
#include "engine/check.h"

namespace replylint {

class RespondCheck : public Check {
public:
    RespondCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors);
    void run(const MatchContext& ctx, std::vector<RawFinding>& out) const override;

private:
    // The first trigger in customer turn t that dropCancelled() keeps, if any.
    std::optional<Span> firstTrigger(const MatchContext& ctx, size_t t) const;
    PatternSet trigger_, unless_, notAfter_, expect_;
};

}  // namespace replylint
