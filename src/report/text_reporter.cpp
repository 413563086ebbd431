#include "report/text_reporter.h"

#include <fmt/format.h>

#include "text/utf8.h"

namespace replylint {

namespace {

const char* severityColor(Severity s) {
    switch (s) {
        case Severity::error: return "\x1b[1;31m";
        case Severity::warning: return "\x1b[1;33m";
        case Severity::info: return "\x1b[1;36m";
    }
    return "";
}

// Tabs become single spaces so the underline lines up; the line is cut at 200 characters.
std::string displayLine(const std::string& line, size_t& cutAt) {
    std::string out;
    size_t i = 0, chars = 0;
    cutAt = std::string::npos;
    while (i < line.size()) {
        int len = 1;
        utf8::decode(line, i, len);
        if (chars == 200) { cutAt = chars; out += " …"; break; }
        if (line[i] == '\t') out += ' ';
        else out.append(line, i, len);
        i += len;
        ++chars;
    }
    return out;
}

std::string plural(size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

TextReporter::TextReporter(std::FILE* out, std::FILE* err, bool color) : out_(out), err_(err), color_(color) {}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string where = d.line ? fmt::format("{}:{}", d.path, d.line) : d.path;
    return fmt::format("{}: {}: {}", where, severityName(d.severity), d.message);
}

void TextReporter::finding(const Finding& f) {
    const char* bold = color_ ? "\x1b[1m" : "";
    const char* reset = color_ ? "\x1b[0m" : "";
    const char* dim = color_ ? "\x1b[2m" : "";
    const char* sev = color_ ? severityColor(f.severity) : "";
    std::string out = fmt::format("{}{}:{}:{}:{} {}{}:{} {} {}[{}]{}\n", bold, f.path, f.range.start.line,
                                  f.range.start.column, reset, sev, severityName(f.severity), reset,
                                  f.message, dim, f.ruleId, reset);
    size_t cut = 0;
    std::string line = displayLine(f.range.lineText, cut);
    std::string gutter = std::to_string(f.range.start.line);
    std::string pad(gutter.size(), ' ');
    out += fmt::format(" {} {}|{} {}\n", gutter, dim, reset, line);
    size_t startCol = f.range.start.column;
    size_t endCol = f.range.end.line == f.range.start.line ? f.range.end.column : 0;
    size_t lineChars = 0;
    for (size_t i = 0; i < f.range.lineText.size(); ) {
        int len = 1;
        utf8::decode(f.range.lineText, i, len);
        i += len;
        ++lineChars;
    }
    if (endCol == 0 || endCol > lineChars + 1) endCol = lineChars + 1;
    if (cut != std::string::npos) endCol = std::min(endCol, cut + 1);
    size_t width = endCol > startCol ? endCol - startCol : 1;
    if (startCol <= (cut == std::string::npos ? lineChars + 1 : cut)) {
        out += fmt::format(" {} {}|{} {}{}{}{}\n", pad, dim, reset, std::string(startCol - 1, ' '), sev,
                           std::string(width, '^'), reset);
    }
    if (f.fix) out += fmt::format(" {} {}={} suggestion: {}\n", pad, dim, reset, *f.fix);
    std::fputs(out.c_str(), out_);
}

void TextReporter::diagnostic(const Diagnostic& d) {
    std::fprintf(err_, "%s\n", formatDiagnostic(d).c_str());
}

void TextReporter::end(const RunSummary& s) {
    size_t total = s.errors + s.warnings + s.infos;
    std::string line = fmt::format("{} ({} {}, {} {}, {} info) in {}, {}; {:.2f}s",
                                   plural(total, "finding"), s.errors, s.errors == 1 ? "error" : "errors",
                                   s.warnings, s.warnings == 1 ? "warning" : "warnings", s.infos,
                                   plural(s.conversations, "conversation"), plural(s.files, "file"), s.seconds);
    if (s.inputErrors) line += fmt::format("; {} could not be read", plural(s.inputErrors, "input problem"));
    std::fprintf(err_, "%s\n", line.c_str());
}

}  // namespace replylint
