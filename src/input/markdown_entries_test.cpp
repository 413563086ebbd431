#include <catch2/catch.hpp>

#include <string>

#include "input/markdown_entries.h"

using namespace replylint;

namespace {

std::string textOf(const std::string& src, const MarkdownEntry& e) {
    return src.substr(e.span.begin, e.span.end - e.span.begin);
}

}  // namespace

TEST_CASE("a file without ## sections is one reply, front matter left out") {
    std::string src = "---\ntitle: x\n---\n# Title\nHello.\n";
    auto entries = splitMarkdownReplies(src);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].name.empty());
    CHECK(textOf(src, entries[0]) == "# Title\nHello.\n");
}

TEST_CASE("sections are replies; fenced blocks in a section replace its prose") {
    std::string src =
        "Intro.\n"
        "## One\n"
        "Prose reply.\n"
        "### Sub stays inside\n"
        "## Two\n"
        "Describes it.\n"
        "````markdown\n"
        "Outer\n"
        "```bash\n"
        "inner\n"
        "```\n"
        "````\n"
        "```\n"
        "Second\n"
        "```\n";
    auto entries = splitMarkdownReplies(src);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].name == "One");
    CHECK(textOf(src, entries[0]) == "Prose reply.\n### Sub stays inside\n");
    CHECK(entries[1].name == "Two (1)");
    CHECK(textOf(src, entries[1]) == "Outer\n```bash\ninner\n```\n");
    CHECK(entries[2].name == "Two (2)");
    CHECK(textOf(src, entries[2]) == "Second\n");
}

TEST_CASE("a ## line inside a fence is not a heading") {
    std::string src = "## Real\n```\n## not a heading\n```\n";
    auto entries = splitMarkdownReplies(src);
    REQUIRE(entries.size() == 1);
    CHECK(textOf(src, entries[0]) == "## not a heading\n");
}
