#include <catch2/catch.hpp>

#include "config/config_file.h"

using namespace replylint;

namespace {

std::vector<std::string> errorsOf(const char* yaml) {
    std::vector<ConfigError> errors;
    parseConfig(yaml, ".replylint.yaml", "/nonexistent", errors);
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(e.format());
    return out;
}

}  // namespace

TEST_CASE("an unknown key names file, line, column and the key it was meant to be") {
    auto errors = errorsOf("extends: []\ndisabel: [x/y]\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] ==
          ".replylint.yaml:2:1: unknown key 'disabel' (did you mean 'disable'?); the keys are extends, rules, "
          "enable, disable, severity, speakers, inputs, ignore or fail-on");
}

TEST_CASE("bad values say what is allowed, with a suggestion") {
    CHECK(errorsOf("fail-on: warn\n") ==
          std::vector<std::string>{".replylint.yaml:1:10: 'fail-on' is 'warn'; expected error, warning or info "
                                   "(did you mean 'warning'?)"});
    CHECK(errorsOf("severity: {a/b: eror}\n") ==
          std::vector<std::string>{".replylint.yaml:1:17: the severity for 'a/b' is 'eror'; expected error, "
                                   "warning or info (did you mean 'error'?)"});
    CHECK(errorsOf("inputs:\n  \"macros/**\": templates\n") ==
          std::vector<std::string>{".replylint.yaml:2:16: the input format for 'macros/**' is 'templates'; expected "
                                   "chat, email, mbox, jsonl, json or template (did you mean 'template'?)"});
    CHECK(errorsOf("speakers:\n  agents: [x]\n") ==
          std::vector<std::string>{".replylint.yaml:2:3: unknown role 'agents' in 'speakers'; expected agent, "
                                   "customer or system (did you mean 'agent'?)"});
    CHECK(errorsOf("enable: {a: b}\n") ==
          std::vector<std::string>{".replylint.yaml:1:9: 'enable' must be a string or a list of strings"});
}

TEST_CASE("extends names built-in packs or existing paths") {
    auto errors = errorsOf("extends: [defensiv]\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind(".replylint.yaml:1:11: 'defensiv' is not a built-in pack (default, ", 0) == 0);
    CHECK(errors[0].find("; write ./defensiv for a file or directory") != std::string::npos);
    auto missing = errorsOf("rules: [team-rules/]\n");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0] == ".replylint.yaml:1:9: no such rule file or directory 'team-rules/' (looked for "
                        "/nonexistent/team-rules/)");
}

TEST_CASE("speaker patterns: regexes are checked, address globs recognised") {
    std::vector<ConfigError> errors;
    ConfigFile config = parseConfig("speakers:\n  agent: [\"^(Agent\", \"*@support.acme.com\", \"\\\\(Acme\\\\)$\"]\n",
                                    "c.yaml", "/", errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].format().rfind("c.yaml:2:11: invalid speaker pattern '^(Agent': missing ): ^(Agent", 0) == 0);
    REQUIRE(config.speakers.size() == 2);
    CHECK(config.speakers[0].addressGlob);
    CHECK_FALSE(config.speakers[1].addressGlob);
}

TEST_CASE("a full config parses with every value kept") {
    std::vector<ConfigError> errors;
    ConfigFile config = parseConfig(
        "extends: [default]\nenable: [tone/*]\ndisable: defensive/unfortunately\n"
        "severity: {defensive/not-our-policy: error}\nspeakers: {customer: [\"^Client\"]}\n"
        "inputs: {\"macros/**\": template}\nignore: [\"archive/**\"]\nfail-on: error\n",
        "c.yaml", "/", errors);
    CHECK(errors.empty());
    REQUIRE(config.extends);
    CHECK(config.extends->at(0).kind == RuleSource::Kind::builtinAll);
    CHECK(config.enable.at(0).pattern == "tone/*");
    CHECK(config.disable.at(0).at.format() == "c.yaml:3:10");
    CHECK(config.severity.at(0).severity == Severity::error);
    CHECK(config.speakers.at(0).role == Role::customer);
    CHECK(config.inputs.at(0).format == InputFormat::templ);
    CHECK(config.inputs.at(0).glob.matches("macros/a/b.md", false));
    CHECK(config.ignore.at(0).glob.matchesPathOrParent("archive/x.txt"));
    CHECK(config.failOn == Severity::error);
}

TEST_CASE("empty files, YAML errors and duplicate keys") {
    CHECK(errorsOf("").empty());
    CHECK(errorsOf("# only a comment\n").empty());
    auto yaml = errorsOf("enable: [a\n");
    REQUIRE(yaml.size() == 1);
    CHECK(yaml[0].rfind(".replylint.yaml:", 0) == 0);
    CHECK(yaml[0].find("invalid YAML") != std::string::npos);
    CHECK(errorsOf("fail-on: error\nfail-on: info\n") ==
          std::vector<std::string>{".replylint.yaml:2:1: duplicate key 'fail-on' (first written at line 1)"});
    CHECK(errorsOf("- a\n") ==
          std::vector<std::string>{".replylint.yaml:1:1: a config must be a map of keys (extends, rules, enable, "
                                   "disable, severity, speakers, inputs, ignore or fail-on)"});
}
