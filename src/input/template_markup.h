// Finds the placeholders, logic tags and comments of the common template languages
// (Mustache/Handlebars, Liquid, Jinja, merge fields), so the reader can mask them as they
// render: a value placeholder is some word the linter cannot see, a tag or comment is nothing.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace replylint {

struct TextSpan {
    size_t begin = 0;
    size_t end = 0;   // exclusive
};

struct TemplateMarkup : TextSpan {
    // {{ name }}, {{{ html }}}, {field}, %{field}, [[field]]: renders as text. Logic tags
    // ({% if %}, {{#each}}, {{/if}}, {{else}}) and comments render nothing.
    bool rendersValue = false;
};

// Spans of: {{{ … }}}, {{ … }} (also {{! … }} and {{!-- … --}}), {% … %} (a Liquid
// {% comment %} … {% endcomment %} block as a whole), {# … #}, <!-- … -->, %{…}, [[…]],
// and single-brace merge fields such as {first_name} or {ticket.id}. Sorted, disjoint.
// An opener without its closer is left as text.
std::vector<TemplateMarkup> findTemplateMarkup(std::string_view text);

// In Markdown and HTML: tags (<p>, <br/>, <a href="…">) and link targets ("](https://…)"),
// which a reader never sees as words but which separate the words around them.
std::vector<TextSpan> findMarkupSeparators(std::string_view text);

}  // namespace replylint
