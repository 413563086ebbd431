#include "report/jsonl_reporter.h"

#include "report/finding_json.h"
#include "report/text_reporter.h"

namespace replylint {

JsonlReporter::JsonlReporter(std::FILE* out, std::FILE* err) : out_(out), err_(err) {}

void JsonlReporter::finding(const Finding& f) {
    line_.clear();
    appendFindingLine(line_, f);
    std::fwrite(line_.data(), 1, line_.size(), out_);
}

// Not after every finding: one write per finding was most of the main thread's work with -j.
void JsonlReporter::flush() { std::fflush(out_); }

// Every line of the stream is a finding; problems and the summary go to stderr.
void JsonlReporter::diagnostic(const Diagnostic& d) { std::fprintf(err_, "%s\n", formatDiagnostic(d).c_str()); }

void JsonlReporter::end(const RunSummary& s) { std::fprintf(err_, "%s\n", summaryLine(s).c_str()); }

}  // namespace replylint
