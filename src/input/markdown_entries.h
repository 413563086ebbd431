// Splits a Markdown file of saved replies into its replies: one per fenced block under a
// "##" heading, else one per "##" section, else the whole file (front matter left out).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "input/template_markup.h"

namespace replylint {

struct MarkdownEntry {
    std::string name;    // the heading above it ("" for a whole file)
    TextSpan span;       // source offsets of the reply text
};

std::vector<MarkdownEntry> splitMarkdownReplies(std::string_view source);

}  // namespace replylint
