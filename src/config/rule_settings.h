// Which rules run, at which severity, for one config plus the command line, and where each
// decision was made. Layers apply in order — the configs a config extends, the config itself,
// then the command line — and a later layer overrides an earlier one for the rules it names.
// Within a layer the more specific entry wins (an exact id beats a glob, a longer glob beats a
// shorter one); on a tie, disable wins over enable.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/config_discovery.h"
#include "rules/rule.h"
#include "rules/rule_loader.h"

namespace replylint {

// Rule selection given on the command line, on top of the config.
struct CommandLineRules {
    std::vector<std::string> rulePaths;   // --rules
    bool builtin = true;                  // false with --no-builtin
    std::vector<std::string> enable;      // --enable
    std::vector<std::string> disable;     // --disable
    std::optional<Severity> minSeverity;  // --min-severity
};

// Why a rule is on or off, or has its severity: the setting and where it was written.
struct SettingOrigin {
    std::string setting;    // "disable: defensive/*", "--enable core/x", "--min-severity warning"
    ConfigPlace at;         // file:line:col of the entry; file "" for the command line

    std::string describe() const;   // "disable: defensive/* (team/.replylint.yaml:4:13)"
};

struct RuleState {
    Rule rule;                        // severity already overridden
    Severity defaultSeverity = Severity::warning;
    bool enabled = true;
    std::optional<SettingOrigin> enabledBy;    // absent: on by default
    std::optional<SettingOrigin> severityBy;   // absent: the rule file's severity
};

struct EffectiveRules {
    std::vector<RuleState> states;   // every rule loaded, in load order

    std::vector<Rule> enabledRules() const;
    // Identifies the compiled rule set: equal keys mean the same engine can be shared.
    std::string engineKey() const;
};

// Loads every rule file once, however many configs name it.
class RuleLibrary {
public:
    const std::vector<RulePack>& builtinPacks();
    const RulePack& file(const std::string& path);   // one rule file
    std::vector<std::string> filesUnder(const std::string& path, const ConfigPlace& namedAt);

    // Load errors, each reported once.
    std::vector<RuleError> takeErrors();

private:
    std::optional<std::vector<RulePack>> builtin_;
    std::map<std::string, std::unique_ptr<RulePack>> files_;
    std::vector<RuleError> errors_;
};

// Applies a config and the command line to the rules they load. Unknown rule ids in
// enable/disable/severity are errors (with a suggestion); globs may match nothing.
EffectiveRules resolveRules(const ResolvedConfig& config, const CommandLineRules& commandLine,
                            RuleLibrary& library, std::vector<ConfigError>& errors);

}  // namespace replylint
