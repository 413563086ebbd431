#include "cli/init_command.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "config/config_discovery.h"
#include "rules/rule_loader.h"

namespace replylint {

namespace fs = std::filesystem;

namespace {

// A real built-in rule id for the commented examples, so uncommenting them just works.
std::string exampleRuleId() {
    std::vector<RuleError> errors;
    std::string first;
    for (const auto& pack : loadBuiltinPacks(errors)) {
        for (const auto& rule : pack.rules) {
            if (rule.id == "defensive/not-our-policy") return rule.id;
            if (first.empty()) first = rule.id;
        }
    }
    return first.empty() ? "defensive/not-our-policy" : first;
}

// Writes `text` to a temporary file beside `target`, then links it into place (which fails
// if the target exists) or, with `replace`, renames it over the target. Either way no reader
// ever sees a half-written config.
bool writeAtomically(const fs::path& target, const std::string& text, bool replace, std::string& error) {
    std::string temp = (target.parent_path() / ".replylint.yaml.XXXXXX").string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        error = std::strerror(errno);
        return false;
    }
    mode_t mask = ::umask(0);   // mkstemp makes 0600; a config is as readable as any new file
    ::umask(mask);
    bool ok = ::fchmod(fd, 0666 & ~mask) == 0 && ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
              ::fsync(fd) == 0;
    if (!ok) error = std::strerror(errno);
    if (::close(fd) != 0 && ok) {
        error = std::strerror(errno);
        ok = false;
    }
    if (ok) {
        int rc = replace ? ::rename(temp.c_str(), target.c_str()) : ::link(temp.c_str(), target.c_str());
        if (rc != 0) {
            error = errno == EEXIST ? "already exists; use --force to replace it" : std::strerror(errno);
            ok = false;
        }
    }
    if (!ok || !replace) ::unlink(temp.c_str());
    return ok;
}

}  // namespace

std::string starterConfig() {
    std::string packs;
    for (const auto& name : builtinPackNames()) {
        if (name != "default") packs += (packs.empty() ? "" : ", ") + name;
    }
    std::string rule = exampleRuleId();
    std::string pack = rule.substr(0, rule.find('/'));
    return "# replylint configuration. It applies to every file in this directory and below, unless a\n"
           "# nearer .replylint.yaml exists. `replylint check-config` validates it; `replylint rules`\n"
           "# shows what it turns on and off. Reference: man replylint (CONFIGURATION).\n"
           "\n"
           "# Rule packs to start from: built-in packs by name (default means all of them:\n"
           "# " + packs + "), or paths to rule files, rule directories or another\n"
           "# .replylint.yaml to build on.\n"
           "extends: [default]\n"
           "\n"
           "# More rule files or directories, relative to this file.\n"
           "# rules: [team-rules/]\n"
           "\n"
           "# Rule ids or globs to turn off, or back on. The more specific entry wins (an exact id beats\n"
           "# a glob); on a tie, disable wins.\n"
           "# disable: [" + pack + "/*]\n"
           "# enable: [" + rule + "]\n"
           "\n"
           "# Severity overrides: error, warning or info.\n"
           "# severity:\n"
           "#   " + rule + ": error\n"
           "\n"
           "# How speaker names become roles: regexes on the name, or globs on an e-mail address.\n"
           "# speakers:\n"
           "#   agent: [\"^(Agent|Support)\\\\b\", \"*@support.example.com\"]\n"
           "#   customer: [\"^(Customer|Client|Guest)\\\\b\"]\n"
           "\n"
           "# Input format by path glob (chat, email, mbox, jsonl, json or template).\n"
           "# inputs:\n"
           "#   \"macros/**\": template\n"
           "#   \"tickets/**/*.eml\": email\n"
           "\n"
           "# Paths to leave out, as globs relative to this file (.gitignore is honoured as well).\n"
           "# ignore: [\"archive/**\"]\n"
           "\n"
           "# The lowest severity that makes the exit code 1.\n"
           "fail-on: warning\n";
}

int runInit(const InitOptions& options) {
    std::error_code ec;
    if (!fs::is_directory(options.directory, ec)) {
        std::fprintf(stderr, "replylint: init: '%s' is not a directory\n", options.directory.c_str());
        return 2;
    }
    fs::path target = fs::path(options.directory) / kConfigFileName;
    std::string shown = options.directory == "." ? std::string(kConfigFileName) : target.string();
    std::string error;
    if (!writeAtomically(target, starterConfig(), options.force, error)) {
        std::fprintf(stderr, "replylint: %s: %s\n", shown.c_str(), error.c_str());
        return 2;
    }
    std::printf("wrote %s; edit it, then run `replylint check-config`\n", shown.c_str());
    return 0;
}

}  // namespace replylint
