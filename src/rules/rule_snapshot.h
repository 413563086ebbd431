// The built-in packs as a compact binary snapshot, made at build time from rules/*.yaml by
// the rule loader itself (tools/rules_snapshot), so a run reads them without parsing YAML:
// yaml-cpp was a fifth of the start-up of a pre-send check.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace replylint {

std::string serializeRulePacks(const std::vector<RulePack>& packs);

// False when the bytes are not a snapshot of this build's rule model.
bool deserializeRulePacks(std::string_view bytes, std::vector<RulePack>& packs);

}  // namespace replylint
