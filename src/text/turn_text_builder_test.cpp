#include <catch2/catch.hpp>

#include "text/turn_text_builder.h"

using namespace replylint;

namespace {
TurnText build(std::string_view source) {
    TurnText t;
    TurnTextBuilder b(t);
    b.appendSource(source, 100);
    b.finish();
    return t;
}
}  // namespace

TEST_CASE("white space runs collapse to one space and map to the text before them") {
    TurnText t = build("  that's \n\t not  ");
    CHECK(t.text == "that's not");
    CHECK(t.sourceOffset(0) == 102);
    CHECK(t.sourceOffset(6) == 108);        // the collapsed space: end of "that's"
    CHECK(t.sourceOffset(7) == 112);        // 'n' of "not"
    CHECK(t.sourceOffset(10) == 115);       // end sentinel: just past "not"
}

TEST_CASE("typographic apostrophes and quotes fold to ASCII at their source offset") {
    TurnText t = build("that\xE2\x80\x99s \xE2\x80\x9C" "fine\xE2\x80\x9D");
    CHECK(t.text == "that's \"fine\"");
    CHECK(t.sourceOffset(4) == 104);        // the apostrophe starts at the 3-byte sequence
    CHECK(t.sourceOffset(5) == 107);        // 's' follows it
    CHECK(t.sourceOffset(t.text.size()) == 100 + 19);
}

TEST_CASE("multi-byte characters map byte for byte") {
    TurnText t = build("caf\xC3\xA9 ok");
    CHECK(t.text == "caf\xC3\xA9 ok");
    CHECK(t.sourceOffset(3) == 103);
    CHECK(t.sourceOffset(4) == 104);
    CHECK(t.sourceOffset(5) == 105);        // collapsed space maps to the end of "café"
}

TEST_CASE("decoded units map every byte to the escape's start") {
    TurnText t;
    TurnTextBuilder b(t);
    b.appendSource("a", 10);
    b.appendDecoded("\xE2\x80\x99", 11, 17);   // \u2019 in JSON
    b.appendSource("s", 17);
    b.finish();
    CHECK(t.text == "a's");
    CHECK(t.sourceOffset(1) == 11);
    CHECK(t.sourceOffset(2) == 17);
    CHECK(t.sourceOffset(3) == 18);
}

TEST_CASE("blank lines are remembered as paragraph breaks") {
    TurnText t = build("Hello.\n\nNew paragraph");
    CHECK(t.text == "Hello. New paragraph");
    REQUIRE(t.paragraphBreaks.size() == 1);
    CHECK(t.paragraphBreaks[0] == 6);
}

TEST_CASE("zero-width characters vanish") {
    TurnText t = build("no\xE2\x80\x8Bpe");
    CHECK(t.text == "nope");
}

TEST_CASE("a mapping run continues only while source and text advance together") {
    TurnText t = build("ab  cd\t\te");   // two spaces, then two tabs: each collapse starts a new run
    CHECK(t.text == "ab cd e");
    const uint64_t want[] = {100, 101, 102, 104, 105, 106, 108, 109};
    for (size_t i = 0; i <= t.text.size(); ++i) {
        INFO(i);
        CHECK(t.sourceOffset(i) == want[i]);
    }
    CHECK(t.origins.size() == 3);
}
