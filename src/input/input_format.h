// The input formats and how `auto` picks one from a file's name and first bytes.
#pragma once
#include <string>
#include <string_view>

namespace replylint {

enum class InputFormat { autodetect, chat, email, mbox, jsonl, json, templ };

std::string_view inputFormatName(InputFormat f);
bool parseInputFormat(std::string_view name, InputFormat& out);

// Picks a format from the extension, else from the content's first bytes.
InputFormat detectInputFormat(std::string_view path, std::string_view head);

// The extension of a path, lower-cased, with its dot (".md"), or "".
std::string lowerExtension(std::string_view path);

// True for files a directory walk should read (known transcript extensions).
bool isLintableExtension(std::string_view path);

}  // namespace replylint
