#include <catch2/catch.hpp>

#include "text/line_spans.h"

using namespace replylint;

TEST_CASE("line spans keep LF and CRLF breaks apart from the text, last line with or without one") {
    auto lines = splitLineSpans("a\r\nbc\n\nd");
    REQUIRE(lines.size() == 4);
    CHECK((lines[0].begin == 0 && lines[0].textEnd == 1 && lines[0].next == 3));
    CHECK((lines[1].begin == 3 && lines[1].textEnd == 5 && lines[1].next == 6));
    CHECK((lines[2].begin == 6 && lines[2].textEnd == 6 && lines[2].next == 7));
    CHECK((lines[3].begin == 7 && lines[3].textEnd == 8 && lines[3].next == 8));
    CHECK(splitLineSpans("").empty());
}
