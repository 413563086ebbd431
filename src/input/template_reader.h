// Reads a canned-response template: the whole file is one agent turn, or, for a collection
// (YAML/JSON macros, Markdown with one reply per "##" section or fenced block), each reply is
// a conversation named by its key or heading. Template markup and directive comments are
// masked without moving offsets.
#pragma once
#include <string>
#include <string_view>

#include "input/sink.h"

namespace replylint {

// What a value placeholder reads as: one word (RE2's \w) that no phrase spells, so it can
// fill a pattern's \w+ slot as any value would, but never stand for a particular word.
inline constexpr std::string_view kPlaceholderWord = "_";

void readTemplate(std::string_view bytes, const std::string& path, ConversationSink& sink);

// True for the extensions a template walk reads (.md, .txt, .liquid, .hbs, .j2, …, .yaml, .json).
bool isTemplateExtension(std::string_view path);

// README, LICENSE, CHANGELOG, CONTRIBUTING, … (any extension): documents about a template
// collection, never replies, so a template walk leaves them out (named ones are still read).
bool isRepositoryDocument(std::string_view fileName);

// True for extensions that are only ever templates (.liquid, .hbs, .j2, .mdx, …), so `auto`
// reads them as templates.
bool isTemplateOnlyExtension(std::string_view path);

}  // namespace replylint
