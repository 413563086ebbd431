// --format json: one document {version, tool, findings, diagnostics, summary[, stats]}.
// Findings are written as they come (memory stays bounded), the rest when the run ends.
// Field reference: README "Output formats".
#pragma once
#include <nlohmann/json.hpp>

#include <cstdio>

#include "report/reporter.h"
#include "report/streamed_json.h"

namespace replylint {

class JsonReporter : public Reporter {
public:
    JsonReporter(std::FILE* out, std::FILE* err);
    void finding(const Finding& f) override;
    void diagnostic(const Diagnostic& d) override;
    void end(const RunSummary& summary) override;

private:
    nlohmann::ordered_json skeleton() const;

    std::FILE* err_;
    StreamedJsonArray findings_;   // writes the document to the output stream
};

// The summary object of the json document (also used by tests).
nlohmann::ordered_json summaryJson(const RunSummary& s);

}  // namespace replylint
