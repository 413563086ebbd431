#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "engine/baseline.h"

using namespace replylint;
namespace fs = std::filesystem;

namespace {

Finding finding(const std::string& path, uint32_t line, const std::string& text) {
    Finding f;
    f.ruleId = "defensive/not-our-policy";
    f.path = path;
    f.range.start.line = line;
    f.matchedText = text;
    return f;
}

// ctest runs each test case as its own process, several at once: each gets its own file.
fs::path scratchFile(const std::string& name) {
    return fs::temp_directory_path() / ("replylint-" + std::to_string(::getpid()) + "-" + name);
}

Baseline roundTrip(const Baseline& b) {
    fs::path file = scratchFile("baseline-test.json");
    std::ofstream(file) << b.serialise();
    Baseline loaded;
    std::string error;
    REQUIRE(loaded.load(file.string(), error));
    fs::remove(file);
    return loaded;
}

}  // namespace

TEST_CASE("a baselined finding is matched by rule, path and text, not by line") {
    Baseline written;
    written.record(finding("macros/a.md", 3, "That's not  our policy"));
    Baseline b = roundTrip(written);
    CHECK(b.consume(finding("./macros/a.md", 13, "that's not our policy")));
    // Each recorded finding excuses one occurrence.
    CHECK_FALSE(b.consume(finding("macros/a.md", 20, "that's not our policy")));
}

TEST_CASE("another file, rule or text is not baselined") {
    Baseline written;
    written.record(finding("macros/a.md", 3, "that's not our policy"));
    Baseline b = roundTrip(written);
    CHECK_FALSE(b.consume(finding("macros/b.md", 3, "that's not our policy")));
    Finding otherRule = finding("macros/a.md", 3, "that's not our policy");
    otherRule.ruleId = "tone/x";
    CHECK_FALSE(b.consume(otherRule));
    CHECK_FALSE(b.consume(finding("macros/a.md", 3, "that's against our policy")));
}

TEST_CASE("a malformed baseline is an error naming the file") {
    fs::path file = scratchFile("baseline-bad.json");
    std::ofstream(file) << "{\"findings\": [{\"rule\": 1}]}";
    Baseline b;
    std::string error;
    CHECK_FALSE(b.load(file.string(), error));
    CHECK(error.find(file.string()) != std::string::npos);
    fs::remove(file);
}
