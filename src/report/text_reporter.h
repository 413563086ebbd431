// The default human format: `path:line:col: severity: message [rule]`, the source line
// with the span underlined, the suggestion, and a summary line on stderr.
#pragma once
#include <cstdio>

#include "report/reporter.h"

namespace replylint {

class TextReporter : public Reporter {
public:
    TextReporter(std::FILE* out, std::FILE* err, bool color);
    void finding(const Finding& f) override;
    bool wantsLineText() const override { return true; }
    void diagnostic(const Diagnostic& d) override;
    void end(const RunSummary& summary) override;

private:
    std::FILE* out_;
    std::FILE* err_;
    bool color_;
};

// The display form of a diagnostic: "path:line: error: message".
// " (suppressed: reason)" or " (baseline)" for a finding --show-suppressed shows; "" otherwise.
std::string suppressionNote(const Finding& f);

std::string formatDiagnostic(const Diagnostic& d);

// The one-line summary every format prints on stderr: findings by severity, conversations,
// files, time, input problems.
std::string summaryLine(const RunSummary& s);

}  // namespace replylint
