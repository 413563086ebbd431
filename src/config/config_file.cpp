#include "config/config_file.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "rules/builtin_rules.h"
#include "text/did_you_mean.h"
#include "text/utf8.h"

namespace replylint {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kRoles = {"agent", "customer", "system"};
const std::vector<std::string> kSeverities = {"error", "warning", "info"};
const std::vector<std::string> kFormats = {"chat", "email", "mbox", "jsonl", "json", "template"};

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
        if (i) out += i + 1 == words.size() ? " or " : ", ";
        out += words[i];
    }
    return out;
}

// didYouMean, plus a unique candidate the word starts ("warn" → "warning").
std::string suggest(const std::string& word, const std::vector<std::string>& candidates) {
    std::string close = didYouMean(word, candidates);
    if (!close.empty() || word.empty()) return close;
    std::string only;
    for (const auto& c : candidates) {
        if (c.rfind(word, 0) != 0) continue;
        if (!only.empty()) return "";
        only = c;
    }
    return only.empty() ? "" : " (did you mean '" + only + "'?)";
}

struct Parser {
    ConfigFile& config;
    std::vector<ConfigError>& errors;
    ConfigPlace lastPlace;   // for nodes yaml-cpp gives no mark (a key with no value)

    ConfigPlace place(const YAML::Node& node) {
        YAML::Mark mark = node.Mark();
        if (mark.is_null() || mark.line < 0) return lastPlace;
        lastPlace = {config.path, static_cast<uint32_t>(mark.line + 1), static_cast<uint32_t>(mark.column + 1)};
        return lastPlace;
    }
    void error(const YAML::Node& node, const std::string& message) { errors.push_back({place(node), message}); }

    // A string, or a list of strings; calls `each` with every item.
    template <typename Fn>
    void stringList(const YAML::Node& node, const std::string& key, Fn each) {
        auto item = [&](const YAML::Node& n) {
            if (!n.IsScalar()) {
                error(n, "'" + key + "' must hold strings");
                return;
            }
            if (n.Scalar().empty()) {
                error(n, "'" + key + "' has an empty entry");
                return;
            }
            each(n.Scalar(), place(n));
        };
        if (node.IsNull()) return;   // "key:" with nothing after it: an empty list
        if (node.IsScalar()) {
            item(node);
        } else if (node.IsSequence()) {
            for (const auto& n : node) item(n);
        } else {
            error(node, "'" + key + "' must be a string or a list of strings");
        }
    }

    // Each key of a map, in the order written; duplicate keys are errors.
    template <typename Fn>
    void mapEntries(const YAML::Node& node, const std::string& key, const std::string& shape, Fn each) {
        if (node.IsNull()) return;
        if (!node.IsMap()) {
            error(node, "'" + key + "' must be a map of " + shape);
            return;
        }
        std::map<std::string, ConfigPlace> seen;
        for (const auto& kv : node) {
            if (!kv.first.IsScalar()) {
                error(kv.first, "'" + key + "' keys must be strings");
                continue;
            }
            ConfigPlace at = place(kv.first);
            auto [it, fresh] = seen.emplace(kv.first.Scalar(), at);
            if (!fresh) {
                errors.push_back({at, "duplicate key '" + kv.first.Scalar() + "' in '" + key +
                                          "' (first written at line " + std::to_string(it->second.line) + ")"});
                continue;
            }
            each(kv.first.Scalar(), at, kv.second);
        }
    }

    // A scalar that must be one of `allowed`; false (with an error) otherwise.
    bool oneOf(const YAML::Node& node, const std::string& what, const std::vector<std::string>& allowed,
               std::string& out) {
        if (!node.IsScalar()) {
            error(node, what + " must be one of " + joined(allowed));
            return false;
        }
        out = node.Scalar();
        for (const auto& a : allowed) {
            if (a == out) return true;
        }
        error(node, what + " is '" + out + "'; expected " + joined(allowed) + suggest(out, allowed));
        return false;
    }

    std::string resolve(const std::string& relative) const {
        fs::path p(relative);
        if (p.is_relative()) p = fs::path(config.directory) / p;
        return displayPath(p.lexically_normal().string());
    }

