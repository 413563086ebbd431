#include <catch2/catch.hpp>

#include "engine/fix_plan.h"

using namespace replylint;

namespace {

Finding fixable(uint64_t begin, uint64_t end, std::string matched, std::string fix) {
    Finding f;
    f.path = "t.md";
    f.range.start.byte = begin;
    f.range.end.byte = end;
    f.matchedText = std::move(matched);
    f.fix = std::move(fix);
    return f;
}

}  // namespace

TEST_CASE("fixes are kept sorted and never overlap") {
    FixPlan plan;
    CHECK(plan.accept(fixable(10, 14, "asap", "as soon as possible"), "#", false));
    CHECK(plan.accept(fixable(0, 6, "Kindly", "please"), "#", false));
    CHECK_FALSE(plan.accept(fixable(12, 20, "ap and x", "y"), "#", false));
    const auto& edits = plan.edits().at("t.md");
    REQUIRE(edits.size() == 2);
    CHECK(edits[0].begin == 0);
    CHECK(edits[0].replacement == "Please");   // capitalised like the match
    CHECK(edits[1].replacement == "as soon as possible");
    CHECK(fittedReplacement("ASAP", "as soon as possible") == "as soon as possible");
}

TEST_CASE("no fix across a placeholder, without a suggestion, or needing quotes in YAML/JSON") {
    FixPlan plan;
    CHECK_FALSE(plan.accept(fixable(0, 9, "kindly # x", "please"), "#", false));
    Finding none = fixable(0, 4, "asap", "x");
    none.fix.reset();
    CHECK_FALSE(plan.accept(none, "#", false));
    CHECK_FALSE(plan.accept(fixable(0, 4, "asap", "here's what I can do"), "#", true));
    CHECK(plan.accept(fixable(0, 4, "asap", "here's what I can do"), "#", false));
}
