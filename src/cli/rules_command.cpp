#include "cli/rules_command.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "cli/run_settings.h"
#include "engine/engine.h"

namespace replylint {

namespace {

nlohmann::json patternList(const std::vector<Pattern>& patterns) {
    auto list = nlohmann::json::array();
    for (const auto& p : patterns) list.push_back(p.text);
    return list;
}

std::string speakerName(const Rule& r) { return r.anySpeaker ? "any" : std::string(roleName(r.speaker)); }

nlohmann::json originJson(const std::optional<SettingOrigin>& origin) {
    if (!origin) return nullptr;
    nlohmann::json j = {{"setting", origin->setting}, {"file", nullptr}, {"line", nullptr}, {"column", nullptr}};
    if (!origin->at.file.empty()) {
        j["file"] = origin->at.file;
        j["line"] = origin->at.line;
        j["column"] = origin->at.column;
    }
    return j;
}

// What changed a rule from its rule file's defaults, or "-".
std::string setBy(const RuleState& state) {
    std::string out;
    if (state.enabledBy) out = state.enabledBy->describe();
    if (state.severityBy) out += (out.empty() ? "" : "; ") + state.severityBy->describe();
    return out.empty() ? "-" : out;
}

nlohmann::json ruleJson(const RuleState& state, const std::string& configPath) {
    const Rule& r = state.rule;
    nlohmann::json j = {
        {"id", r.id},
        {"pack", r.pack},
        {"kind", ruleKindName(r.kind)},
        {"severity", severityName(r.severity)},
        {"default_severity", severityName(state.defaultSeverity)},
        {"enabled", state.enabled},
        {"enabled_by", originJson(state.enabledBy)},
        {"severity_by", originJson(state.severityBy)},
        {"config", configPath.empty() ? nlohmann::json(nullptr) : nlohmann::json(configPath)},
        {"speaker", speakerName(r)},
        {"message", r.message},
        {"help", r.help},
        {"source", fmt::format("{}:{}", r.origin.file, r.origin.line)},
        {"case", r.caseSensitive ? "sensitive" : "insensitive"},
        {"nonword", r.nonword},
        {"patterns", patternList(r.patterns)},
        {"unless", patternList(r.unless)},
        {"unless_scope", unlessScopeName(r.unlessScope)},
        {"in_quotes", r.inQuotes},
    };
    if (r.kind == RuleKind::respond) {
        j["trigger"] = patternList(r.trigger);
        j["expect"] = patternList(r.expect);
        j["within"] = r.within;
        j["trigger_where"] = r.triggerFirstOnly ? "first" : "any";
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
    RunSettings settings(options.rules);
    const InputSettings& input = settings.forInput(options.forPath.empty() ? "-" : options.forPath);
    settings.flushErrors();
    bool errors = settings.hadErrors();
    const auto& states = input.rules.states;
    const std::string& configPath = input.config->path;

    if (options.idsOnly) {
        for (const auto& s : states) std::printf("%s\n", s.rule.id.c_str());
    } else if (options.format == "json") {
        auto list = nlohmann::json::array();
        for (const auto& s : states) list.push_back(ruleJson(s, configPath));
        std::printf("%s\n", list.dump(2).c_str());
    } else if (options.format == "text") {
        std::printf("config: %s\n", configPath.empty() ? "none (built-in defaults)" : configPath.c_str());
        size_t width = 4, sourceWidth = 6;
        std::vector<std::string> sources;
        for (const auto& s : states) {
            width = std::max(width, s.rule.id.size());
            sources.push_back(fmt::format("{}:{}", s.rule.origin.file, s.rule.origin.line));
            sourceWidth = std::max(sourceWidth, sources.back().size());
        }
        std::printf("%-*s  %-7s  %-8s  %-7s  %-*s  %s\n", static_cast<int>(width), "RULE", "KIND", "SEVERITY",
                    "ENABLED", static_cast<int>(sourceWidth), "SOURCE", "SET BY");
        for (size_t i = 0; i < states.size(); ++i) {
            const Rule& r = states[i].rule;
            std::printf("%-*s  %-7s  %-8s  %-7s  %-*s  %s\n", static_cast<int>(width), r.id.c_str(),
                        std::string(ruleKindName(r.kind)).c_str(), std::string(severityName(r.severity)).c_str(),
                        states[i].enabled ? "yes" : "no", static_cast<int>(sourceWidth), sources[i].c_str(),
                        setBy(states[i]).c_str());
        }
    } else {
        std::fprintf(stderr, "replylint: unknown --format '%s' (text or json)\n", options.format.c_str());
        return 2;
    }
    return errors ? 2 : 0;
}

}  // namespace replylint
