#include "engine/engine.h"

#include <algorithm>

#include "text/utf8.h"

namespace replylint {

Engine::Engine(std::vector<Rule> rules, std::vector<RuleError>& errors) : rules_(std::move(rules)) {
    size_t first = errors.size();
    for (const Rule& rule : rules_) {
        size_t before = errors.size();
        auto check = makeCheck(rule, patterns_, errors);
        if (errors.size() == before) checks_.push_back(std::move(check));
    }
    patterns_.compile(errors);
    // Messages quote patterns, which may hold any character; each must stay one line.
    for (size_t i = first; i < errors.size(); ++i) errors[i].message = utf8::oneLine(errors[i].message);
}

bool Engine::lint(const Conversation& conv, std::vector<RawFinding>& out, std::string& error) const {
    out.clear();
    thread_local TurnHits hits;   // reused: its memory is kept
    if (!patterns_.matchTurns(conv, hits, error)) return false;
    MatchContext ctx(patterns_, conv, hits);
    for (const auto& check : checks_) check->run(ctx, out);
    std::erase_if(out, [&](const RawFinding& f) { return conv.turns[f.at.turn].quoted; });
    if (out.size() < 2) return true;   // (stable_sort takes a buffer even for one)
    std::stable_sort(out.begin(), out.end(), [](const RawFinding& a, const RawFinding& b) {
        if (a.at.turn != b.at.turn) return a.at.turn < b.at.turn;
        return a.at.begin < b.at.begin;
    });
    return true;
}

}  // namespace replylint
