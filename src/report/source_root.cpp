#include "report/source_root.h"

#include <system_error>

namespace replylint {

namespace fs = std::filesystem;

SourceRoot::SourceRoot(fs::path workingDir) {
    std::error_code ec;
    cwd_ = workingDir.empty() ? fs::current_path(ec) : fs::absolute(workingDir, ec);
    cwd_ = cwd_.lexically_normal();
    root_ = cwd_;
    for (fs::path dir = cwd_;; dir = dir.parent_path()) {
        if (fs::exists(dir / ".git", ec)) {
            root_ = dir;
            break;
        }
        if (dir == dir.parent_path()) break;
    }
}

std::string SourceRoot::uri() const {
    std::string encoded = percentEncodePath(root_.generic_string());
    if (encoded.empty() || encoded.back() != '/') encoded += '/';
    return "file://" + encoded;
}

std::string SourceRoot::relative(const std::string& path) const {
    if (path == "-") return path;
    fs::path absolute = fs::path(path).is_absolute() ? fs::path(path) : cwd_ / path;
    fs::path rel = absolute.lexically_normal().lexically_relative(root_);
    if (rel.empty()) return {};
    std::string text = rel.generic_string();
    if (text == ".." || text.rfind("../", 0) == 0) return {};
    return text;
}

std::string percentEncodePath(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (keep) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    return out;
}

}  // namespace replylint
