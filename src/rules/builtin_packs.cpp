#include "rules/builtin_rules.h"
#include "rules/rule_loader.h"
#include "rules/rule_snapshot.h"

namespace replylint {

std::vector<RulePack> loadBuiltinPacks(std::vector<RuleError>& errors) {
    std::vector<RulePack> packs;
    if (deserializeRulePacks(builtinRuleSnapshot(), packs)) return packs;
    return loadBuiltinPacksFromYaml(errors);   // not reached: the snapshot is made by this build
}

std::vector<RulePack> loadBuiltinPacksFromYaml(std::vector<RuleError>& errors) {
    std::vector<RulePack> packs;
    for (const auto& file : builtinRuleFiles()) {
        packs.push_back(loadRulePack(file.text, "builtin:" + std::string(file.name), errors));
    }
    return packs;
}

}  // namespace replylint
