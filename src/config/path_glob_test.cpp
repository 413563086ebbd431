#include <catch2/catch.hpp>

#include "config/path_glob.h"

using namespace replylint;

namespace {

PathGlob glob(const char* pattern) {
    std::string error;
    PathGlob g = PathGlob::compile(pattern, error);
    INFO(pattern << ": " << error);
    REQUIRE(g.valid());
    return g;
}

}  // namespace

TEST_CASE("a pattern without a slash matches a name at any depth") {
    auto g = glob("*.eml");
    CHECK(g.matches("a.eml", false));
    CHECK(g.matches("tickets/2024/a.eml", false));
    CHECK_FALSE(g.matches("a.eml.txt", false));
    CHECK(glob("archive").matchesPathOrParent("x/archive/old.txt"));
}

TEST_CASE("a slash anchors the pattern to its directory; * stays inside a segment") {
    auto g = glob("macros/*.txt");
    CHECK(g.matches("macros/a.txt", false));
    CHECK_FALSE(g.matches("macros/sub/a.txt", false));
    CHECK_FALSE(g.matches("x/macros/a.txt", false));
    CHECK(glob("/top.txt").matches("top.txt", false));
    CHECK_FALSE(glob("/top.txt").matches("sub/top.txt", false));
}

TEST_CASE("** spans directories") {
    CHECK(glob("macros/**").matches("macros/a/b/c.md", false));
    CHECK_FALSE(glob("macros/**").matches("other/a.md", false));
    auto g = glob("tickets/**/*.eml");
    CHECK(g.matches("tickets/a.eml", false));
    CHECK(g.matches("tickets/x/y/a.eml", false));
    CHECK_FALSE(g.matches("tickets/x/a.txt", false));
    CHECK(glob("**/drafts").matches("a/b/drafts", true));
    CHECK(glob("**/drafts").matches("drafts", true));
}

TEST_CASE("a trailing slash matches directories only; parents decide for files") {
    auto g = glob("archive/");
    CHECK(g.directoryOnly());
    CHECK(g.matches("archive", true));
    CHECK_FALSE(g.matches("archive", false));
    CHECK(g.matchesPathOrParent("archive/2023/x.txt"));
    CHECK(glob("archive/**").matchesPathOrParent("archive/2023/x.txt"));
    CHECK_FALSE(glob("archive/**").matchesPathOrParent("archived.txt"));
}

TEST_CASE("classes, ? and escapes") {
    CHECK(glob("file[0-9].txt").matches("file7.txt", false));
    CHECK_FALSE(glob("file[!0-9].txt").matches("file7.txt", false));
    CHECK(glob("file[!0-9].txt").matches("filex.txt", false));
    CHECK(glob("a?c").matches("abc", false));
    CHECK_FALSE(glob("a?c").matches("a/c", false));
    CHECK(glob("\\#notes").matches("#notes", false));
    CHECK(glob("a.b").matches("a.b", false));
    CHECK_FALSE(glob("a.b").matches("axb", false));
    CHECK(glob("[unclosed").matches("[unclosed", false));
}

TEST_CASE("an empty pattern is an error") {
    std::string error;
    CHECK_FALSE(PathGlob::compile("", error).valid());
    CHECK(error == "empty path pattern");
}

TEST_CASE("rule id globs match across the slash") {
    CHECK(ruleIdGlobMatches("defensive/*", "defensive/not-our-policy"));
    CHECK(ruleIdGlobMatches("*", "defensive/x"));
    CHECK(ruleIdGlobMatches("*/unfortunately", "defensive/unfortunately"));
    CHECK_FALSE(ruleIdGlobMatches("defensive/*", "tone/x"));
    CHECK(isRuleIdGlob("a/*"));
    CHECK_FALSE(isRuleIdGlob("a/b"));
}
