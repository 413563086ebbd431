#include "engine/respond_check.h"

namespace replylint {

RespondCheck::RespondCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors)
    : Check(rule) {
    // A customer turn decides whether a later agent turn is judged, so these reach across turns.
    trigger_ = registerAll(registry, rule.trigger, {Role::customer}, errors, Reach::otherTurns);
    unless_ = registerAll(registry, rule.unless, {Role::customer}, errors, Reach::otherTurns);
    if (rule.notAfter) {
        notAfter_ = registerAll(registry, rule.notAfter->patterns, {Role::customer}, errors, Reach::otherTurns);
    }
    expect_ = registerAll(registry, rule.expect, {Role::agent}, errors, Reach::otherTurns);
}

std::optional<Span> RespondCheck::firstTrigger(const MatchContext& ctx, size_t t) const {
    const std::string& text = ctx.conversation().turns[t].body.text;
    // With nothing to cancel a trigger (no unless or not-after match, no quotation to be
    // inside of), the first match is the one: no need to find every span of every pattern.
    bool nothingCancels = !ctx.anyHit(t, unless_) && !ctx.anyHit(t, notAfter_) &&
                          (rule_.inQuotes || quotedSpans(text).empty());
    if (nothingCancels) return ctx.findFirst(t, trigger_);
    auto kept = dropCancelled(ctx, t, ctx.find(t, trigger_), unless_, notAfter_, rule_);
    if (kept.empty()) return std::nullopt;
    return kept.front();
}

void RespondCheck::run(const MatchContext& ctx, std::vector<RawFinding>& out) const {
    if (!ctx.anyHitInConversation(trigger_)) return;   // no customer turn needs an answer
    const auto& turns = ctx.conversation().turns;
    size_t answeredUpTo = 0;   // agent turns before this index already judged for this rule
    bool customerSpoke = false;
    for (size_t t = 0; t < turns.size(); ++t) {
        if (turns[t].role != Role::customer) continue;
        // trigger-where: first — a later turn is read in the light of what came before
        if (rule_.triggerFirstOnly && customerSpoke) break;
        customerSpoke = customerSpoke || !turns[t].body.text.empty();
        if (t < answeredUpTo || !ctx.anyHit(t, trigger_)) continue;
        std::optional<Span> first = firstTrigger(ctx, t);
        if (!first) continue;
        TurnSpan trigger{t, first->first, first->second};

        int seen = 0;
        bool acknowledged = false;
        size_t firstAgent = turns.size();
        size_t u = t + 1;
        for (; u < turns.size() && seen < rule_.within; ++u) {
            if (turns[u].role != Role::agent) continue;
            if (firstAgent == turns.size()) firstAgent = u;
            ++seen;
            if (ctx.anyHit(u, expect_)) { acknowledged = true; break; }
        }
        answeredUpTo = u + 1;
        if (acknowledged) continue;
        if (firstAgent == turns.size()) {
            out.push_back({&rule_, trigger, std::nullopt, ""});
        } else {
            Span s = firstSentence(turns[firstAgent].body);
            out.push_back({&rule_, {firstAgent, s.first, s.second}, trigger,
                           "the customer turn that needed acknowledging"});
        }
    }
}

}  // namespace replylint
