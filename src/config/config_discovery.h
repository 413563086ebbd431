// Finds the `.replylint.yaml` that applies to an input (the nearest one walking up from the
// input's directory), loads each config file once, and follows `extends` to the configs it
// builds on.
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "config/config_file.h"

namespace replylint {

inline constexpr const char* kConfigFileName = ".replylint.yaml";

// A config with everything it extends, ready to apply.
struct ResolvedConfig {
    std::string path;                        // the file itself, as shown to users; "" for none
    std::vector<const ConfigFile*> layers;   // extended configs first, the file itself last
    std::vector<RuleSource> sources;         // rule packs to load, in order (builtin or path)

    bool empty() const { return layers.empty(); }
};

class ConfigDiscovery {
public:
    // Errors in any config loaded are appended to `errors`, once per file.
    explicit ConfigDiscovery(std::vector<ConfigError>& errors);

    // The config for a file or directory named on the command line (or stdin's name).
    const ResolvedConfig& nearest(const std::string& inputPath, bool isDirectory = false);

    // The config named with --config (no discovery).
    const ResolvedConfig& named(const std::string& configPath);

    // No config at all: the built-in packs and defaults (--no-config).
    const ResolvedConfig& none();

    // The nearest config file above a directory, as a display path; "" when there is none.
    std::string nearestFile(const std::string& directory);

private:
    const ConfigFile& file(const std::string& absolutePath, const std::string& displayPath);
    const ResolvedConfig& resolved(const std::string& absolutePath, const std::string& displayPath);
    const ResolvedConfig& nearestInDirectory(const std::string& directory);
    void flatten(const ConfigFile& config, ResolvedConfig& out, std::set<std::string>& visiting);

    std::vector<ConfigError>& errors_;
    std::map<std::string, std::unique_ptr<ConfigFile>> files_;         // by absolute path
    std::map<std::string, std::unique_ptr<ResolvedConfig>> resolved_;  // by absolute path
    std::map<std::string, std::string> nearestByDir_;                 // absolute dir → config path
    ResolvedConfig none_;
    // A walk asks for every file of a directory in turn: the last answer, by directory.
    std::string lastDirectory_;
    const ResolvedConfig* lastResolved_ = nullptr;
};


}  // namespace replylint
