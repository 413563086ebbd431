#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/output_file.h"

using namespace replylint;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("the report replaces the file only when committed, leaving no temporary file") {
    fs::path dir = fs::temp_directory_path() / "replylint-output-file-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path target = dir / "report.json";
    std::ofstream(target) << "old";
    std::string error;
    {
        ReportOutput out;
        REQUIRE(out.open(target.string(), error));
        std::fputs("half", out.stream());
        CHECK(slurp(target) == "old");
    }   // never committed (say, the run was interrupted): the old report stays
    CHECK(slurp(target) == "old");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    {
        ReportOutput out;
        REQUIRE(out.open(target.string(), error));
        std::fputs("new", out.stream());
        REQUIRE(out.commit(error));
    }
    CHECK(slurp(target) == "new");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("a directory that does not exist is a clear error naming the file") {
    ReportOutput out;
    std::string error;
    CHECK_FALSE(out.open("/nonexistent-dir/report.sarif", error));
    CHECK(error == "cannot write the report to /nonexistent-dir/report.sarif: No such file or directory");
}

TEST_CASE("a device is written in place, never replaced, and a full one is a clear error") {
    std::string error;
    {
        ReportOutput out;
        REQUIRE(out.open("/dev/null", error));
        std::fputs("report", out.stream());
        CHECK(out.commit(error));
    }
    CHECK(fs::is_character_file("/dev/null"));
    if (fs::exists("/dev/full")) {
        ReportOutput out;
        REQUIRE(out.open("/dev/full", error));
        std::fputs("report", out.stream());
        CHECK_FALSE(out.commit(error));
        CHECK(error == "cannot write the report to /dev/full: No space left on device");
        CHECK(fs::is_character_file("/dev/full"));
    }
    CHECK(std::none_of(fs::directory_iterator("/dev"), fs::directory_iterator(), [](const fs::directory_entry& e) {
        return e.path().filename().string().rfind(".full.", 0) == 0 || e.path().filename().string().rfind(".null.", 0) == 0;
    }));
}
