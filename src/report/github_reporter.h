// --format github: GitHub Actions workflow commands (`::warning file=…,line=…::message`), one
// per finding and per input problem, so findings show as annotations on the pull request.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "report/reporter.h"
#include "report/source_root.h"

namespace replylint {

class GithubReporter : public Reporter {
public:
    GithubReporter(std::FILE* out, std::FILE* err, SourceRoot root = SourceRoot());
    void finding(const Finding& f) override;
    void diagnostic(const Diagnostic& d) override;
    void end(const RunSummary& summary) override;

private:
    std::string filePath(const std::string& path) const;

    std::FILE* out_;
    std::FILE* err_;
    SourceRoot root_;
};

// GitHub's escaping: for the message, % CR LF; for property values also ':' and ','.
std::string escapeWorkflowData(std::string_view text);
std::string escapeWorkflowProperty(std::string_view text);

}  // namespace replylint
