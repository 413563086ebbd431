#include <catch2/catch.hpp>

#include "engine/fix_plan.h"

using namespace replylint;

namespace {

Finding fixable(uint64_t begin, uint64_t end, std::string matched, std::string fix) {
    // The source bytes are the matched text, unless a test passes others.
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
    CHECK(plan.accept(fixable(10, 14, "asap", "as soon as possible"), "asap", false));
    CHECK(plan.accept(fixable(0, 6, "Kindly", "please"), "Kindly", false));
    CHECK_FALSE(plan.accept(fixable(12, 20, "ap and x", "y"), "ap and x", false));
    const auto& edits = plan.edits().at("t.md");
    REQUIRE(edits.size() == 2);
    CHECK(edits[0].begin == 0);
    CHECK(edits[0].replacement == "Please");   // capitalised like the match
    CHECK(edits[1].replacement == "as soon as possible");
    CHECK(fittedReplacement("ASAP", "as soon as possible") == "as soon as possible");
}

TEST_CASE("no fix across template markup, without a suggestion, or needing quotes in YAML/JSON") {
    FixPlan plan;
    CHECK_FALSE(plan.accept(fixable(0, 18, "not _ policy", "x"), "not {{ x }} policy", false));
    CHECK_FALSE(plan.accept(fixable(0, 23, "kindly wait", "x"), "kindly{% if a %} wait", false));
    CHECK_FALSE(plan.accept(fixable(0, 4, "asap", "x"), "as", false));   // source not all in view
    Finding none = fixable(0, 4, "asap", "x");
    none.fix.reset();
    CHECK_FALSE(plan.accept(none, "asap", false));
    CHECK_FALSE(plan.accept(fixable(0, 4, "asap", "here's what I can do"), "asap", true));
    CHECK(plan.accept(fixable(0, 4, "asap", "here's what I can do"), "asap", false));
}
