#include "config/gitignore.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "config/paths.h"

namespace replylint {

namespace fs = std::filesystem;

std::vector<std::pair<std::string, bool>> parseGitIgnoreLines(const std::string& text) {
    std::vector<std::pair<std::string, bool>> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        // Trailing spaces are dropped unless escaped with a backslash.
        size_t end = line.size();
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\')) --end;
        line.resize(end);
        bool negated = !line.empty() && line[0] == '!';
        if (negated) line.erase(0, 1);
        if (!line.empty()) out.emplace_back(line, negated);
    }
    return out;
}

const std::optional<std::string>& GitIgnore::workTreeRoot(const std::string& dir) {
    auto it = roots_.find(dir);
    if (it != roots_.end()) return it->second;
    std::optional<std::string> root;
    std::error_code ec;
    if (fs::exists(dir + "/.git", ec)) {
        root = dir;
    } else if (dir != "/") {
        root = workTreeRoot(std::string(parentOf(dir)));
    }
    return roots_.emplace(dir, root).first->second;
}

const GitIgnore::PatternFile& GitIgnore::patternFile(const std::string& file, const std::string& base) {
    auto it = files_.find(file);
    if (it != files_.end()) return it->second;
    PatternFile parsed;
    parsed.base = base;
    std::ifstream in(file, std::ios::binary);
    if (in) {
        std::ostringstream text;
        text << in.rdbuf();
        for (auto& [pattern, negated] : parseGitIgnoreLines(text.str())) {
            std::string error;
            PathGlob glob = PathGlob::compile(pattern, error);
            if (glob.valid()) parsed.patterns.push_back({std::move(glob), negated});   // git skips bad lines too
        }
    }
    return files_.emplace(file, std::move(parsed)).first->second;
}

const std::vector<const GitIgnore::PatternFile*>& GitIgnore::patternFilesFor(const std::string& dir) {
    // A walk asks for every file of a directory in turn: the answer is kept for the last one.
    if (dir == lastDirectory_) return lastFiles_;
    lastDirectory_ = dir;
    lastFiles_.clear();
    const auto& root = workTreeRoot(dir);
    lastRoot_ = root ? &*root : nullptr;
    if (!root) return lastFiles_;
    // Lowest precedence first: info/exclude, then .gitignore from the root down to `dir`.
    lastFiles_.push_back(&patternFile(*root + "/.git/info/exclude", ""));
    lastFiles_.push_back(&patternFile(*root + "/.gitignore", ""));
    auto within = pathWithin(dir, *root);
    if (!within) return lastFiles_;
    std::string relative(*within);
    relative += '/';
    for (size_t slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', slash + 1)) {
        std::string base = relative.substr(0, slash);
        lastFiles_.push_back(&patternFile(*root + "/" + base + "/.gitignore", base));
    }
    return lastFiles_;
}

bool GitIgnore::ignored(const std::string& path, bool isDirectory) {
    std::string absolute = absolutePath(path);
    const auto& files = patternFilesFor(std::string(parentOf(absolute)));
    if (!lastRoot_) return false;
    auto within = pathWithin(absolute, *lastRoot_);
    if (!within) return false;
    std::string_view relative = *within;
    for (auto f = files.rbegin(); f != files.rend(); ++f) {
        std::string_view rest = relative;
        if (!(*f)->base.empty()) rest.remove_prefix((*f)->base.size() + 1);
        for (auto p = (*f)->patterns.rbegin(); p != (*f)->patterns.rend(); ++p) {
            if (p->glob.matches(rest, isDirectory)) return !p->negated;
        }
    }
    return false;
}

}  // namespace replylint
