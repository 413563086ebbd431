#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "report/report_test_support.h"
#include "report/sarif_reporter.h"

using namespace replylint;
using Json = nlohmann::json;

namespace {

Json runLog(const std::vector<Finding>& findings, RunSummary summary = {}) {
    testing::Capture out, err;
    SarifReporter reporter(out.file(), err.file(), SourceRoot("/nonexistent-root/work"));
    Rule rule;
    rule.id = "pack/not-our-policy";
    rule.message = "Say what you can do.";
    rule.help = "Why.\n";
    rule.severity = Severity::error;
    reporter.begin({&rule});
    for (const auto& f : findings) reporter.finding(f);
    reporter.end(summary);
    return Json::parse(out.text());
}

}  // namespace

TEST_CASE("a clean run still has results: [] and the rules") {
    Json log = runLog({});
    const Json& run = log["runs"][0];
    CHECK(run["results"] == Json::array());
    CHECK(run["tool"]["driver"]["rules"][0]["id"] == "pack/not-our-policy");
    CHECK(run["tool"]["driver"]["rules"][0]["fullDescription"]["text"] == "Why.");
    CHECK(run["columnKind"] == "utf16CodeUnits");
    CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("results use UTF-16 columns, relative URIs and stable fingerprints with occurrence") {
    Finding f = testing::sampleFinding();
    Json log = runLog({f, f});
    const Json& results = log["runs"][0]["results"];
    const Json& region = results[0]["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startColumn"] == 6);
    CHECK(region["endColumn"] == 27);
    const Json& artifact = results[0]["locations"][0]["physicalLocation"]["artifactLocation"];
    CHECK(artifact["uri"] == "chats/a.txt");
    CHECK(artifact["uriBaseId"] == "%SRCROOT%");
    std::string first = results[0]["partialFingerprints"]["replylintFinding/v1"];
    std::string second = results[1]["partialFingerprints"]["replylintFinding/v1"];
    CHECK(first.substr(0, 17) == second.substr(0, 17));
    CHECK(first.substr(17) == "1");
    CHECK(second.substr(17) == "2");
}

TEST_CASE("a result of a rule never announced has its ruleId but no ruleIndex") {
    Finding f = testing::sampleFinding();
    f.ruleId = "other/rule";
    Json result = runLog({f})["runs"][0]["results"][0];
    CHECK(result["ruleId"] == "other/rule");
    CHECK_FALSE(result.contains("ruleIndex"));
}

TEST_CASE("fixes replace the finding's region; suppressed findings say so") {
    Finding f = testing::sampleFinding();
    f.fix = "here's what I can do";
    f.suppressed = true;
    Json result = runLog({f})["runs"][0]["results"][0];
    const Json& replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    CHECK(replacement["deletedRegion"]["startColumn"] == 6);
    CHECK(replacement["insertedContent"]["text"] == "here's what I can do");
    CHECK(result["suppressions"][0]["kind"] == "inSource");
}

TEST_CASE("unreadable inputs become notifications and the exit code is recorded") {
    RunSummary summary;
    summary.exitCode = 2;
    summary.diagnostics.push_back({"/nonexistent-root/work/x.txt", 0, Severity::error, "cannot open"});
    Json inv = runLog({}, summary)["runs"][0]["invocations"][0];
    CHECK(inv["executionSuccessful"] == false);
    CHECK(inv["exitCode"] == 2);
    CHECK(inv["toolExecutionNotifications"][0]["message"]["text"] == "cannot open");
    CHECK(inv["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "x.txt");
}

TEST_CASE("rule names are the id's last part in PascalCase") {
    CHECK(sarifRuleName("defensive/not-our-policy") == "NotOurPolicy");
    CHECK(sarifRuleName("nopack") == "Nopack");
}
