#include <catch2/catch.hpp>

#include "input/template_directives.h"

using namespace replylint;

TEST_CASE("directives in each comment syntax: scope, rules, reason and target line") {
    std::string src =
        "<!-- replylint-disable-next-line a/b,c/d -- legal wording -->\n"   // line 1
        "text\n"                                                          // line 2
        "more {# replylint-disable-line a/* #}\n"                          // line 3
        "# replylint-disable-file -- generated file\n"                     // line 4
        "x // replylint-disable-line e/f\n"                                // line 5
        "{% comment %} replylint-disable-line g/h -- why {% endcomment %}\n";  // line 6
    SourceLocator locator(src);
    ParsedDirectives parsed = findDirectives(src, locator);
    REQUIRE(parsed.directives.size() == 5);
    const auto& d = parsed.directives;
    CHECK(d[0].scope == DirectiveScope::nextLine);
    CHECK(d[0].rules == std::vector<std::string>{"a/b", "c/d"});
    CHECK(d[0].reason == "legal wording");
    CHECK(d[0].targetLine == 2);
    CHECK(d[1].scope == DirectiveScope::line);
    CHECK(d[1].rules == std::vector<std::string>{"a/*"});
    CHECK(d[1].reason.empty());
    CHECK(d[1].targetLine == 3);
    CHECK(d[2].scope == DirectiveScope::file);
    CHECK(d[2].rules.empty());
    CHECK(d[2].reason == "generated file");
    CHECK(d[3].rules == std::vector<std::string>{"e/f"});
    CHECK(d[3].range.start.column == 6);
    CHECK(d[4].rules == std::vector<std::string>{"g/h"});
    CHECK(d[4].reason == "why");
    // The comment around each directive is masked from the opener on.
    CHECK(src.substr(parsed.spans[3].begin, 2) == "//");
    CHECK(src.substr(parsed.spans[0].begin, 4) == "<!--");
}

TEST_CASE("the comment starts at the nearest opener; two directives on one line stay apart") {
    std::string src = "Call #123 today // replylint-disable-line a/b\n"
                      "x <!-- replylint-disable-line c/d --> <!-- replylint-disable-line e/f -->\n";
    SourceLocator locator(src);
    ParsedDirectives parsed = findDirectives(src, locator);
    REQUIRE(parsed.directives.size() == 3);
    CHECK(src.substr(parsed.spans[0].begin, 2) == "//");
    CHECK(parsed.directives[1].rules == std::vector<std::string>{"c/d"});
    CHECK(parsed.directives[2].rules == std::vector<std::string>{"e/f"});
    CHECK(parsed.spans[1].end <= parsed.spans[2].begin);
}

TEST_CASE("words that only start like a directive are not directives") {
    std::string src = "replylint-disabled here; replylint-disable-lines; replylint-disable x\n";
    SourceLocator locator(src);
    CHECK(findDirectives(src, locator).directives.empty());
}
