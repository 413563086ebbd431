#include "cli/test_command.h"

#include <cstdio>

#include "engine/engine.h"
#include "input/chat_reader.h"
#include "rules/rule_loader.h"
#include "cli/rule_selection.h"
#include "text/turn_text_builder.h"

namespace replylint {

namespace {

// An example is a chat transcript when a line starts with a known role name ("Agent:",
// "Customer:", …); otherwise it is one turn of the rule's speaker.
Conversation exampleConversation(const std::string& example, const Rule& rule, const RoleClassifier& roles) {
    Conversation conv = parseChat(example, "example", roles);
    bool chat = !conv.turns.empty();
    for (const auto& t : conv.turns) chat = chat && t.role != Role::unknown;
    if (chat) return conv;
    conv.turns.clear();
    Turn& turn = conv.turns.emplace_back();
    turn.role = rule.anySpeaker ? Role::agent : rule.speaker;
    turn.speaker = std::string(roleName(turn.role));
    TurnTextBuilder builder(turn.body);
    builder.appendSource(example, 0);
    builder.finish();
    return conv;
}

bool fires(const Engine& engine, const Rule& rule, const Conversation& conv) {
    std::vector<RawFinding> findings;
    std::string error;
    engine.lint(conv, findings, error);
    for (const auto& f : findings) {
        if (f.rule->id == rule.id) return true;
    }
    return false;
}

std::string oneLine(std::string s) {
    for (auto& c : s) if (c == '\n') c = '|';
    return s;
}

}  // namespace

int runTest(const std::vector<std::string>& paths) {
    RuleSelection selection;
    selection.builtin = paths.empty();
    selection.extraRulePaths = paths;
    LoadedRules loaded = loadRules(selection);
    bool loadErrors = reportRuleErrors(loaded.errors);
    RoleClassifier roles;
    size_t passed = 0, failed = 0, rulesWithoutExamples = 0;
    for (const auto& pack : loaded.packs) {
        std::vector<RuleError> errors;
        Engine engine(pack.rules, errors);
        loadErrors |= reportRuleErrors(errors);
        for (const Rule& rule : engine.rules()) {
            if (rule.flagExamples.empty() || rule.passExamples.empty()) {
                std::printf("FAIL %s: needs at least one flag and one pass example\n", rule.id.c_str());
                ++rulesWithoutExamples;
                continue;
            }
            bool ok = true;
            for (const auto& e : rule.flagExamples) {
                if (!fires(engine, rule, exampleConversation(e, rule, roles))) {
                    std::printf("FAIL %s: not flagged: %s\n", rule.id.c_str(), oneLine(e).c_str());
                    ok = false;
                }
            }
            for (const auto& e : rule.passExamples) {
                if (fires(engine, rule, exampleConversation(e, rule, roles))) {
                    std::printf("FAIL %s: flagged but should pass: %s\n", rule.id.c_str(), oneLine(e).c_str());
                    ok = false;
                }
            }
            ok ? ++passed : ++failed;
        }
    }
    failed += rulesWithoutExamples;
    std::printf("rules: %zu passed, %zu failed\n", passed, failed);
    if (loadErrors) return 2;
    return failed ? 1 : 0;
}

}  // namespace replylint
