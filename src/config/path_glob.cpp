#include "config/path_glob.h"

#include <fnmatch.h>
#include <re2/re2.h>

namespace replylint {

namespace {

// Appends the regex for a `[…]` class starting at pattern[i]; returns the index just past
// it, or npos when the class is not closed (then '[' is an ordinary character).
size_t appendClass(std::string_view pattern, size_t i, std::string& out) {
    size_t j = i + 1;
    bool negated = j < pattern.size() && (pattern[j] == '!' || pattern[j] == '^');
    if (negated) ++j;
    size_t first = j;
    std::string body;
    for (; j < pattern.size(); ++j) {
        char c = pattern[j];
        if (c == ']' && j > first) break;
        if (c == '\\' && j + 1 < pattern.size()) c = pattern[++j];
        if (c == '-' && j > first && j + 1 < pattern.size() && pattern[j + 1] != ']') {
            body += '-';
            continue;
        }
        if (c == '\\' || c == ']' || c == '[' || c == '^' || c == '-') body += '\\';
        body += c;
    }
    if (j >= pattern.size()) return std::string_view::npos;
    // A class never matches the separator, as in git.
    out += negated ? "[^/" + body + "]" : "[" + body + "]";
    return j + 1;
}

std::string globToRegex(std::string_view pattern, bool anywhere) {
    std::string out = anywhere ? "(?:.*/)?" : "";
    for (size_t i = 0; i < pattern.size();) {
        char c = pattern[i];
        bool segmentStart = i == 0 || pattern[i - 1] == '/';
        if (c == '*' && i + 1 < pattern.size() && pattern[i + 1] == '*') {
            size_t after = i + 2;
            bool segmentEnd = after == pattern.size() || pattern[after] == '/';
            if (segmentStart && segmentEnd) {
                if (after == pattern.size()) {
                    out += ".*";                // "dir/**": everything inside
                    i = after;
                } else {
                    out += "(?:.*/)?";          // "**/" : zero or more directories
                    i = after + 1;
                }
                continue;
            }
            while (i < pattern.size() && pattern[i] == '*') ++i;   // "a**b" is "a*b"
            out += "[^/]*";
            continue;
        }
        if (c == '*') { out += "[^/]*"; ++i; continue; }
        if (c == '?') { out += "[^/]"; ++i; continue; }
        if (c == '[') {
            size_t next = appendClass(pattern, i, out);
            if (next != std::string_view::npos) { i = next; continue; }
        }
        if (c == '\\' && i + 1 < pattern.size()) c = pattern[++i];
        out += RE2::QuoteMeta(std::string(1, c));
        ++i;
    }
    return out;
}

}  // namespace

PathGlob::PathGlob() = default;
PathGlob::~PathGlob() = default;
PathGlob::PathGlob(PathGlob&&) noexcept = default;
PathGlob& PathGlob::operator=(PathGlob&&) noexcept = default;

PathGlob PathGlob::compile(std::string_view pattern, std::string& error) {
    PathGlob glob;
    glob.text_ = std::string(pattern);
    std::string_view p = pattern;
    while (p.size() > 1 && p.back() == '/') {
        glob.directoryOnly_ = true;
        p.remove_suffix(1);
    }
    bool anchored = !p.empty() && p.front() == '/';
    if (anchored) p.remove_prefix(1);
    anchored = anchored || p.find('/') != std::string_view::npos;
    if (p.empty()) {
        error = "empty path pattern";
        return glob;
    }
    RE2::Options options;
    options.set_log_errors(false);
    options.set_dot_nl(true);
    auto re = std::make_unique<RE2>(globToRegex(p, !anchored), options);
    if (!re->ok()) {
        error = "invalid path pattern '" + std::string(pattern) + "': " + re->error();
        return glob;
    }
    glob.regex_ = std::move(re);
    return glob;
}

bool PathGlob::matches(std::string_view path, bool isDirectory) const {
    if (!regex_ || (directoryOnly_ && !isDirectory)) return false;
    return RE2::FullMatch(re2::StringPiece(path.data(), path.size()), *regex_);
}

bool PathGlob::matchesPathOrParent(std::string_view path) const {
    if (matches(path, false)) return true;
    for (size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
        if (matches(path.substr(0, slash), true)) return true;
    }
    return false;
}

bool isRuleIdGlob(std::string_view text) { return text.find_first_of("*?[") != std::string_view::npos; }

bool ruleIdGlobMatches(std::string_view glob, std::string_view id) {
    return ::fnmatch(std::string(glob).c_str(), std::string(id).c_str(), 0) == 0;
}

}  // namespace replylint
