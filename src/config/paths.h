// Path helpers for config lookups, which run for every file a walk finds: absolute forms
// made with string operations (the working directory read once), and how paths are shown.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace replylint {

// The absolute, lexically normal form of a path ("a/./b/../c" → "<cwd>/a/c"); no trailing
// slash except for "/". The working directory is read on first use.
std::string absolutePath(std::string_view path);

// `path` relative to `directory` ('/'-separated) when it lies below it; nullopt otherwise
// (also for the directory itself). Both must be absolute and normal.
std::optional<std::string_view> pathWithin(std::string_view path, std::string_view directory);

// The directory part of an absolute, normal path ("/a/b" → "/a", "/a" → "/").
std::string_view parentOf(std::string_view absolute);

// How a path is shown: relative to the current directory when both share a top-level
// directory ("../rules/x.yaml"), so messages stay short and the same on every checkout;
// absolute across unrelated trees (/tmp vs /home).
std::string displayPath(const std::string& absolutePath);

}  // namespace replylint
