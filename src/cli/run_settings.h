// Everything a run decides per input from the config that applies to it and the command line:
// which rules run at which severity (compiled once per distinct rule set and shared), how
// speakers become roles, the input format, what is ignored, and the fail-on level.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/input_walk.h"
#include "cli/rule_selection.h"
#include "config/config_discovery.h"
#include "config/gitignore.h"
#include "config/rule_settings.h"
#include "engine/engine.h"
#include "input/role_classifier.h"

namespace replylint {

// Which config applies: discovered per input (default), one named file, or none.
struct ConfigChoice {
    std::string file;       // --config
    bool none = false;      // --no-config
};

struct InputSettings {
    const ResolvedConfig* config = nullptr;
    EffectiveRules rules;
    std::shared_ptr<const Engine> engine;
    RoleClassifier roles;
    Severity failOn = Severity::warning;
};

class RunSettings : public WalkPolicy {
public:
    // `failOnFlag`: --fail-on when given; it beats the config's fail-on.
    RunSettings(ConfigChoice choice, CommandLineRules commandLine, std::optional<Severity> failOnFlag);
    // From the shared command-line options (--config, --no-config, --rules, --enable, …).
    explicit RunSettings(const RuleSelection& selection, std::optional<Severity> failOnFlag = std::nullopt);

    // The settings for a path (file or directory) or, for "-", stdin (named by stdinName if
    // given, else the current directory's config). `knownFile`: the caller knows the path is no
    // directory (a walk found it), which saves a stat per file.
    const InputSettings& forInput(const std::string& path, const std::string& stdinName = "", bool knownFile = false);

    // The config that applies to a path, without compiling its rules.
    const ResolvedConfig& configFor(const std::string& path, bool isDirectory);

    // WalkPolicy: the config's `ignore` (named files too) and .gitignore (walks only); `inputs`.
    bool ignored(const std::string& path, bool isDirectory, bool named) override;
    InputFormat configuredFormat(const std::string& path) override;

    // Prints config and rule errors not printed yet; returns them (each once, in order).
    std::vector<ConfigError> flushErrors();
    bool hadErrors() const { return hadErrors_; }

    // Every rule that may fire in this run (the union over the inputs' rule sets).
    std::vector<const Rule*> allEnabledRules() const;

private:
    ConfigChoice choice_;
    CommandLineRules commandLine_;
    std::optional<Severity> failOnFlag_;
    std::vector<ConfigError> configErrors_;
    ConfigDiscovery discovery_;
    RuleLibrary library_;
    GitIgnore gitIgnore_;
    std::map<const ResolvedConfig*, std::unique_ptr<InputSettings>> byConfig_;
    std::map<std::string, std::shared_ptr<const Engine>> engines_;   // by EffectiveRules::engineKey
    std::vector<const Engine*> engineOrder_;                          // as first needed
    std::vector<std::string> printed_;
    bool hadErrors_ = false;
};

}  // namespace replylint