    std::optional<RuleSource> ruleSource(const std::string& entry, const ConfigPlace& at, bool allowBuiltin) {
        bool isPath = entry.find('/') != std::string::npos || entry.find('.') != std::string::npos;
        if (allowBuiltin && !isPath) {
            auto names = builtinPackNames();
            if (entry == "default") return RuleSource{RuleSource::Kind::builtinAll, entry, at};
            for (const auto& n : names) {
                if (n == entry) return RuleSource{RuleSource::Kind::builtinPack, entry, at};
            }
            errors.push_back({at, "'" + entry + "' is not a built-in pack (" + joined(names) + ")" +
                                      suggest(entry, names) + "; write ./" + entry +
                                      " for a file or directory"});
            return std::nullopt;
        }
        std::string path = resolve(entry);
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            errors.push_back({at, "no such rule file or directory '" + entry + "' (looked for " + path + ")"});
            return std::nullopt;
        }
        std::string name = fs::path(path).filename().string();
        bool isConfig = !fs::is_directory(path, ec) &&
                        (name.rfind(".replylint.", 0) == 0 || name.find(".replylint.y") != std::string::npos);
        if (isConfig && !allowBuiltin) {
            errors.push_back({at, "'" + entry + "' is a config file; name it in 'extends', not 'rules'"});
            return std::nullopt;
        }
        return RuleSource{isConfig ? RuleSource::Kind::config : RuleSource::Kind::path, path, at};
    }

    void speakers(const YAML::Node& node) {
        mapEntries(node, "speakers", "roles (agent, customer, system) to patterns",
                   [&](const std::string& roleName, const ConfigPlace& at, const YAML::Node& value) {
            Role role;
            if (!parseRole(roleName, role) || role == Role::unknown) {
                errors.push_back({at, "unknown role '" + roleName + "' in 'speakers'; expected " +
                                          joined(kRoles) + suggest(roleName, kRoles)});
                return;
            }
            stringList(value, "speakers." + roleName, [&](const std::string& pattern, const ConfigPlace& p) {
                if (looksLikeAddressGlob(pattern)) {
                    config.speakers.push_back({role, pattern, true, p});
                    return;
                }
                RE2::Options options;
                options.set_log_errors(false);
                RE2 re(pattern, options);
                if (!re.ok()) {
                    errors.push_back({p, "invalid speaker pattern '" + pattern + "': " + re.error() +
                                             " (a regex on the name, or an address glob such as "
                                             "\"*@support.example.com\")"});
                    return;
                }
                config.speakers.push_back({role, pattern, false, p});
            });
        });
    }

    void inputs(const YAML::Node& node) {
        mapEntries(node, "inputs", "path globs to input formats",
                   [&](const std::string& pattern, const ConfigPlace& at, const YAML::Node& value) {
            std::string formatName, globError;
            if (!oneOf(value, "the input format for '" + pattern + "'", kFormats, formatName)) return;
            PathGlob glob = PathGlob::compile(pattern, globError);
            if (!glob.valid()) {
                errors.push_back({at, globError});
                return;
            }
            InputFormat format;
            parseInputFormat(formatName, format);
            config.inputs.push_back({std::move(glob), format, at});
        });
    }

    void parse(const YAML::Node& root) {
        std::map<std::string, ConfigPlace> seen;
        for (const auto& kv : root) {
            if (!kv.first.IsScalar()) {
                error(kv.first, "keys must be strings");
                continue;
            }
            const std::string key = kv.first.Scalar();
            const YAML::Node& value = kv.second;
            ConfigPlace keyAt = place(kv.first);
            auto [it, fresh] = seen.emplace(key, keyAt);
            if (!fresh) {
                errors.push_back({keyAt, "duplicate key '" + key + "' (first written at line " +
                                             std::to_string(it->second.line) + ")"});
                continue;
            }
            if (key == "extends") {
                config.extends.emplace();
                stringList(value, key, [&](const std::string& entry, const ConfigPlace& at) {
                    if (auto source = ruleSource(entry, at, true)) config.extends->push_back(*source);
                });
            } else if (key == "rules") {
                stringList(value, key, [&](const std::string& entry, const ConfigPlace& at) {
                    if (auto source = ruleSource(entry, at, false)) config.rules.push_back(*source);
                });
            } else if (key == "enable" || key == "disable") {
                auto& list = key == "enable" ? config.enable : config.disable;
                stringList(value, key, [&](const std::string& entry, const ConfigPlace& at) {
                    list.push_back({entry, at});
                });
            } else if (key == "severity") {
                mapEntries(value, key, "rule ids or globs to error, warning or info",
                           [&](const std::string& pattern, const ConfigPlace& at, const YAML::Node& v) {
                    std::string name;
                    if (!oneOf(v, "the severity for '" + pattern + "'", kSeverities, name)) return;
                    Severity s;
                    parseSeverity(name, s);
                    config.severity.push_back({pattern, s, at});
                });
            } else if (key == "speakers") {
                speakers(value);
            } else if (key == "inputs") {
                inputs(value);
            } else if (key == "ignore") {
                stringList(value, key, [&](const std::string& entry, const ConfigPlace& at) {
                    std::string globError;
                    PathGlob glob = PathGlob::compile(entry, globError);
                    if (glob.valid()) config.ignore.push_back({std::move(glob), at});
                    else errors.push_back({at, globError});
                });
            } else if (key == "fail-on") {
                std::string name;
                if (oneOf(value, "'fail-on'", kSeverities, name)) {
                    Severity s;
                    parseSeverity(name, s);
                    config.failOn = s;
                    config.failOnAt = place(value);
                }
            } else {
                errors.push_back({keyAt, "unknown key '" + key + "'" + suggest(key, configKeys()) +
                                             "; the keys are " + joined(configKeys())});
            }
        }
    }
};

}  // namespace

