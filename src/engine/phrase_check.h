// kind: phrase — a pattern matches in a turn of the rule's speaker.
#pragma once
#include "engine/check.h"

namespace replylint {

class PhraseCheck : public Check {
public:
    PhraseCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors);
    void run(const MatchContext& ctx, std::vector<RawFinding>& out) const override;

private:
    PatternSet patterns_, unless_, notAfter_;
};

}  // namespace replylint
