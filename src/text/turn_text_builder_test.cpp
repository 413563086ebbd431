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
    REQUIRE(t.origin.size() == t.text.size() + 1);
    CHECK(t.origin[0] == 102);
    CHECK(t.origin[6] == 108);        // the collapsed space: end of "that's"
    CHECK(t.origin[7] == 112);        // 'n' of "not"
    CHECK(t.origin[10] == 115);       // end sentinel: just past "not"
}

TEST_CASE("typographic apostrophes and quotes fold to ASCII at their source offset") {
    TurnText t = build("that\xE2\x80\x99s \xE2\x80\x9C" "fine\xE2\x80\x9D");
    CHECK(t.text == "that's \"fine\"");
    CHECK(t.origin[4] == 104);        // the apostrophe starts at the 3-byte sequence
    CHECK(t.origin[5] == 107);        // 's' follows it
    CHECK(t.origin.back() == 100 + 19);
}

TEST_CASE("multi-byte characters keep one origin per byte") {
    TurnText t = build("caf\xC3\xA9 ok");
    CHECK(t.text == "caf\xC3\xA9 ok");
    CHECK(t.origin[3] == 103);
    CHECK(t.origin[4] == 104);
    CHECK(t.origin[5] == 105);        // collapsed space maps to the end of "café"
}

TEST_CASE("decoded units map every byte to the escape's start") {
    TurnText t;
    TurnTextBuilder b(t);
    b.appendSource("a", 10);
    b.appendDecoded("\xE2\x80\x99", 11, 17);   // \u2019 in JSON
    b.appendSource("s", 17);
    b.finish();
    CHECK(t.text == "a's");
    CHECK(t.origin[1] == 11);
    CHECK(t.origin[2] == 17);
    CHECK(t.origin[3] == 18);
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
