#include <catch2/catch.hpp>

#include <unistd.h>

#include <string>

#include "input/line_stream.h"

using namespace replylint;

TEST_CASE("LineStream: needsRead says when the next line is not complete in the buffer") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::string first = "one\ntwo\nthr";
    REQUIRE(::write(fds[1], first.data(), first.size()) == static_cast<ssize_t>(first.size()));
    LineStream lines(fds[0]);
    std::string_view line;
    REQUIRE(lines.next(line));
    CHECK(line == "one");
    CHECK_FALSE(lines.needsRead());   // "two\n" is buffered
    REQUIRE(lines.next(line));
    CHECK(line == "two");
    CHECK(lines.needsRead());         // "thr" waits for the rest of its line
    REQUIRE(::write(fds[1], "ee\n", 3) == 3);
    ::close(fds[1]);
    REQUIRE(lines.next(line));
    CHECK(line == "three");
    CHECK(lines.lineNumber() == 3);
    CHECK(lines.lineOffset() == 8);
    CHECK_FALSE(lines.next(line));
    ::close(fds[0]);
}
