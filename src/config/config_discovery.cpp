#include "config/config_discovery.h"

#include <filesystem>

namespace replylint {

namespace fs = std::filesystem;

ConfigDiscovery::ConfigDiscovery(std::vector<ConfigError>& errors) : errors_(errors) {
    none_.sources.push_back({RuleSource::Kind::builtinAll, "default", {}});
}

const ResolvedConfig& ConfigDiscovery::none() { return none_; }

const ConfigFile& ConfigDiscovery::file(const std::string& absolute, const std::string& shownAs) {
    auto it = files_.find(absolute);
    if (it != files_.end()) return *it->second;
    auto config = std::make_unique<ConfigFile>(loadConfigFile(shownAs, errors_));
    config->directory = std::string(parentOf(absolute));
    return *files_.emplace(absolute, std::move(config)).first->second;
}

void ConfigDiscovery::flatten(const ConfigFile& config, ResolvedConfig& out, std::set<std::string>& visiting) {
    std::string self = absolutePath(config.path);
    visiting.insert(self);
    std::vector<RuleSource> base = config.extends
        ? *config.extends
        : std::vector<RuleSource>{{RuleSource::Kind::builtinAll, "default", {config.path, 0, 0}}};
    for (const auto& source : base) {
        if (source.kind != RuleSource::Kind::config) {
            out.sources.push_back(source);
            continue;
        }
        std::string target = absolutePath(source.name);
        if (visiting.count(target)) {
            errors_.push_back({source.at, "'extends' makes a cycle: " + displayPath(target) +
                                              " already extends this file"});
            continue;
        }
        const ConfigFile& parent = file(target, displayPath(target));
        bool seen = false;
        for (const auto* layer : out.layers) seen |= layer == &parent;
        if (!seen) flatten(parent, out, visiting);   // a config extended twice applies once
    }
    out.sources.insert(out.sources.end(), config.rules.begin(), config.rules.end());
    out.layers.push_back(&config);
    visiting.erase(self);
}

const ResolvedConfig& ConfigDiscovery::resolved(const std::string& absolutePath, const std::string& shownAs) {
    auto it = resolved_.find(absolutePath);
    if (it != resolved_.end()) return *it->second;
    auto result = std::make_unique<ResolvedConfig>();
    result->path = shownAs;
    std::set<std::string> visiting;
    flatten(file(absolutePath, shownAs), *result, visiting);
    return *resolved_.emplace(absolutePath, std::move(result)).first->second;
}

const ResolvedConfig& ConfigDiscovery::named(const std::string& configPath) {
    return resolved(absolutePath(configPath), configPath);
}

std::string ConfigDiscovery::nearestFile(const std::string& directory) {
    std::string dir = absolutePath(directory);
    std::vector<std::string> visited;
    std::string found;
    for (std::string_view p = dir;; p = parentOf(p)) {
        auto cached = nearestByDir_.find(std::string(p));
        if (cached != nearestByDir_.end()) {
            found = cached->second;
            break;
        }
        visited.emplace_back(p);
        std::error_code ec;
        std::string candidate = (p == "/" ? "" : std::string(p)) + "/" + kConfigFileName;
        if (fs::is_regular_file(candidate, ec)) {
            found = candidate;
            break;
        }
        if (p == "/") break;
    }
    for (const auto& v : visited) nearestByDir_[v] = found;
    return found;
}

const ResolvedConfig& ConfigDiscovery::nearest(const std::string& inputPath, bool isDirectory) {
    std::string absolute = absolutePath(inputPath);
    std::string_view dir = isDirectory ? std::string_view(absolute) : parentOf(absolute);
    if (lastResolved_ && dir == lastDirectory_) return *lastResolved_;
    lastDirectory_ = dir;
    lastResolved_ = &nearestInDirectory(lastDirectory_);
    return *lastResolved_;
}

const ResolvedConfig& ConfigDiscovery::nearestInDirectory(const std::string& directory) {
    std::string found = nearestFile(directory);
    if (found.empty()) return none_;
    auto cached = resolved_.find(found);   // before displayPath, which asks for the cwd
    if (cached != resolved_.end()) return *cached->second;
    return resolved(found, displayPath(found));
}

}  // namespace replylint
