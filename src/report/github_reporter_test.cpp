#include <catch2/catch.hpp>

#include "report/github_reporter.h"
#include "report/report_test_support.h"

using namespace replylint;

TEST_CASE("workflow command escaping follows GitHub's rules") {
    CHECK(escapeWorkflowData("100% sure\r\nok: a, b") == "100%25 sure%0D%0Aok: a, b");
    CHECK(escapeWorkflowProperty("a,b:c%d\n") == "a%2Cb%3Ac%25d%0A");
}

TEST_CASE("a finding becomes one annotation with escaped file and message") {
    testing::Capture out, err;
    GithubReporter reporter(out.file(), err.file(), SourceRoot("/nonexistent-root"));
    Finding f = testing::sampleFinding();
    f.path = "/elsewhere/a,b.txt";
    f.severity = Severity::info;
    f.message = "two\nlines, 50%";
    f.fix = "x";
    reporter.finding(f);
    CHECK(out.text() ==
          "::notice file=/elsewhere/a%2Cb.txt,line=2,col=5,endLine=2,endColumn=26,title=pack/not-our-policy::"
          "two%0Alines, 50%25 (suggestion: x)\n");
}

TEST_CASE("input problems are annotations too, and are echoed on stderr") {
    testing::Capture out, err;
    GithubReporter reporter(out.file(), err.file(), SourceRoot("/nonexistent-root"));
    reporter.diagnostic({"/x/in.jsonl", 3, Severity::error, "invalid JSON"});
    CHECK(out.text() == "::error file=/x/in.jsonl,line=3,title=replylint::invalid JSON\n");
    CHECK(err.text() == "/x/in.jsonl:3: error: invalid JSON\n");
}
