#include <catch2/catch.hpp>

#include <string>

#include "input/template_collection.h"

using namespace replylint;

namespace {

// Each character of the decoded text must sit at its mapped source offset, unless the
// source spells it differently (an escape or a folded line break).
void checkIdentityWhereLiteral(const std::string& src, const MappedText& m, const std::string& word) {
    size_t at = m.text.find(word);
    REQUIRE(at != std::string::npos);
    CHECK(src.substr(m.origin[at], word.size()) == word);
}

}  // namespace

TEST_CASE("entries by title, key and Zendesk-style actions, each mapped into the file") {
    std::string src =
        "- title: First\n"
        "  body: |\n"
        "    Hi {{name}},\n"
        "    that's it.\n"
        "- name: Second\n"
        "  actions:\n"
        "    - field: comment_value\n"
        "      value: \"Caf\\u00e9 \\\"q\\\" done\"\n";
    CollectionResult r = readCollection(src);
    REQUIRE(r.error.empty());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].name == "First");
    CHECK(r.entries[0].reply.text == "Hi {{name}},\nthat's it.\n");
    checkIdentityWhereLiteral(src, r.entries[0].reply, "that's it.");
    CHECK(r.entries[1].name == "Second");
    CHECK(r.entries[1].reply.text == "Caf\xC3\xA9 \"q\" done");
    checkIdentityWhereLiteral(src, r.entries[1].reply, "done");
    // é comes from the 6-byte escape; the next space maps past it.
    size_t e = r.entries[1].reply.text.find("\xC3\xA9");
    CHECK(src.substr(r.entries[1].reply.origin[e], 6) == "\\u00e9");
}

TEST_CASE("a plain map of name to reply; single-quoted escapes; folded scalars") {
    std::string src = "greeting: 'it''s fine'\nclosing: >\n  one\n  two\n";
    CollectionResult r = readCollection(src);
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].name == "greeting");
    CHECK(r.entries[0].reply.text == "it's fine");
    checkIdentityWhereLiteral(src, r.entries[0].reply, "s fine");
    CHECK(r.entries[1].reply.text == "one two\n");
    checkIdentityWhereLiteral(src, r.entries[1].reply, "two");
}

TEST_CASE("JSON surrogate-pair escapes (an emoji) parse and keep the offsets after them") {
    std::string src = "{\"m\": [{\"title\": \"E\", \"body\": \"\\ud83d\\ude00 done \\\\ud83d\"}]}";
    CollectionResult r = readCollection(src);
    REQUIRE(r.error.empty());
    REQUIRE(r.entries.size() == 1);
    checkIdentityWhereLiteral(src, r.entries[0].reply, "done");
    CHECK(r.entries[0].reply.text.ends_with("\\ud83d"));   // an escaped backslash stays text
}

TEST_CASE("JSON macros read the same way; syntax errors name the line") {
    std::string src = "{\"macros\": [{\"title\": \"T\", \"comment\": \"a\\nb\"}]}";
    CollectionResult r = readCollection(src);
    REQUIRE(r.entries.size() == 1);
    CHECK(r.entries[0].name == "T");
    checkIdentityWhereLiteral(src, r.entries[0].reply, "b");
    CollectionResult bad = readCollection("- a: 1\n- b: [\n");
    CHECK_FALSE(bad.error.empty());
    CHECK(bad.errorLine >= 2);
}
