#include <catch2/catch.hpp>

#include "engine/suppressions.h"

using namespace replylint;

namespace {

Finding at(const std::string& rule, uint32_t line) {
    Finding f;
    f.ruleId = rule;
    f.range.start.line = line;
    return f;
}

SuppressionDirective directive(DirectiveScope scope, std::vector<std::string> rules, uint32_t target,
                               std::string reason = "") {
    SuppressionDirective d;
    d.scope = scope;
    d.rules = std::move(rules);
    d.targetLine = target;
    d.reason = std::move(reason);
    d.range.start.line = target;
    return d;
}

}  // namespace

TEST_CASE("a directive suppresses its rules on its line only, and keeps its reason") {
    InputSuppressions s;
    s.reset({directive(DirectiveScope::nextLine, {"tone/x"}, 4, "approved")});
    Finding other = at("tone/y", 4);
    CHECK_FALSE(s.apply(other));
    Finding elsewhere = at("tone/x", 5);
    CHECK_FALSE(s.apply(elsewhere));
    Finding hit = at("tone/x", 4);
    CHECK(s.apply(hit));
    CHECK(hit.suppressed);
    CHECK(hit.suppressionKind == "inSource");
    CHECK(hit.suppressionReason == "approved");
    CHECK(s.unusedDirectives("f").empty());
}

TEST_CASE("file directives with globs or no rules; unused ones are reported where written") {
    InputSuppressions s;
    s.reset({directive(DirectiveScope::file, {"tone/*"}, 1), directive(DirectiveScope::file, {}, 2),
             directive(DirectiveScope::line, {"nope/x"}, 9)});
    Finding f = at("tone/shouting", 30);
    CHECK(s.apply(f));
    auto unused = s.unusedDirectives("macro.md");
    REQUIRE(unused.size() == 1);
    CHECK(unused[0].ruleId == kUnusedDirectiveRule);
    CHECK(unused[0].path == "macro.md");
    CHECK(unused[0].range.start.line == 9);
    CHECK(unused[0].message.find("nope/x") != std::string::npos);
}
