// Where report paths are anchored: the repository holding the working directory (the
// nearest ancestor with a .git entry), else the working directory itself. SARIF and GitHub
// annotations need paths relative to the repository root to place findings on the code.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace replylint {

class SourceRoot {
public:
    // Finds the root above `workingDir` (the current directory by default).
    explicit SourceRoot(std::filesystem::path workingDir = {});

    const std::filesystem::path& path() const { return root_; }
    // The root as a file:// URI ending in '/', for SARIF's originalUriBaseIds.
    std::string uri() const;
    // `path` (as the user named it) relative to the root with '/' separators; empty when
    // the file lies outside the root. "-" (stdin) stays "-".
    std::string relative(const std::string& path) const;

private:
    std::filesystem::path cwd_;
    std::filesystem::path root_;
};

// Percent-encodes a path for use in a URI: everything but unreserved characters and '/'.
std::string percentEncodePath(std::string_view path);

}  // namespace replylint
