#include "cli/explain_command.h"

#include <cstdio>

#include "cli/run_settings.h"
#include "engine/suppressions.h"
#include "text/did_you_mean.h"

namespace replylint {

int runExplain(const std::string& ruleId, const RuleSelection& selection) {
    // The rules the current directory's config loads (team rule files included).
    RunSettings settings(selection);
    const InputSettings& here = settings.forInput("-");
    settings.flushErrors();
    bool errors = settings.hadErrors();
    const Rule* rule = nullptr;
    std::vector<std::string> ids;
    for (const auto& state : here.rules.states) {
        ids.push_back(state.rule.id);
        if (state.rule.id == ruleId) rule = &state.rule;
    }
    // replylint's own check of inline directives is in no pack, but reports name it.
    const Rule& directives = unusedDirectiveRule();
    ids.push_back(directives.id);
    if (ruleId == directives.id) rule = &directives;
    if (!rule) {
        std::fprintf(stderr, "replylint: no rule '%s'%s\n", ruleId.c_str(), didYouMean(ruleId, ids).c_str());
        return 2;
    }
    if (rule == &directives) {
        std::printf("%s  (directive check, %s, reads templates' replylint-disable comments)\n\n", rule->id.c_str(),
                    std::string(severityName(rule->severity)).c_str());
    } else {
        std::printf("%s  (%s, %s, reads %s turns)\n\n", rule->id.c_str(), std::string(ruleKindName(rule->kind)).c_str(),
                    std::string(severityName(rule->severity)).c_str(),
                    rule->anySpeaker ? "all" : std::string(roleName(rule->speaker)).c_str());
    }
    std::printf("%s\n", rule->message.c_str());
    if (!rule->help.empty()) std::printf("\n%s", rule->help.c_str());
    if (!rule->help.empty() && rule->help.back() != '\n') std::printf("\n");
    if (rule->suggest) std::printf("\nSuggested wording: %s\n", rule->suggest->c_str());
    auto printExamples = [](const char* title, const std::vector<std::string>& examples) {
        if (examples.empty()) return;
        std::printf("\n%s\n", title);
        for (const auto& e : examples) {
            std::string shown = e;
            for (size_t pos = 0; (pos = shown.find('\n', pos)) != std::string::npos; pos += 5) {
                shown.replace(pos, 1, "\n    ");
            }
            std::printf("  - %s\n", shown.c_str());
        }
    };
    printExamples("Flagged:", rule->flagExamples);
    printExamples("Not flagged:", rule->passExamples);
    if (rule->origin.line) std::printf("\nDefined in %s:%u\n", rule->origin.file.c_str(), rule->origin.line);
    else std::printf("\nDefined in %s\n", rule->origin.file.c_str());
    return errors ? 2 : 0;
}

}  // namespace replylint
