#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <csignal>
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
    fs::path dir = fs::temp_directory_path() / ("replylint-output-file-test-" + std::to_string(::getpid()));
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

TEST_CASE("a write that fails mid-report is noticed at once, with the reason") {
    auto previous = std::signal(SIGPIPE, SIG_IGN);
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::string error;
    ReportOutput out;
    REQUIRE(out.open("/proc/self/fd/" + std::to_string(fds[1]), error));
    ::close(fds[0]);   // the reader went away (`| head -1`)
    CHECK_FALSE(out.failed(error));
    std::string line(1000, 'x');
    for (int i = 0; i < 100; ++i) std::fputs(line.c_str(), out.stream());
    REQUIRE(out.failed(error));
    CHECK(error == "cannot write the report to /proc/self/fd/" + std::to_string(fds[1]) + ": Broken pipe");
    CHECK_FALSE(out.commit(error));
    ::close(fds[1]);
    std::signal(SIGPIPE, previous);
}
