#include "cli/run_settings.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

namespace replylint {

namespace fs = std::filesystem;

RunSettings::RunSettings(ConfigChoice choice, CommandLineRules commandLine, std::optional<Severity> failOnFlag)
    : choice_(std::move(choice)),
      commandLine_(std::move(commandLine)),
      failOnFlag_(failOnFlag),
      discovery_(configErrors_) {}

namespace {

CommandLineRules commandLineRules(const RuleSelection& selection) {
    CommandLineRules rules{selection.extraRulePaths, selection.builtin, selection.enable, selection.disable, {}};
    Severity min;
    if (parseSeverity(selection.minSeverity, min)) rules.minSeverity = min;
    return rules;
}

}  // namespace

RunSettings::RunSettings(const RuleSelection& selection, std::optional<Severity> failOnFlag)
    : RunSettings(ConfigChoice{selection.configFile, selection.noConfig}, commandLineRules(selection), failOnFlag) {}

const ResolvedConfig& RunSettings::configFor(const std::string& path, bool isDirectory) {
    if (choice_.none) return discovery_.none();
    if (!choice_.file.empty()) return discovery_.named(choice_.file);
    return discovery_.nearest(path, isDirectory);
}

const InputSettings& RunSettings::forInput(const std::string& path, const std::string& stdinName, bool knownFile) {
    std::error_code ec;
    bool isDirectory = path != "-" && !knownFile && fs::is_directory(path, ec);
    const ResolvedConfig& config = path != "-"        ? configFor(path, isDirectory)
                                   : stdinName.empty() ? configFor(".", true)
                                                       : configFor(stdinName, false);
    auto found = byConfig_.find(&config);
    if (found != byConfig_.end()) return *found->second;

    auto settings = std::make_unique<InputSettings>();
    settings->config = &config;
    settings->rules = resolveRules(config, commandLine_, library_, configErrors_);
    std::string key = settings->rules.engineKey();
    auto engine = engines_.find(key);
    if (engine == engines_.end()) {
        std::vector<RuleError> compileErrors;
        auto compiled = std::make_shared<const Engine>(settings->rules.enabledRules(), compileErrors);
        for (const auto& e : compileErrors) configErrors_.push_back({{e.file, e.line, e.column},
                                                                     (e.ruleId.empty() ? "" : "rule " + e.ruleId + ": ") + e.message});
        engine = engines_.emplace(key, compiled).first;
        engineOrder_.push_back(compiled.get());
    }
    settings->engine = engine->second;

    // The nearest config's speakers first, then those of the configs it extends.
    for (auto layer = config.layers.rbegin(); layer != config.layers.rend(); ++layer) {
        for (const auto& s : (*layer)->speakers) {
            if (s.addressGlob) settings->roles.addAddressGlob(s.role, s.pattern);
            else settings->roles.addPattern(s.role, s.pattern);   // validated when the config was read
        }
    }
    settings->failOn = Severity::warning;
    for (const auto* layer : config.layers) {
        if (layer->failOn) settings->failOn = *layer->failOn;
    }
    if (failOnFlag_) settings->failOn = *failOnFlag_;
    return *byConfig_.emplace(&config, std::move(settings)).first->second;
}

bool RunSettings::ignored(const std::string& path, bool isDirectory, bool named) {
    std::string absolute = absolutePath(path);
    // A directory's own config does not decide whether the directory itself is skipped.
    const ResolvedConfig& config =
        isDirectory ? configFor(std::string(parentOf(absolute)), true) : configFor(absolute, false);
    for (const auto* layer : config.layers) {
        auto relative = pathWithin(absolute, layer->directory);
        if (!relative) continue;
        for (const auto& pattern : layer->ignore) {
            bool hit = isDirectory ? pattern.glob.matches(*relative, true) ||
                                         pattern.glob.matches(std::string(*relative) + "/", false)
                                   : pattern.glob.matchesPathOrParent(*relative);
            if (hit) return true;
        }
    }
    return !named && gitIgnore_.ignored(absolute, isDirectory);
}

InputFormat RunSettings::configuredFormat(const std::string& path) {
    std::string absolute = absolutePath(path);
    const ResolvedConfig& config = configFor(absolute, false);
    for (auto layer = config.layers.rbegin(); layer != config.layers.rend(); ++layer) {
        auto relative = pathWithin(absolute, (*layer)->directory);
        if (!relative) continue;
        for (const auto& mapping : (*layer)->inputs) {
            if (mapping.glob.matches(*relative, false)) return mapping.format;
        }
    }
    return InputFormat::autodetect;
}

std::vector<ConfigError> RunSettings::flushErrors() {
    std::vector<ConfigError> fresh;
    auto emit = [&](const ConfigError& e) {
        hadErrors_ = true;
        std::string text = e.format();
        if (std::find(printed_.begin(), printed_.end(), text) != printed_.end()) return;
        printed_.push_back(text);
        fresh.push_back(e);
        std::fprintf(stderr, "%s\n", text.c_str());
    };
    for (const auto& e : library_.takeErrors()) {
        emit({{e.file, e.line, e.column}, (e.ruleId.empty() ? "" : "rule " + e.ruleId + ": ") + e.message});
    }
    for (const auto& e : configErrors_) emit(e);
    configErrors_.clear();
    return fresh;
}

std::vector<const Rule*> RunSettings::allEnabledRules() const {
    std::vector<const Rule*> rules;
    std::set<std::string> seen;
    for (const Engine* engine : engineOrder_) {
        for (const auto& r : engine->rules()) {
            if (seen.insert(r.id).second) rules.push_back(&r);
        }
    }
    return rules;
}

}  // namespace replylint
