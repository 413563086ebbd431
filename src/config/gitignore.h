// git's ignore rules for a directory walk inside a work tree: every directory's .gitignore
// and .git/info/exclude, with git's precedence (a deeper file beats a shallower one, a later
// line beats an earlier one, `!` re-includes). Outside a work tree nothing is ignored, as in git.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/path_glob.h"

namespace replylint {

class GitIgnore {
public:
    // True when git would ignore `path` (a file, or a directory with isDirectory). Parents are
    // not consulted: a walk that skips ignored directories never asks about their contents.
    bool ignored(const std::string& path, bool isDirectory);

private:
    struct Pattern {
        PathGlob glob;
        bool negated = false;
    };
    struct PatternFile {
        std::string base;                 // its directory, relative to the work tree root
        std::vector<Pattern> patterns;
    };

    const std::optional<std::string>& workTreeRoot(const std::string& dir);
    const PatternFile& patternFile(const std::string& file, const std::string& base);
    // The pattern files that apply to entries of `dir` (absolute), lowest precedence first.
    const std::vector<const PatternFile*>& patternFilesFor(const std::string& dir);

    std::map<std::string, std::optional<std::string>> roots_;   // directory → work tree root
    std::map<std::string, PatternFile> files_;
    std::string lastDirectory_;
    std::vector<const PatternFile*> lastFiles_;
    const std::string* lastRoot_ = nullptr;   // the work tree root of lastDirectory_, if any
};

// Parses the text of one .gitignore file (exposed for tests).
std::vector<std::pair<std::string, bool>> parseGitIgnoreLines(const std::string& text);

}  // namespace replylint
