// Reduces an HTML mail body to plain text with libxml2's forgiving HTML parser: block
// elements and <br> become line breaks, <blockquote> becomes `> ` quoting (so the quote
// splitter sees the history), scripts, styles and the head are dropped, entities decoded.
#pragma once
#include <string>
#include <string_view>

namespace replylint {

// `html` is UTF-8. Returns UTF-8 text with LF line breaks; sets `error` (and returns "") when
// libxml2, which is loaded on first use, is not installed.
std::string htmlToText(std::string_view html, std::string& error);

}  // namespace replylint