std::string ConfigPlace::format() const {
    if (!line) return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string ConfigError::format() const { return at.format() + ": " + message; }

const std::vector<std::string>& configKeys() {
    static const std::vector<std::string> keys = {"extends", "rules",  "enable", "disable", "severity",
                                                  "speakers", "inputs", "ignore", "fail-on"};
    return keys;
}

std::vector<std::string> builtinPackNames() {
    std::vector<std::string> names = {"default"};
    for (const auto& file : builtinRuleFiles()) {
        std::string name(file.name);
        auto dot = name.rfind('.');
        names.push_back(dot == std::string::npos ? name : name.substr(0, dot));
    }
    return names;
}

bool looksLikeAddressGlob(std::string_view pattern) {
    return pattern.find('@') != std::string_view::npos &&
           pattern.find_first_of("^$()[]{}|+\\ ") == std::string_view::npos;
}

namespace {
ConfigFile parseConfigText(std::string_view yamlText, const std::string& path, const std::string& directory,
                           std::vector<ConfigError>& errors);
}  // namespace

ConfigFile parseConfig(std::string_view yamlText, const std::string& path, const std::string& directory,
                       std::vector<ConfigError>& errors) {
    size_t first = errors.size();
    ConfigFile config = parseConfigText(yamlText, path, directory, errors);
    // Messages quote the file's text; each must stay one line whatever it holds.
    for (size_t i = first; i < errors.size(); ++i) errors[i].message = utf8::oneLine(errors[i].message);
    return config;
}

namespace {
ConfigFile parseConfigText(std::string_view yamlText, const std::string& path, const std::string& directory,
                           std::vector<ConfigError>& errors) {
    ConfigFile config;
    config.path = path;
    config.directory = directory;
    Parser parser{config, errors, {path, 0, 0}};
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yamlText));
    } catch (const YAML::Exception& e) {
        errors.push_back({{path, static_cast<uint32_t>(e.mark.line + 1), static_cast<uint32_t>(e.mark.column + 1)},
                          "invalid YAML: " + e.msg});
        return config;
    }
    if (root.IsNull()) return config;   // an empty file: every default applies
    if (!root.IsMap()) {
        parser.error(root, "a config must be a map of keys (" + joined(configKeys()) + ")");
        return config;
    }
    parser.parse(root);
    return config;
}
}  // namespace

ConfigFile loadConfigFile(const std::string& path, std::vector<ConfigError>& errors) {
    std::error_code ec;
    std::string directory = fs::absolute(path, ec).lexically_normal().parent_path().string();
    std::ifstream in(path, std::ios::binary);
    if (!in || fs::is_directory(path, ec)) {
        ConfigError error;
        error.at.file = path;
        error.message = "cannot read config file";
        errors.push_back(std::move(error));
        ConfigFile empty;
        empty.path = path;
        empty.directory = directory;
        return empty;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseConfig(text.str(), path, directory, errors);
}

}  // namespace replylint
