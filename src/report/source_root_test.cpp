#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "report/source_root.h"

using namespace replylint;
namespace fs = std::filesystem;

TEST_CASE("paths are made relative to the nearest directory holding .git") {
    fs::path repo = fs::temp_directory_path() / ("replylint-source-root-test-" + std::to_string(::getpid()));
    fs::remove_all(repo);
    fs::create_directories(repo / ".git");
    fs::create_directories(repo / "sub" / "dir");
    SourceRoot root(repo / "sub");
    CHECK(root.path() == repo);
    CHECK(root.relative("dir/a.txt") == "sub/dir/a.txt");
    CHECK(root.relative("../other/./b.txt") == "other/b.txt");
    CHECK(root.relative((repo / "c.txt").string()) == "c.txt");
    CHECK(root.relative("../../outside.txt").empty());
    CHECK(root.relative("/etc/passwd").empty());
    CHECK(root.relative("-") == "-");
    CHECK(root.uri().rfind("file:///", 0) == 0);
    CHECK(root.uri().back() == '/');
    fs::remove_all(repo);
}

TEST_CASE("URIs percent-encode everything but unreserved characters and slashes") {
    CHECK(percentEncodePath("dir/caf\xC3\xA9 x%#?.txt") == "dir/caf%C3%A9%20x%25%23%3F.txt");
    CHECK(percentEncodePath("a-b_c~d.e/f") == "a-b_c~d.e/f");
}
