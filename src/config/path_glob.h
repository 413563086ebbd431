// Path globs written the way .gitignore writes them, for the config's `inputs` and `ignore`
// keys and for .gitignore files: `*`, `?` and `[…]` stay inside one path segment, `**` spans
// segments, a pattern with no slash matches a name at any depth, a leading slash anchors,
// a trailing slash matches directories only.
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace re2 { class RE2; }

namespace replylint {

class PathGlob {
public:
    // Compiles a pattern; on failure returns an empty glob and sets `error`.
    static PathGlob compile(std::string_view pattern, std::string& error);

    PathGlob();
    ~PathGlob();
    PathGlob(PathGlob&&) noexcept;
    PathGlob& operator=(PathGlob&&) noexcept;

    bool valid() const { return regex_ != nullptr; }
    const std::string& text() const { return text_; }
    bool directoryOnly() const { return directoryOnly_; }

    // `path` is '/'-separated and relative to the directory the pattern belongs to.
    bool matches(std::string_view path, bool isDirectory) const;

    // True when the path or one of its parent directories matches: what decides whether a
    // file is ignored ("archive" or "archive/**" ignores archive/2023/x.txt).
    bool matchesPathOrParent(std::string_view path) const;

private:
    std::string text_;
    bool directoryOnly_ = false;
    std::unique_ptr<re2::RE2> regex_;
};

// Glob over rule ids for enable/disable/severity: `*` and `?` match any characters
// (slash included), `[…]` a class. Case-sensitive, like the ids.
bool ruleIdGlobMatches(std::string_view glob, std::string_view id);
bool isRuleIdGlob(std::string_view text);

}  // namespace replylint
