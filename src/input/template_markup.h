// Finds the placeholders, logic tags and comments of the common template languages
// (Mustache/Handlebars, Liquid, Jinja, merge fields), so the reader can mask them: a
// placeholder stands for text the linter cannot see and must neither make nor break a match.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace replylint {

struct TextSpan {
    size_t begin = 0;
    size_t end = 0;   // exclusive
};

// Spans of: {{{ … }}}, {{ … }} (also {{! … }} and {{!-- … --}}), {% … %} (a Liquid
// {% comment %} … {% endcomment %} block as a whole), {# … #}, <!-- … -->, %{…}, [[…]],
// and single-brace merge fields such as {first_name} or {ticket.id}. Sorted, disjoint.
// An opener without its closer is left as text.
std::vector<TextSpan> findTemplateMarkup(std::string_view text);

}  // namespace replylint
