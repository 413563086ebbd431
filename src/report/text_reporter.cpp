#include "report/text_reporter.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

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

// The part of a source line shown under a finding: tabs become single spaces so the
// underline lines up, and a long line (a JSONL record, say) is cut to a window around the
// span, with "…" where text was left out.
struct LineWindow {
    std::string text;
    size_t firstColumn = 1;   // source column of the window's first character
    size_t prefixWidth = 0;   // display width of the leading "… "
    size_t lastColumn = 0;    // source column of the window's last character
};

// The bytes of code-point columns [from, to) of a line (0-based; cut at the line's end).
std::string_view columnSlice(std::string_view line, size_t from, size_t to) {
    auto skip = [&](size_t i, size_t columns) {
        for (; i < line.size() && columns > 0; --columns) {
            int len = 1;
            utf8::decode(line, i, len);
            i += len;
        }
        return i;
    };
    size_t begin = skip(0, from);
    return line.substr(begin, skip(begin, to > from ? to - from : 0) - begin);
}

LineWindow lineWindow(const std::string& line, size_t startColumn) {
    constexpr size_t kWidth = 120, kBefore = 40;
    // Counted first and copied second, so a 100 MB line costs no memory beyond the window.
    size_t count = 0;
    for (size_t i = 0; i < line.size(); ++count) {
        int len = 1;
        utf8::decode(line, i, len);
        i += len;
    }
    LineWindow w;
    size_t from = 0, to = count;
    if (count > kWidth) {
        from = startColumn > kBefore ? std::min(startColumn - 1 - kBefore, count - kWidth) : 0;
        to = std::min(count, from + kWidth);
    }
    if (from > 0) {
        w.text = "… ";
        w.prefixWidth = 2;
    }
    std::string shown(columnSlice(line, from, to));
    std::replace(shown.begin(), shown.end(), '\t', ' ');
    w.text += shown;
    if (to < count) w.text += " …";
    w.firstColumn = from + 1;
    w.lastColumn = to;
    return w;
}

// The words a related location points at, cut to a readable length: the customer's own
// words are what the reader needs to judge a respond finding.
std::string relatedExcerpt(const SourceRange& r) {
    constexpr size_t kMax = 60;
    size_t from = r.start.column ? r.start.column - 1 : 0;
    size_t to = r.end.line == r.start.line && r.end.column > r.start.column ? r.end.column - 1 : from + kMax;
    std::string excerpt(columnSlice(r.lineText, from, std::min(to, from + kMax)));
    if (to > from + kMax) excerpt += "…";
    return excerpt;
}

std::string plural(size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string suppressionNote(const Finding& f) {
    if (!f.suppressed) return "";
    std::string how = f.suppressionKind == "external" ? "baseline" : "suppressed";
    return f.suppressionReason.empty() ? fmt::format(" ({})", how)
                                       : fmt::format(" ({}: {})", how, f.suppressionReason);
}

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
    std::string out = fmt::format("{}{}:{}:{}:{} {}{}:{} {} {}[{}]{}", bold, f.path, f.range.start.line,
                                  f.range.start.column, reset, sev, severityName(f.severity), reset,
                                  f.message, dim, f.ruleId, reset);
    out += suppressionNote(f);
    out += '\n';
    LineWindow window = lineWindow(f.range.lineText, f.range.start.column);
    std::string gutter = std::to_string(f.range.start.line);
    std::string pad(gutter.size(), ' ');
    out += fmt::format(" {} {}|{} {}\n", gutter, dim, reset, window.text);
    size_t startCol = std::max<size_t>(f.range.start.column, window.firstColumn);
    size_t endCol = f.range.end.line == f.range.start.line ? f.range.end.column : window.lastColumn + 1;
    endCol = std::min(endCol, window.lastColumn + 1);
    if (startCol <= window.lastColumn + 1) {
        size_t width = endCol > startCol ? endCol - startCol : 1;
        size_t indent = window.prefixWidth + (startCol - window.firstColumn);
        out += fmt::format(" {} {}|{} {}{}{}{}\n", pad, dim, reset, std::string(indent, ' '), sev,
                           std::string(width, '^'), reset);
    }
    if (f.fix) out += fmt::format(" {} {}={} suggestion: {}\n", pad, dim, reset, *f.fix);
    for (const RelatedLocation& r : f.related) {
        out += fmt::format(" {} {}={} note: {} at {}:{}: \"{}\"\n", pad, dim, reset, r.message, r.range.start.line,
                           r.range.start.column, relatedExcerpt(r.range));
    }
    std::fputs(out.c_str(), out_);
}

void TextReporter::diagnostic(const Diagnostic& d) {
    std::fprintf(err_, "%s\n", formatDiagnostic(d).c_str());
}

void TextReporter::end(const RunSummary& s) {
    std::fprintf(err_, "%s\n", summaryLine(s).c_str());
}

std::string summaryLine(const RunSummary& s) {
    size_t total = s.errors + s.warnings + s.infos;
    std::string line = fmt::format("{} ({} {}, {} {}, {} info) in {}, {}; {:.2f}s",
                                   plural(total, "finding"), s.errors, s.errors == 1 ? "error" : "errors",
                                   s.warnings, s.warnings == 1 ? "warning" : "warnings", s.infos,
                                   plural(s.conversations, "conversation"), plural(s.files, "file"), s.seconds);
    if (s.suppressed) line += fmt::format("; {} suppressed", s.suppressed);
    if (s.baselined) line += fmt::format("; {} baselined", s.baselined);
    if (s.inputErrors) line += fmt::format("; {} with input errors", plural(s.inputErrors, "problem"));
    return line;
}

}  // namespace replylint
