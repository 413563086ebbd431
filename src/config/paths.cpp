#include "config/paths.h"

#include <filesystem>

namespace replylint {

namespace fs = std::filesystem;

namespace {

const std::string& workingDirectory() {
    static const std::string cwd = [] {
        std::error_code ec;
        std::string dir = fs::current_path(ec).string();
        return ec ? std::string("/") : dir;
    }();
    return cwd;
}

// True when joining needs no lexical clean-up: no ".", ".." or empty segments.
bool isClean(std::string_view p) {
    size_t start = 0;
    while (start <= p.size()) {
        size_t end = p.find('/', start);
        if (end == std::string_view::npos) end = p.size();
        std::string_view segment = p.substr(start, end - start);
        if (segment == "." || segment == ".." || (segment.empty() && end != p.size())) return false;
        start = end + 1;
    }
    return true;
}

}  // namespace

std::string absolutePath(std::string_view path) {
    while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
    while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    if (path.empty() || path == ".") return workingDirectory();
    // The walk and the config lookups ask for thousands of clean paths: join them directly.
    if (path.front() == '/' && isClean(path.substr(1))) return std::string(path);
    if (path.front() != '/' && isClean(path)) {
        std::string joined = workingDirectory();
        if (joined != "/") joined += '/';
        return joined.append(path);
    }
    fs::path p(path);
    if (p.is_relative()) p = fs::path(workingDirectory()) / p;
    std::string normal = p.lexically_normal().string();
    while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
    return normal;
}

std::optional<std::string_view> pathWithin(std::string_view path, std::string_view directory) {
    if (directory == "/") return path.size() > 1 ? std::optional(path.substr(1)) : std::nullopt;
    if (path.size() <= directory.size() + 1 || path.substr(0, directory.size()) != directory ||
        path[directory.size()] != '/') {
        return std::nullopt;
    }
    return path.substr(directory.size() + 1);
}

std::string_view parentOf(std::string_view absolute) {
    size_t slash = absolute.rfind('/');
    if (slash == std::string_view::npos || slash == 0) return "/";
    return absolute.substr(0, slash);
}

std::string displayPath(const std::string& absolute) {
    fs::path cwd(workingDirectory());
    fs::path path(absolute);
    if (path.is_relative()) return absolute;
    auto top = [](const fs::path& p) { return std::next(p.begin()) == p.end() ? fs::path() : *std::next(p.begin()); };
    if (top(path) != top(cwd) || top(path).empty()) return absolute;
    fs::path relative = path.lexically_relative(cwd);
    return relative.empty() ? absolute : relative.string();
}

}  // namespace replylint
