#include <catch2/catch.hpp>

#include <filesystem>

#include "config/paths.h"

using namespace replylint;

TEST_CASE("absolute paths are made with the working directory and lexically normalised") {
    std::string cwd = std::filesystem::current_path().string();
    CHECK(absolutePath("a/b.txt") == cwd + "/a/b.txt");
    CHECK(absolutePath("./a/./b.txt") == cwd + "/a/b.txt");
    CHECK(absolutePath("a/../b.txt") == cwd + "/b.txt");
    CHECK(absolutePath("a//b/") == cwd + "/a/b");
    CHECK(absolutePath(".") == cwd);
    CHECK(absolutePath("/x/y/../z") == "/x/z");
    CHECK(absolutePath("/") == "/");
    CHECK(absolutePath("/x/y") == "/x/y");
    CHECK(absolutePath("//x/./y") == "/x/y");
}

TEST_CASE("paths within a directory, and parents") {
    CHECK(pathWithin("/p/q/r.txt", "/p") == std::optional<std::string_view>("q/r.txt"));
    CHECK_FALSE(pathWithin("/pq/r.txt", "/p"));
    CHECK_FALSE(pathWithin("/p", "/p"));
    CHECK(pathWithin("/p", "/") == std::optional<std::string_view>("p"));
    CHECK(parentOf("/a/b") == "/a");
    CHECK(parentOf("/a") == "/");
    CHECK(parentOf("/") == "/");
}
