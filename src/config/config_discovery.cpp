#include "config/config_discovery.h"

#include <filesystem>

namespace replylint {

namespace fs = std::filesystem;

namespace {

std::string absoluteOf(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::absolute(path.empty() ? "." : path, ec).lexically_normal();
    if (p.filename().empty() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();   // "dir/"
    return p.string();
}

}  // namespace

ConfigDiscovery::ConfigDiscovery(std::vector<ConfigError>& errors) : errors_(errors) {
    none_.sources.push_back({RuleSource::Kind::builtinAll, "default", {}});
}

const ResolvedConfig& ConfigDiscovery::none() { return none_; }

const ConfigFile& ConfigDiscovery::file(const std::string& absolutePath, const std::string& shownAs) {
    auto it = files_.find(absolutePath);
    if (it != files_.end()) return *it->second;
    auto config = std::make_unique<ConfigFile>(loadConfigFile(shownAs, errors_));
    config->directory = fs::path(absolutePath).parent_path().string();
    return *files_.emplace(absolutePath, std::move(config)).first->second;
}

void ConfigDiscovery::flatten(const ConfigFile& config, ResolvedConfig& out, std::set<std::string>& visiting) {
    std::string self = absoluteOf(config.path);
    visiting.insert(self);
    std::vector<RuleSource> base = config.extends
        ? *config.extends
        : std::vector<RuleSource>{{RuleSource::Kind::builtinAll, "default", {config.path, 0, 0}}};
    for (const auto& source : base) {
        if (source.kind != RuleSource::Kind::config) {
            out.sources.push_back(source);
            continue;
        }
        std::string target = absoluteOf(source.name);
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
    return resolved(absoluteOf(configPath), configPath);
}

std::string ConfigDiscovery::nearestFile(const std::string& directory) {
    std::string dir = absoluteOf(directory);
    std::vector<std::string> visited;
    std::string found;
    for (fs::path p = dir;; p = p.parent_path()) {
        auto cached = nearestByDir_.find(p.string());
        if (cached != nearestByDir_.end()) {
            found = cached->second;
            break;
        }
        visited.push_back(p.string());
        std::error_code ec;
        fs::path candidate = p / kConfigFileName;
        if (fs::is_regular_file(candidate, ec)) {
            found = candidate.string();
            break;
        }
        if (!p.has_parent_path() || p.parent_path() == p) break;
    }
    for (const auto& v : visited) nearestByDir_[v] = found;
    return found;
}

const ResolvedConfig& ConfigDiscovery::nearest(const std::string& inputPath, bool isDirectory) {
    std::string absolute = absoluteOf(inputPath);
    std::string dir = isDirectory ? absolute : fs::path(absolute).parent_path().string();
    std::string found = nearestFile(dir);
    if (found.empty()) return none_;
    return resolved(found, displayPath(found));
}

}  // namespace replylint
