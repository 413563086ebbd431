#include <catch2/catch.hpp>

#include "text/utf8.h"

using namespace replylint;

TEST_CASE("oneLine escapes control characters and replaces malformed UTF-8") {
    CHECK(utf8::oneLine("plain – text") == "plain – text");
    CHECK(utf8::oneLine("a\nb\r\tc") == "a\\nb\\r\\tc");
    CHECK(utf8::oneLine(std::string("nul\0x\x7f", 6)) == "nul\\x00x\\x7f");
    CHECK(utf8::oneLine("bad \xff\xC3") == "bad \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(utf8::isValid(utf8::oneLine("\xE2\x82")));
}
