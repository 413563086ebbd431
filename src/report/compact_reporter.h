// The compact text report for pre-send checks (`--draft`): one line per finding,
// `path:line:col: severity: message [rule]`, no source excerpt; problems and the summary on
// stderr as in the text report.
#pragma once
#include <cstdio>

#include "report/reporter.h"

namespace replylint {

class CompactReporter : public Reporter {
public:
    CompactReporter(std::FILE* out, std::FILE* err) : out_(out), err_(err) {}
    void finding(const Finding& f) override;
    void diagnostic(const Diagnostic& d) override;
    void end(const RunSummary& summary) override;

private:
    std::FILE* out_;
    std::FILE* err_;
};

}  // namespace replylint
