#include "rules/rule_snapshot.h"

#include <catch2/catch.hpp>

#include "rules/rule_loader.h"

using namespace replylint;

TEST_CASE("the built-in snapshot holds exactly what the YAML packs load to") {
    std::vector<RuleError> errors;
    auto fromYaml = loadBuiltinPacksFromYaml(errors);
    REQUIRE(errors.empty());
    auto fromSnapshot = loadBuiltinPacks(errors);
    REQUIRE(errors.empty());
    REQUIRE(fromSnapshot.size() == fromYaml.size());
    CHECK(serializeRulePacks(fromSnapshot) == serializeRulePacks(fromYaml));
    for (size_t i = 0; i < fromYaml.size(); ++i) {
        CHECK(fromSnapshot[i].file == fromYaml[i].file);
        REQUIRE(fromSnapshot[i].rules.size() == fromYaml[i].rules.size());
        for (size_t r = 0; r < fromYaml[i].rules.size(); ++r) {
            CHECK(fromSnapshot[i].rules[r].id == fromYaml[i].rules[r].id);
            CHECK(fromSnapshot[i].rules[r].origin.line == fromYaml[i].rules[r].origin.line);
        }
    }
}

TEST_CASE("a snapshot round-trips every field") {
    RulePack pack{"p", "desc", "builtin:p.yaml", {}};
    Rule r;
    r.id = "p/x";
    r.pack = "p";
    r.kind = RuleKind::limit;
    r.severity = Severity::error;
    r.speaker = Role::customer;
    r.anySpeaker = true;
    r.message = "m";
    r.help = "h";
    r.description = "d";
    r.caseSensitive = true;
    r.nonword = true;
    r.suggest = "s";
    r.patterns = {{"a", {"f", 1, 2}}};
    r.unless = {{"b", {"f", 3, 4}}};
    r.unlessScope = UnlessScope::adjacent;
    r.inQuotes = true;
    r.triggerFirstOnly = true;
    r.notAfter = NotAfter{{{"c", {"f", 5, 6}}}, 7};
    r.trigger = {{"t", {"f", 8, 9}}};
    r.expect = {{"e", {"f", 10, 11}}};
    r.when = {{"w", {"f", 12, 13}}};
    r.within = 3;
    r.where = Where::every;
    r.count = LimitCount::shouting;
    r.max = 9;
    r.flagExamples = {"x"};
    r.passExamples = {"y", "z"};
    r.origin = {"f", 14, 15};
    pack.rules.push_back(r);
    std::string bytes = serializeRulePacks({pack});
    std::vector<RulePack> back;
    REQUIRE(deserializeRulePacks(bytes, back));
    REQUIRE(back.size() == 1);
    CHECK(serializeRulePacks(back) == bytes);
    const Rule& b = back[0].rules.at(0);
    CHECK(b.notAfter->words == 7);
    CHECK(b.suggest == std::optional<std::string>("s"));
    CHECK(b.where == Where::every);
    CHECK(b.unlessScope == UnlessScope::adjacent);
    CHECK(b.inQuotes);
    CHECK(b.triggerFirstOnly);
    CHECK(b.passExamples.size() == 2);

    std::vector<RulePack> none;
    CHECK_FALSE(deserializeRulePacks(bytes.substr(0, bytes.size() - 1), none));
    CHECK_FALSE(deserializeRulePacks("junk", none));
}
