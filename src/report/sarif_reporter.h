// --format sarif: one SARIF 2.1.0 log for code scanning (GitHub and other SARIF viewers).
// Every rule that can fire is described in tool.driver.rules; results point at
// repository-relative URIs under %SRCROOT% with UTF-16 columns (columnKind utf16CodeUnits);
// respond findings carry the customer turn as a related location and phrase findings
// with `suggest` a fix; the invocation records the exit code and unreadable inputs.
// Results are written as they come (memory stays bounded); the invocation follows them.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <string>

#include "report/reporter.h"
#include "report/source_root.h"
#include "report/streamed_json.h"

namespace replylint {

class SarifReporter : public Reporter {
public:
    SarifReporter(std::FILE* out, std::FILE* err, SourceRoot root = SourceRoot());
    void begin(const std::vector<const Rule*>& rules) override;
    void finding(const Finding& f) override;
    void diagnostic(const Diagnostic& d) override;
    void end(const RunSummary& summary) override;

private:
    nlohmann::ordered_json skeleton() const;
    nlohmann::ordered_json artifactLocation(const std::string& path) const;
    nlohmann::ordered_json physicalLocation(const std::string& path, const SourceRange& range) const;
    nlohmann::ordered_json notification(const Diagnostic& d) const;
    std::string fingerprint(const Finding& f);

    std::FILE* err_;
    SourceRoot root_;
    nlohmann::ordered_json rules_ = nlohmann::ordered_json::array();
    std::map<std::string, size_t> ruleIndex_;
    StreamedJsonArray results_;
    std::map<std::string, size_t> fingerprintSeen_;
};

// The SARIF rule name for an id: "defensive/not-our-policy" → "NotOurPolicy".
std::string sarifRuleName(const std::string& id);

}  // namespace replylint
