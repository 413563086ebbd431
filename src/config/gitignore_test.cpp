#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "config/gitignore.h"

using namespace replylint;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

struct ScratchDir {
    fs::path path;
    ScratchDir() {
        std::string pattern = (fs::temp_directory_path() / "replylint-gitignore-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

// A work tree with the rules git users actually write: names at any depth, anchored paths,
// directory-only patterns, **, negation, a nested .gitignore overriding its parent.
void makeWorkTree(const fs::path& root) {
    fs::create_directories(root / ".git" / "info");
    write(root / ".git" / "info" / "exclude", "local-notes.txt\n");
    write(root / ".gitignore",
          "# comment\n*.log\n/build/\ndrafts/\n**/tmp/**\nsecret*\n!secret-but-kept.txt\n"
          "trailing.txt   \nspace\\ name.txt\n");
    write(root / "tickets" / ".gitignore", "!keep.log\nlocal.txt\n/anchored.txt\n");
    for (const char* file : {"a.txt", "a.log", "build/x.txt", "sub/build/x.txt", "drafts/d.txt",
                             "sub/drafts/d.txt", "x/tmp/y/z.txt", "secret.txt", "secret-but-kept.txt",
                             "trailing.txt", "space name.txt", "local-notes.txt", "tickets/keep.log",
                             "tickets/other.log", "tickets/local.txt", "tickets/anchored.txt",
                             "tickets/deep/anchored.txt", "tickets/deep/local.txt", "local.txt"}) {
        write(root / file, "x\n");
    }
}

// What the walk does: skip a file when it or any parent directory is ignored.
bool walkIgnores(GitIgnore& gi, const fs::path& root, const fs::path& relative) {
    fs::path dir = root;
    for (auto it = relative.begin(); it != relative.end(); ++it) {
        dir /= *it;
        bool last = std::next(it) == relative.end();
        if (gi.ignored(dir.string(), !last)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("gitignore lines: comments, blank lines, negation, trailing spaces") {
    auto lines = parseGitIgnoreLines("# c\n\n*.log\r\n!keep.log\nx.txt  \ny\\ \n");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == std::pair<std::string, bool>{"*.log", false});
    CHECK(lines[1] == std::pair<std::string, bool>{"keep.log", true});
    CHECK(lines[2].first == "x.txt");
    CHECK(lines[3].first == "y\\ ");
}

TEST_CASE("outside a git work tree nothing is ignored") {
    ScratchDir dir;
    write(dir.path / ".gitignore", "*.txt\n");
    write(dir.path / "a.txt", "x");
    GitIgnore gi;
    CHECK_FALSE(gi.ignored((dir.path / "a.txt").string(), false));
}

TEST_CASE("ignore decisions agree with git check-ignore") {
    if (std::system("git --version > /dev/null 2>&1") != 0) {
        WARN("git is not installed; skipping the comparison with git check-ignore");
        return;
    }
    ScratchDir dir;
    fs::path root = dir.path / "repo";
    fs::create_directories(root);
    REQUIRE(std::system(("git init -q " + root.string()).c_str()) == 0);
    makeWorkTree(root);
    GitIgnore gi;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        fs::path relative = entry.path().lexically_relative(root);
        if (*relative.begin() == ".git" || !entry.is_regular_file() || relative.filename() == ".gitignore") continue;
        std::string cmd = "cd '" + root.string() + "' && git check-ignore -q '" + relative.string() + "'";
        bool gitSays = std::system(cmd.c_str()) == 0;
        INFO(relative.string());
        CHECK(walkIgnores(gi, root, relative) == gitSays);
    }
}
