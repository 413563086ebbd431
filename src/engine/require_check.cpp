#include "engine/require_check.h"

namespace replylint {

RequireCheck::RequireCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors)
    : Check(rule) {
    // `when` gates on the whole conversation; `expect` is looked for in its first or last turn.
    expect_ = registerAll(registry, rule.expect, speakerRoles(), errors, Reach::otherTurns);
    when_ = registerAll(registry, rule.when, allRoles(), errors, Reach::otherTurns);
}

void RequireCheck::report(const Conversation& conv, size_t turn, std::vector<RawFinding>& out) const {
    const TurnText& body = conv.turns[turn].body;
    Span s = rule_.where == Where::first ? firstSentence(body) : lastSentence(body);
    out.push_back({&rule_, {turn, s.first, s.second}, std::nullopt, ""});
}

void RequireCheck::run(const MatchContext& ctx, std::vector<RawFinding>& out) const {
    const Conversation& conv = ctx.conversation();
    if (!when_.empty() && !ctx.anyHitInConversation(when_)) return;
    thread_local std::vector<size_t> selected;   // kept: one rule, every conversation
    selected.clear();
    for (size_t t = 0; t < conv.turns.size(); ++t) {
        if (readsTurn(conv.turns[t]) && !conv.turns[t].body.text.empty()) selected.push_back(t);
    }
    if (selected.empty()) return;
    switch (rule_.where) {
        case Where::first:
            if (!ctx.anyHit(selected.front(), expect_)) report(conv, selected.front(), out);
            break;
        case Where::last:
            if (!ctx.anyHit(selected.back(), expect_)) report(conv, selected.back(), out);
            break;
        case Where::every:
            for (size_t t : selected) {
                if (!ctx.anyHit(t, expect_)) report(conv, t, out);
            }
            break;
        case Where::any: {
            bool found = false;
            for (size_t t : selected) found = found || ctx.anyHit(t, expect_);
            if (!found) report(conv, selected.back(), out);
            break;
        }
    }
}

}  // namespace replylint
