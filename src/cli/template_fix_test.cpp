#include <catch2/catch.hpp>

#include <unistd.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/template_fix.h"

using namespace replylint;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

FixPlan planFor(const std::string& path) {
    FixPlan plan;
    Finding f;
    f.path = path;
    f.range.start.byte = 9;   // "asap" in "Reply in asap.\r\n"
    f.range.end.byte = 13;
    f.matchedText = "asap";
    f.fix = "as soon as possible";
    REQUIRE(plan.accept(f, "asap", false));
    return plan;
}

}  // namespace

TEST_CASE("edits replace their spans and nothing else") {
    std::string before = "ab asap cd kindly.";
    std::vector<FixEdit> edits = {{3, 7, "as soon as possible"}, {11, 17, "please"}};
    CHECK(applyEdits(before, edits) == "ab as soon as possible cd please.");
}

TEST_CASE("the unified diff shows each changed line with context, CRLF kept") {
    std::string before = "l1\nl2\nl3\nl4 asap\r\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12 asap";
    std::vector<FixEdit> edits = {{12, 16, "soon"}, {before.size() - 4, before.size(), "soon"}};
    std::string diff = unifiedDiff("m.txt", before, edits);
    CHECK(diff ==
          "--- a/m.txt\n+++ b/m.txt\n"
          "@@ -1,7 +1,7 @@\n l1\n l2\n l3\n-l4 asap\r\n+l4 soon\r\n l5\n l6\n l7\n"
          "@@ -9,4 +9,4 @@\n l9\n l10\n l11\n-l12 asap\n\\ No newline at end of file\n"
          "+l12 soon\n\\ No newline at end of file\n");
}

TEST_CASE("a fix rewrites the file keeping its mode; an interrupted one leaves it intact") {
    fs::path dir = fs::temp_directory_path() / ("replylint-template-fix-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path file = dir / "macro.txt";
    const std::string original = "Reply in asap.\r\nBye\r\n";
    std::ofstream(file, std::ios::binary) << original;
    ::chmod(file.c_str(), 0640);
    FixPlan plan = planFor(file.string());

    SECTION("a failure just before the rename") {
        auto problems = applyFixPlan(plan, nullptr, [](std::string& error) {
            error = "simulated crash";
            return false;
        }).problems;
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.find("simulated crash") != std::string::npos);
        CHECK(slurp(file) == original);
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);   // no temp file left
    }
    SECTION("a completed fix") {
        FixOutcome outcome = applyFixPlan(plan, nullptr);
        CHECK(outcome.problems.empty());
        CHECK((outcome.files == 1 && outcome.edits == 1));
        CHECK(slurp(file) == "Reply in as soon as possible.\r\nBye\r\n");
        struct stat st {};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        CHECK((st.st_mode & 07777) == 0640);
    }
    fs::remove_all(dir);
}
