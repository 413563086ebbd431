#include <catch2/catch.hpp>

#include "engine/engine.h"
#include "rules/rule_loader.h"

using namespace replylint;

TEST_CASE("an unknown field names file, line, column, rule and a suggestion") {
    std::vector<RuleError> errors;
    loadRulePack("pack: tone\nrules:\n  - id: tone/shouting\n    kind: phrase\n    message: m\n    pattern: [x]\n",
                 "rules/tone.yaml", errors);
    REQUIRE(!errors.empty());
    CHECK(errors[0].format() ==
          "rules/tone.yaml:6:5: rule tone/shouting: unknown field 'pattern' (did you mean 'patterns'?)");
}

TEST_CASE("an invalid regex names the pattern and RE2's reason") {
    std::vector<RuleError> errors;
    RulePack pack = loadRulePack(
        "pack: t\nrules:\n  - id: t/x\n    kind: phrase\n    message: m\n    patterns: [\"(unclosed\"]\n",
        "t.yaml", errors);
    REQUIRE(errors.empty());
    Engine engine(pack.rules, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].format().rfind("t.yaml:6:16: rule t/x: invalid pattern '(unclosed': missing )", 0) == 0);
}

TEST_CASE("ids must carry the pack prefix and be unique; kinds need their fields") {
    std::vector<RuleError> errors;
    loadRulePack("pack: t\nrules:\n  - id: other/x\n    kind: phrase\n    message: m\n    patterns: [a]\n"
                 "  - id: t/y\n    kind: respond\n    message: m\n    trigger: [a]\n",
                 "t.yaml", errors);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].message.find("id must be 't/<name>'") != std::string::npos);
    CHECK(errors[1].message.find("missing field 'expect'") != std::string::npos);
}

TEST_CASE("a pattern that matches the empty string is rejected") {
    std::vector<RuleError> errors;
    RulePack pack = loadRulePack("pack: t\nrules:\n  - id: t/x\n    kind: phrase\n    message: m\n    patterns: [\"a*\"]\n",
                                 "t.yaml", errors);
    Engine engine(pack.rules, errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("empty string") != std::string::npos);
}

TEST_CASE("bad YAML reports its position") {
    std::vector<RuleError> errors;
    loadRulePack("pack: t\nrules: [\n", "t.yaml", errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.rfind("invalid YAML", 0) == 0);
    CHECK(errors[0].line >= 2);
}

TEST_CASE("unless-scope and in-quotes are checked when loading") {
    std::vector<RuleError> errors;
    loadRulePack("pack: t\nrules:\n  - id: t/x\n    kind: phrase\n    message: m\n    patterns: [a]\n"
                 "    unless-scope: paragraph\n    in-quotes: maybe\n",
                 "t.yaml", errors);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].format() == "t.yaml:7:19: rule t/x: field 'unless-scope' is 'paragraph'; expected one of "
                                "sentence, adjacent, turn");
    CHECK(errors[1].message == "field 'in-quotes' must be true or false");
}
