#include "config/rule_settings.h"

#include <climits>
#include <filesystem>
#include <set>

#include "config/path_glob.h"
#include "text/did_you_mean.h"

namespace replylint {

namespace {

// How specific an enable/disable/severity entry is for a rule id: an exact id beats any
// glob, and a glob with more literal characters beats one with fewer.
int specificity(const std::string& pattern) {
    if (!isRuleIdGlob(pattern)) return INT_MAX;
    int literal = 0;
    for (char c : pattern) literal += c != '*' && c != '?';
    return literal;
}

bool patternMatches(const std::string& pattern, const std::string& id) {
    return isRuleIdGlob(pattern) ? ruleIdGlobMatches(pattern, id) : pattern == id;
}

struct LayerEntry {
    std::string pattern;
    std::string setting;   // how it is shown: "disable: x" or "--disable x"
    ConfigPlace at;
};

struct Layer {
    std::vector<LayerEntry> enable, disable;
    std::vector<std::pair<LayerEntry, Severity>> severity;
};

// The most specific entry matching the id, the later one on a tie; nullptr when none.
const LayerEntry* bestMatch(const std::vector<LayerEntry>& entries, const std::string& id, int& score) {
    const LayerEntry* best = nullptr;
    score = -1;
    for (const auto& e : entries) {
        if (!patternMatches(e.pattern, id)) continue;
        int s = specificity(e.pattern);
        if (s >= score) { score = s; best = &e; }
    }
    return best;
}

void applyLayer(const Layer& layer, std::vector<RuleState>& states) {
    for (auto& state : states) {
        const std::string& id = state.rule.id;
        int enableScore, disableScore;
        const LayerEntry* on = bestMatch(layer.enable, id, enableScore);
        const LayerEntry* off = bestMatch(layer.disable, id, disableScore);
        if (off && disableScore >= enableScore) {
            state.enabled = false;
            state.enabledBy = SettingOrigin{off->setting, off->at};
        } else if (on) {
            state.enabled = true;
            state.enabledBy = SettingOrigin{on->setting, on->at};
        }
        const std::pair<LayerEntry, Severity>* sev = nullptr;
        int best = -1;
        for (const auto& entry : layer.severity) {
            if (!patternMatches(entry.first.pattern, id)) continue;
            int s = specificity(entry.first.pattern);
            if (s >= best) { best = s; sev = &entry; }
        }
        if (sev) {
            state.rule.severity = sev->second;
            state.severityBy = SettingOrigin{sev->first.setting, sev->first.at};
        }
    }
}

// An exact id that names no loaded rule is almost always a typo.
void checkKnown(const std::vector<LayerEntry>& entries, const std::vector<std::string>& ids,
                const std::set<std::string>& known, std::vector<ConfigError>& errors) {
    for (const auto& e : entries) {
        if (isRuleIdGlob(e.pattern) || known.count(e.pattern)) continue;
        ConfigPlace at = e.at.file.empty() ? ConfigPlace{"replylint", 0, 0} : e.at;
        errors.push_back({at, e.setting + ": no such rule" + didYouMean(e.pattern, ids)});
    }
}

std::vector<LayerEntry> entries(const std::vector<RulePattern>& list, const char* key) {
    std::vector<LayerEntry> out;
    for (const auto& p : list) out.push_back({p.pattern, std::string(key) + ": " + p.pattern, p.at});
    return out;
}

std::vector<LayerEntry> flagEntries(const std::vector<std::string>& list, const char* flag) {
    std::vector<LayerEntry> out;
    for (const auto& p : list) out.push_back({p, std::string(flag) + " " + p, {}});
    return out;
}

}  // namespace

std::string SettingOrigin::describe() const {
    if (at.file.empty()) return setting;
    return setting + " (" + at.format() + ")";
}

std::vector<Rule> EffectiveRules::enabledRules() const {
    std::vector<Rule> rules;
    for (const auto& s : states) {
        if (s.enabled) rules.push_back(s.rule);
    }
    return rules;
}

std::string EffectiveRules::engineKey() const {
    std::string key;
    for (const auto& s : states) {
        if (!s.enabled) continue;
        key += s.rule.origin.file + '\n' + s.rule.id + '\n' + std::string(severityName(s.rule.severity)) + '\n';
    }
    return key;
}

const std::vector<RulePack>& RuleLibrary::builtinPacks() {
    if (!builtin_) builtin_ = loadBuiltinPacks(errors_);
    return *builtin_;
}

const RulePack& RuleLibrary::file(const std::string& path) {
    // Keyed by the file itself, so "rules/x.yaml" and "./rules/x.yaml" load (and count) once.
    std::error_code ec;
    std::string key = std::filesystem::weakly_canonical(path, ec).string();
    if (ec) key = path;
    auto it = files_.find(key);
    if (it != files_.end()) return *it->second;
    auto pack = std::make_unique<RulePack>(loadRuleFile(path, errors_));
    return *files_.emplace(key, std::move(pack)).first->second;
}

std::vector<std::string> RuleLibrary::filesUnder(const std::string& path, const ConfigPlace& namedAt) {
    std::string error;
    auto files = ruleFilesUnder(path, error);
    if (!error.empty()) {
        errors_.push_back({namedAt.file.empty() ? path : namedAt.file, namedAt.line, namedAt.column, "",
                           namedAt.file.empty() ? error : path + ": " + error});
    }
    return files;
}

std::vector<RuleError> RuleLibrary::takeErrors() {
    std::vector<RuleError> out;
    out.swap(errors_);
    return out;
}

EffectiveRules resolveRules(const ResolvedConfig& config, const CommandLineRules& commandLine,
                            RuleLibrary& library, std::vector<ConfigError>& errors) {
    // The packs, in the order their sources were named; a file named twice loads once.
    std::vector<const RulePack*> packs;
    auto add = [&](const RulePack& pack) {
        for (const auto* p : packs) {
            if (p == &pack) return;
        }
        packs.push_back(&pack);
    };
    for (const auto& source : config.sources) {
        switch (source.kind) {
            case RuleSource::Kind::builtinAll:
            case RuleSource::Kind::builtinPack:
                if (!commandLine.builtin) break;
                for (const auto& pack : library.builtinPacks()) {
                    bool wanted = source.kind == RuleSource::Kind::builtinAll ||
                                  pack.file == "builtin:" + source.name + ".yaml";
                    if (wanted) add(pack);
                }
                break;
            case RuleSource::Kind::path:
                for (const auto& f : library.filesUnder(source.name, source.at)) add(library.file(f));
                break;
            case RuleSource::Kind::config:
                break;   // already flattened into its own sources
        }
    }
    for (const auto& path : commandLine.rulePaths) {
        for (const auto& f : library.filesUnder(path, {})) add(library.file(f));
    }

    EffectiveRules result;
    std::map<std::string, std::string> definedIn;
    for (const auto* pack : packs) {
        for (const auto& rule : pack->rules) {
            auto [it, fresh] = definedIn.emplace(rule.id, rule.origin.file);
            if (!fresh) {
                errors.push_back({{rule.origin.file, rule.origin.line, rule.origin.column},
                                  "rule " + rule.id + ": duplicate rule id (already defined in " + it->second + ")"});
                continue;
            }
            result.states.push_back({rule, rule.severity, true, std::nullopt, std::nullopt});
        }
    }

    std::vector<std::string> ids;
    std::set<std::string> known;
    for (const auto& s : result.states) {
        ids.push_back(s.rule.id);
        known.insert(s.rule.id);
    }
    for (const auto* file : config.layers) {
        Layer layer{entries(file->enable, "enable"), entries(file->disable, "disable"), {}};
        for (const auto& o : file->severity) {
            layer.severity.push_back({{o.pattern, "severity: " + o.pattern + ": " + std::string(severityName(o.severity)), o.at},
                                      o.severity});
        }
        checkKnown(layer.enable, ids, known, errors);
        checkKnown(layer.disable, ids, known, errors);
        std::vector<LayerEntry> severityEntries;
        for (const auto& e : layer.severity) severityEntries.push_back(e.first);
        checkKnown(severityEntries, ids, known, errors);
        applyLayer(layer, result.states);
    }
    Layer flags{flagEntries(commandLine.enable, "--enable"), flagEntries(commandLine.disable, "--disable"), {}};
    checkKnown(flags.enable, ids, known, errors);
    checkKnown(flags.disable, ids, known, errors);
    applyLayer(flags, result.states);
    if (commandLine.minSeverity) {
        std::string setting = "--min-severity " + std::string(severityName(*commandLine.minSeverity));
        for (auto& s : result.states) {
            if (s.enabled && s.rule.severity < *commandLine.minSeverity) {
                s.enabled = false;
                s.enabledBy = SettingOrigin{setting, {}};
            }
        }
    }
    return result;
}

}  // namespace replylint
