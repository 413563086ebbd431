#include <catch2/catch.hpp>

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
