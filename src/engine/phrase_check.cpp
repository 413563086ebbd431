#include "engine/phrase_check.h"

namespace replylint {

PhraseCheck::PhraseCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors)
    : Check(rule) {
    patterns_ = registerAll(registry, rule.patterns, speakerRoles(), errors);
    unless_ = registerAll(registry, rule.unless, speakerRoles(), errors);
    if (rule.notAfter) notAfter_ = registerAll(registry, rule.notAfter->patterns, speakerRoles(), errors);
}

void PhraseCheck::run(const MatchContext& ctx, std::vector<RawFinding>& out) const {
    if (!ctx.anyHitInConversation(patterns_)) return;   // most rules, most conversations
    const auto& turns = ctx.conversation().turns;
    for (size_t t = 0; t < turns.size(); ++t) {
        if (!readsTurn(turns[t]) || !ctx.anyHit(t, patterns_)) continue;
        auto spans = dropCancelled(ctx, t, ctx.find(t, patterns_), unless_, notAfter_, rule_);
        for (const auto& s : spans) out.push_back({&rule_, {t, s.first, s.second}, std::nullopt, ""});
    }
}

}  // namespace replylint
