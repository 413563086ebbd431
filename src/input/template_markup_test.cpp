#include <catch2/catch.hpp>

#include <string>

#include "input/template_markup.h"

using namespace replylint;

namespace {

// The text with every markup span replaced by '#' of the same length.
std::string masked(std::string text) {
    for (const TextSpan& s : findTemplateMarkup(text)) {
        for (size_t i = s.begin; i < s.end; ++i) text[i] = '#';
    }
    return text;
}

}  // namespace

TEST_CASE("every placeholder style is masked in place, prose around it kept") {
    CHECK(masked("Hi {{ name }}, ok") == "Hi ##########, ok");
    CHECK(masked("a {{{raw}}} b") == "a ######### b");
    CHECK(masked("a {% if x %}b{% endif %}") == "a ##########b###########");
    CHECK(masked("a {# note #} b") == "a ########## b");
    CHECK(masked("a {first_name} b") == "a ############ b");
    CHECK(masked("a { ticket.id } b") == "a ############# b");
    CHECK(masked("a %{ticket_id} b") == "a ############ b");
    CHECK(masked("a [[agent]] b") == "a ######### b");
    CHECK(masked("a <!-- c --> b") == "a ########## b");
    CHECK(masked("a {{!-- x }} y --}} b") == "a ################# b");
}

TEST_CASE("value placeholders render text; logic tags and comments render nothing") {
    auto kinds = [](std::string_view text) {
        std::string out;
        for (const TemplateMarkup& m : findTemplateMarkup(text)) out += m.rendersValue ? 'v' : 'l';
        return out;
    };
    CHECK(kinds("{{ a }} {{{ b }}} {c} %{d} [[e]]") == "vvvvv");
    CHECK(kinds("{{#if a}} {{/if}} {{^x}} {{else}} {{~#each y}} {{! c }} {{!-- d --}}") == "lllllll");
    CHECK(kinds("{% if a %} {# b #} <!-- c -->") == "lll");
}

TEST_CASE("HTML tags and Markdown link targets separate words; comparisons and brackets stay text") {
    std::string text = "Kindly<br/>wait, <a href=\"x\">see [the guide](https://x.org/a_(b)) </a> 3 < 4 > 2";
    std::string out = text;
    for (const TextSpan& s : findMarkupSeparators(text)) {
        for (size_t i = s.begin; i < s.end; ++i) out[i] = '#';
    }
    CHECK(out == "Kindly#####wait, " + std::string(12, '#') + "see [the guide" + std::string(21, '#') + ") #### 3 < 4 > 2");
}

TEST_CASE("a Liquid comment block is masked whole, across lines") {
    std::string text = "a {% comment %}\nthat's not our policy\n{% endcomment %} b";
    auto spans = findTemplateMarkup(text);
    REQUIRE(spans.size() == 1);
    CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin).ends_with("{% endcomment %}"));
}

TEST_CASE("prose braces, a lone opener and an unclosed tag stay text") {
    CHECK(findTemplateMarkup("a {like this one} b").empty());
    CHECK(findTemplateMarkup("100% {").empty());
    CHECK(findTemplateMarkup("{{ never closed").empty());
    CHECK(findTemplateMarkup("{ 42 }").empty());
}
