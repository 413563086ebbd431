#include <catch2/catch.hpp>

#include "text/source_locator.h"

using namespace replylint;

TEST_CASE("lines and columns count code points; UTF-16 columns count surrogate pairs") {
    std::string src = "ab\nc\xC3\xA9 \xF0\x9F\x98\x80 x\n";
    SourceLocator loc(src);
    auto p = loc.position(src.find('x'));
    CHECK(p.line == 2);
    CHECK(p.column == 6);        // c é space 😀 space x
    CHECK(p.utf16Column == 7);   // the emoji is two UTF-16 units
    CHECK(p.byte == src.find('x'));
}

TEST_CASE("CRLF and lone CR end lines") {
    std::string src = "one\r\ntwo\rthree";
    SourceLocator loc(src);
    CHECK(loc.position(src.find("two")).line == 2);
    CHECK(loc.position(src.find("three")).line == 3);
    CHECK(loc.position(src.find("three")).column == 1);
    auto r = loc.range(src.find("two"), src.find("two") + 3);
    CHECK(r.lineText == "two");
}

TEST_CASE("a record locator starts at its own line and offset") {
    std::string record = R"({"text": "hi"})";
    SourceLocator loc(record, 1000, 7);
    auto p = loc.position(1000 + record.find("hi"));
    CHECK(p.line == 7);
    CHECK(p.column == 11);
    CHECK(p.byte == 1000 + record.find("hi"));
}

TEST_CASE("a UTF-8 byte order mark at the start of the file is not a column") {
    std::string text = "\xEF\xBB\xBF" "Agent: hi\nAgent: \xEF\xBB\xBFx";
    SourceLocator loc(text);
    CHECK(loc.position(3).column == 1);
    CHECK(loc.position(10).column == 8);
    CHECK(loc.position(10).utf16Column == 8);
    CHECK(loc.position(text.size() - 1).column == 9);   // elsewhere it is a character like any other
}
