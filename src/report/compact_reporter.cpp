#include "report/compact_reporter.h"

#include <fmt/format.h>

#include "report/text_reporter.h"

namespace replylint {

void CompactReporter::finding(const Finding& f) {
    std::string line = fmt::format("{}:{}:{}: {}: {} [{}]", f.path, f.range.start.line, f.range.start.column,
                                   severityName(f.severity), f.message, f.ruleId);
    if (f.fix) line += fmt::format(" (suggestion: {})", *f.fix);
    line += suppressionNote(f) + '\n';
    std::fputs(line.c_str(), out_);
}

void CompactReporter::diagnostic(const Diagnostic& d) { std::fprintf(err_, "%s\n", formatDiagnostic(d).c_str()); }

void CompactReporter::end(const RunSummary& s) { std::fprintf(err_, "%s\n", summaryLine(s).c_str()); }

}  // namespace replylint
