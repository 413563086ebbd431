#include "report/github_reporter.h"

#include <fmt/format.h>

#include "report/text_reporter.h"

namespace replylint {

namespace {

const char* command(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "notice";
    }
    return "warning";
}

std::string escape(std::string_view text, bool property) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += property ? "%3A" : ":"; break;
            case ',': out += property ? "%2C" : ","; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string escapeWorkflowData(std::string_view text) { return escape(text, false); }
std::string escapeWorkflowProperty(std::string_view text) { return escape(text, true); }

GithubReporter::GithubReporter(std::FILE* out, std::FILE* err, SourceRoot root)
    : out_(out), err_(err), root_(std::move(root)) {}

// Annotations land on files by their path in the repository; files outside it keep the
// path as given.
std::string GithubReporter::filePath(const std::string& path) const {
    std::string rel = root_.relative(path);
    return rel.empty() ? path : rel;
}

void GithubReporter::finding(const Finding& f) {
    if (f.suppressed) return;
    std::string message = f.message;
    if (f.fix) message += fmt::format(" (suggestion: {})", *f.fix);
    std::string line = fmt::format(
        "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command(f.severity),
        escapeWorkflowProperty(filePath(f.path)), f.range.start.line, f.range.start.column, f.range.end.line,
        f.range.end.column, escapeWorkflowProperty(f.ruleId), escapeWorkflowData(message));
    std::fputs(line.c_str(), out_);
}

void GithubReporter::diagnostic(const Diagnostic& d) {
    std::string where = "file=" + escapeWorkflowProperty(filePath(d.path));
    if (d.line) where += fmt::format(",line={}", d.line);
    std::fprintf(out_, "::%s %s,title=replylint::%s\n", command(d.severity), where.c_str(),
                 escapeWorkflowData(d.message).c_str());
    std::fprintf(err_, "%s\n", formatDiagnostic(d).c_str());
}

void GithubReporter::end(const RunSummary& s) { std::fprintf(err_, "%s\n", summaryLine(s).c_str()); }

}  // namespace replylint
