// One `.replylint.yaml` read and checked against the schema: every value keeps the place it
// was written, so errors and `replylint rules` can say file:line:col.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/path_glob.h"
#include "config/paths.h"
#include "input/input_format.h"
#include "model/conversation.h"
#include "model/severity.h"

namespace replylint {

// Where a setting was written.
struct ConfigPlace {
    std::string file;
    uint32_t line = 0;       // 1-based; 0 for the whole file
    uint32_t column = 0;

    std::string format() const;   // "file:line:col"
};

struct ConfigError {
    ConfigPlace at;
    std::string message;

    std::string format() const;   // "file:line:col: message"
};

// A rule source named by `extends` or `rules`.
struct RuleSource {
    enum class Kind { builtinAll, builtinPack, path, config };
    Kind kind = Kind::path;
    std::string name;        // pack name, or the path resolved against the config's directory
    ConfigPlace at;
};

// An enable/disable entry: a rule id or a glob over ids.
struct RulePattern {
    std::string pattern;
    ConfigPlace at;
};

struct SeverityOverride {
    std::string pattern;
    Severity severity = Severity::warning;
    ConfigPlace at;
};

struct SpeakerPattern {
    Role role = Role::agent;
    std::string pattern;
    bool addressGlob = false;    // "*@support.acme.com" rather than a name regex
    ConfigPlace at;
};

struct InputMapping {
    PathGlob glob;
    InputFormat format = InputFormat::autodetect;
    ConfigPlace at;
};

struct IgnorePattern {
    PathGlob glob;
    ConfigPlace at;
};

// The settings of one file, exactly as written (relative paths already resolved).
struct ConfigFile {
    std::string path;                            // as found or named
    std::string directory;                       // absolute; globs and paths are relative to it
    std::optional<std::vector<RuleSource>> extends;   // absent: the built-in packs
    std::vector<RuleSource> rules;
    std::vector<RulePattern> enable;
    std::vector<RulePattern> disable;
    std::vector<SeverityOverride> severity;
    std::vector<SpeakerPattern> speakers;
    std::vector<InputMapping> inputs;
    std::vector<IgnorePattern> ignore;
    std::optional<Severity> failOn;
    ConfigPlace failOnAt;
};

// The top-level keys, for suggestions and documentation.
const std::vector<std::string>& configKeys();

// Names `extends` accepts besides paths: "default" and each built-in pack.
std::vector<std::string> builtinPackNames();

// True for an address glob ("*@support.acme.com") as opposed to a name regex.
bool looksLikeAddressGlob(std::string_view pattern);

// Parses a config's text. `path` names it in errors; `directory` (absolute) is what relative
// paths and globs are resolved against. Bad entries are reported in `errors` and left out;
// the rest of the file still applies.
ConfigFile parseConfig(std::string_view yamlText, const std::string& path, const std::string& directory,
                       std::vector<ConfigError>& errors);

// Reads and parses a config file from disk.
ConfigFile loadConfigFile(const std::string& path, std::vector<ConfigError>& errors);

}  // namespace replylint
