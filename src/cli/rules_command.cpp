#include "cli/rules_command.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "engine/engine.h"

namespace replylint {

namespace {

nlohmann::json patternList(const std::vector<Pattern>& patterns) {
    auto list = nlohmann::json::array();
    for (const auto& p : patterns) list.push_back(p.text);
    return list;
}

std::string speakerName(const Rule& r) { return r.anySpeaker ? "any" : std::string(roleName(r.speaker)); }

nlohmann::json ruleJson(const Rule& r) {
    nlohmann::json j = {
        {"id", r.id},
        {"pack", r.pack},
        {"kind", ruleKindName(r.kind)},
        {"severity", severityName(r.severity)},
        {"enabled", true},
        {"speaker", speakerName(r)},
        {"message", r.message},
        {"help", r.help},
        {"source", fmt::format("{}:{}", r.origin.file, r.origin.line)},
        {"case", r.caseSensitive ? "sensitive" : "insensitive"},
        {"nonword", r.nonword},
        {"patterns", patternList(r.patterns)},
        {"unless", patternList(r.unless)},
    };
    if (r.kind == RuleKind::respond) {
        j["trigger"] = patternList(r.trigger);
        j["expect"] = patternList(r.expect);
        j["within"] = r.within;
    }
    if (r.kind == RuleKind::require) {
        j["expect"] = patternList(r.expect);
        j["when"] = patternList(r.when);
        j["where"] = whereName(r.where);
    }
    if (r.kind == RuleKind::limit) {
        j["count"] = limitCountName(r.count);
        j["max"] = r.max;
    }
    if (r.suggest) j["suggest"] = *r.suggest;
    // The RE2 expressions exactly as matched (case flag and word boundaries applied), for
    // comparing against other tools with the very same patterns.
    auto compiled = nlohmann::json::array();
    for (const auto* list : {&r.patterns, &r.trigger}) {
        for (const auto& p : *list) compiled.push_back(wrapPattern(r, p.text));
    }
    j["compiled"] = compiled;
    return j;
}

}  // namespace

int runRules(const RulesOptions& options) {
    LoadedRules loaded = loadRules(options.rules);
    bool errors = reportRuleErrors(loaded.errors);
    std::vector<RuleError> compileErrors;
    Engine engine(loaded.allRules(), compileErrors);
    errors |= reportRuleErrors(compileErrors);

    if (options.idsOnly) {
        for (const auto& r : engine.rules()) std::printf("%s\n", r.id.c_str());
    } else if (options.format == "json") {
        auto list = nlohmann::json::array();
        for (const auto& r : engine.rules()) list.push_back(ruleJson(r));
        std::printf("%s\n", list.dump(2).c_str());
    } else if (options.format == "text") {
        size_t width = 4;
        for (const auto& r : engine.rules()) width = std::max(width, r.id.size());
        std::printf("%-*s  %-7s  %-8s  %-7s  %s\n", static_cast<int>(width), "RULE", "KIND", "SEVERITY",
                    "ENABLED", "SOURCE");
        for (const auto& r : engine.rules()) {
            std::printf("%-*s  %-7s  %-8s  %-7s  %s:%u\n", static_cast<int>(width), r.id.c_str(),
                        std::string(ruleKindName(r.kind)).c_str(),
                        std::string(severityName(r.severity)).c_str(), "yes", r.origin.file.c_str(),
                        r.origin.line);
        }
    } else {
        std::fprintf(stderr, "replylint: unknown --format '%s' (text or json)\n", options.format.c_str());
        return 2;
    }
    return errors ? 2 : 0;
}

}  // namespace replylint
