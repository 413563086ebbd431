// kind: require — the agent turns chosen by `where` (first, last, every, any) match no
// `expect` pattern; `when` patterns, if given, must match somewhere in the conversation.
#pragma once
#include "engine/check.h"

namespace replylint {

class RequireCheck : public Check {
public:
    RequireCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors);
    void run(const MatchContext& ctx, std::vector<RawFinding>& out) const override;

private:
    void report(const Conversation& conv, size_t turn, std::vector<RawFinding>& out) const;
    PatternSet expect_, when_;
};

}  // namespace replylint
