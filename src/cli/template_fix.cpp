#include "cli/template_fix.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "report/output_file.h"
#include "text/line_spans.h"

namespace replylint {

namespace {

constexpr size_t kContext = 3;

size_t lineOf(const std::vector<LineSpan>& lines, size_t offset) {
    size_t lo = 0, hi = lines.size();
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (lines[mid].begin <= offset) lo = mid; else hi = mid;
    }
    return lo;
}

void putLine(std::string& out, char mark, std::string_view line) {
    out += mark;
    if (!line.empty() && line.back() == '\n') {
        out.append(line);
    } else {
        out.append(line);
        out += "\n\\ No newline at end of file\n";
    }
}

std::vector<std::string_view> linesOf(std::string_view s) {
    std::vector<std::string_view> out;
    for (const LineSpan& l : splitLineSpans(s)) out.push_back(s.substr(l.begin, l.next - l.begin));
    return out;
}

bool readFile(const std::string& path, std::string& bytes, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string("cannot read: ") + std::strerror(errno);
        return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
    return true;
}

}  // namespace

std::string applyEdits(std::string_view bytes, const std::vector<FixEdit>& edits) {
    std::string out;
    out.reserve(bytes.size());
    size_t pos = 0;
    for (const FixEdit& e : edits) {
        out.append(bytes.substr(pos, e.begin - pos));
        out += e.replacement;
        pos = e.end;
    }
    out.append(bytes.substr(pos));
    return out;
}

std::string unifiedDiff(const std::string& path, std::string_view bytes, const std::vector<FixEdit>& edits) {
    if (edits.empty()) return "";
    std::vector<LineSpan> lines = splitLineSpans(bytes);
    // Groups of edits touching the same lines: old lines [first, last] become `replacement`.
    struct Group {
        size_t first, last;
        std::vector<FixEdit> edits;
    };
    std::vector<Group> groups;
    for (const FixEdit& e : edits) {
        size_t first = lineOf(lines, e.begin), last = lineOf(lines, e.end > e.begin ? e.end - 1 : e.begin);
        if (!groups.empty() && first <= groups.back().last + 1) {
            groups.back().last = std::max(groups.back().last, last);
            groups.back().edits.push_back(e);
        } else {
            groups.push_back({first, last, {e}});
        }
    }
    // a/ and b/ prefixes (for patch -p1) only make sense on relative paths.
    bool relative = !path.empty() && path[0] != '/';
    std::string out = relative ? fmt::format("--- a/{}\n+++ b/{}\n", path, path)
                               : fmt::format("--- {}\n+++ {}\n", path, path);
    long delta = 0;   // new line number minus old, before the current hunk
    size_t g = 0;
    while (g < groups.size()) {
        // A hunk takes groups whose unchanged gap is small enough to share context.
        size_t h = g;
        while (h + 1 < groups.size() && groups[h + 1].first - groups[h].last - 1 <= 2 * kContext) ++h;
        size_t start = groups[g].first >= kContext ? groups[g].first - kContext : 0;
        size_t stop = std::min(lines.size() - 1, groups[h].last + kContext);
        std::string body;
        size_t oldCount = 0, newCount = 0;
        size_t at = start;
        for (size_t k = g; k <= h; ++k) {
            for (; at < groups[k].first; ++at, ++oldCount, ++newCount) {
                putLine(body, ' ', bytes.substr(lines[at].begin, lines[at].next - lines[at].begin));
            }
            size_t segBegin = lines[groups[k].first].begin, segEnd = lines[groups[k].last].next;
            std::vector<FixEdit> local;
            for (FixEdit e : groups[k].edits) {
                e.begin -= segBegin;
                e.end -= segBegin;
                local.push_back(std::move(e));
            }
            std::string_view oldSeg = bytes.substr(segBegin, segEnd - segBegin);
            std::string newSeg = applyEdits(oldSeg, local);
            for (std::string_view l : linesOf(oldSeg)) { putLine(body, '-', l); ++oldCount; }
            for (std::string_view l : linesOf(newSeg)) { putLine(body, '+', l); ++newCount; }
            at = groups[k].last + 1;
        }
        for (; at <= stop; ++at, ++oldCount, ++newCount) {
            putLine(body, ' ', bytes.substr(lines[at].begin, lines[at].next - lines[at].begin));
        }
        out += fmt::format("@@ -{},{} +{},{} @@\n", start + 1, oldCount, static_cast<long>(start + 1) + delta, newCount);
        out += body;
        delta += static_cast<long>(newCount) - static_cast<long>(oldCount);
        g = h + 1;
    }
    return out;
}

FixOutcome applyFixPlan(const FixPlan& plan, std::FILE* diffTo, std::function<bool(std::string&)> beforeRename) {
    FixOutcome outcome;
    std::vector<FixProblem>& problems = outcome.problems;
    for (const auto& [path, edits] : plan.edits()) {
        std::string bytes, error;
        if (!readFile(path, bytes, error)) {
            problems.push_back({path, error});
            continue;
        }
        if (!edits.empty() && edits.back().end > bytes.size()) {
            problems.push_back({path, "changed while it was linted; not fixed"});
            continue;
        }
        if (diffTo) {
            std::string diff = unifiedDiff(path, bytes, edits);
            std::fwrite(diff.data(), 1, diff.size(), diffTo);
            ++outcome.files;
            outcome.edits += edits.size();
            continue;
        }
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0) {
            problems.push_back({path, std::string("cannot stat: ") + std::strerror(errno)});
            continue;
        }
        ReportOutput out("the fixed template");
        if (!out.open(path, error)) {
            problems.push_back({path, error});
            continue;
        }
        out.setMode(st.st_mode & 07777);
        if (beforeRename) out.setBeforeRename(beforeRename);
        std::string fixed = applyEdits(bytes, edits);
        std::fwrite(fixed.data(), 1, fixed.size(), out.stream());
        if (!out.commit(error)) {
            problems.push_back({path, error + "; left unchanged"});
            continue;
        }
        ++outcome.files;
        outcome.edits += edits.size();
    }
    return outcome;
}

}  // namespace replylint
