#include "config/gitignore.h"

#include <fstream>
#include <sstream>

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

const std::optional<fs::path>& GitIgnore::workTreeRoot(const fs::path& dir) {
    auto it = roots_.find(dir);
    if (it != roots_.end()) return it->second;
    std::optional<fs::path> root;
    std::error_code ec;
    if (fs::exists(dir / ".git", ec)) {
        root = dir;
    } else if (dir.has_parent_path() && dir.parent_path() != dir) {
        root = workTreeRoot(dir.parent_path());
    }
    return roots_.emplace(dir, root).first->second;
}

const GitIgnore::PatternFile& GitIgnore::patternFile(const fs::path& file, const std::string& base) {
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

bool GitIgnore::ignored(const fs::path& path, bool isDirectory) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    if (ec) return false;
    if (absolute.filename().empty()) absolute = absolute.parent_path();   // "dir/" → "dir"
    const auto& root = workTreeRoot(absolute.parent_path());
    if (!root) return false;
    std::string relative = absolute.lexically_relative(*root).generic_string();
    if (relative.empty() || relative == "." || relative.rfind("..", 0) == 0) return false;

    // Lowest precedence first: info/exclude, then .gitignore from the root down.
    std::vector<const PatternFile*> files;
    files.push_back(&patternFile(*root / ".git" / "info" / "exclude", ""));
    fs::path dir = *root;
    std::string base;
    files.push_back(&patternFile(dir / ".gitignore", base));
    fs::path parentRelative = fs::path(relative).parent_path();
    for (const auto& part : parentRelative) {
        dir /= part;
        base += (base.empty() ? "" : "/") + part.string();
        files.push_back(&patternFile(dir / ".gitignore", base));
    }
    for (auto f = files.rbegin(); f != files.rend(); ++f) {
        std::string_view within = relative;
        if (!(*f)->base.empty()) within.remove_prefix((*f)->base.size() + 1);
        for (auto p = (*f)->patterns.rbegin(); p != (*f)->patterns.rend(); ++p) {
            if (p->glob.matches(within, isDirectory)) return !p->negated;
        }
    }
    return false;
}

}  // namespace replylint
