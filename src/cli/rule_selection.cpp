#include "cli/rule_selection.h"

#include <cstdio>
#include <set>

namespace replylint {

std::vector<Rule> LoadedRules::allRules() const {
    std::vector<Rule> rules;
    for (const auto& p : packs) rules.insert(rules.end(), p.rules.begin(), p.rules.end());
    return rules;
}

const Rule* LoadedRules::find(const std::string& id) const {
    for (const auto& p : packs) {
        for (const auto& r : p.rules) {
            if (r.id == id) return &r;
        }
    }
    return nullptr;
}

std::vector<std::string> LoadedRules::ids() const {
    std::vector<std::string> out;
    for (const auto& p : packs) {
        for (const auto& r : p.rules) out.push_back(r.id);
    }
    return out;
}

LoadedRules loadRules(const RuleSelection& selection) {
    LoadedRules loaded;
    if (selection.builtin) loaded.packs = loadBuiltinPacks(loaded.errors);
    for (const auto& path : selection.extraRulePaths) {
        std::string error;
        for (const auto& file : ruleFilesUnder(path, error)) {
            loaded.packs.push_back(loadRuleFile(file, loaded.errors));
        }
        if (!error.empty()) loaded.errors.push_back({path, 0, 0, "", error});
    }
    // A rule id defined twice across files: the later one would shadow the earlier.
    std::set<std::string> seen;
    for (auto& pack : loaded.packs) {
        for (auto it = pack.rules.begin(); it != pack.rules.end();) {
            if (!seen.insert(it->id).second) {
                loaded.errors.push_back({it->origin.file, it->origin.line, it->origin.column, it->id,
                                         "duplicate rule id (already defined in another rule file)"});
                it = pack.rules.erase(it);
            } else {
                ++it;
            }
        }
    }
    return loaded;
}

bool reportRuleErrors(const std::vector<RuleError>& errors) {
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    return !errors.empty();
}

}  // namespace replylint
