#include "input/markdown_entries.h"

#include <optional>

#include "text/line_spans.h"

namespace replylint {

namespace {

struct Line : LineSpan {
    std::string_view text;
};

std::vector<Line> splitLines(std::string_view s) {
    std::vector<Line> lines;
    for (const LineSpan& span : splitLineSpans(s)) {
        lines.push_back({span, s.substr(span.begin, span.textEnd - span.begin)});
    }
    return lines;
}

// "## Title" (level 2 exactly; "#" titles a whole file, "###" stays inside a reply).
std::optional<std::string> sectionHeading(std::string_view line) {
    if (!line.starts_with("## ")) return std::nullopt;
    std::string_view title = line.substr(3);
    while (!title.empty() && (title.back() == ' ' || title.back() == '#')) title.remove_suffix(1);
    while (!title.empty() && title.front() == ' ') title.remove_prefix(1);
    return std::string(title);
}

// A fence opener: up to 3 spaces, then 3+ backticks or tildes. Returns its length and char.
bool fenceOpener(std::string_view line, size_t& length, char& mark) {
    size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    if (i >= line.size() || (line[i] != '`' && line[i] != '~')) return false;
    mark = line[i];
    size_t j = i;
    while (j < line.size() && line[j] == mark) ++j;
    length = j - i;
    return length >= 3;
}

bool fenceCloser(std::string_view line, size_t length, char mark) {
    size_t l;
    char m;
    if (!fenceOpener(line, l, m) || m != mark || l < length) return false;
    size_t i = line.find_first_not_of(' ');
    std::string_view after = line.substr(i + l);
    return after.find_first_not_of(" \t") == std::string_view::npos;
}

// Front matter: a first line of "---" up to the next "---".
size_t skipFrontMatter(const std::vector<Line>& lines) {
    if (lines.empty() || lines[0].text != "---") return 0;
    for (size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].text == "---") return i + 1;
    }
    return 0;
}

}  // namespace

std::vector<MarkdownEntry> splitMarkdownReplies(std::string_view source) {
    std::vector<Line> lines = splitLines(source);
    size_t first = skipFrontMatter(lines);
    size_t bodyBegin = first < lines.size() ? lines[first].begin : source.size();

    struct Section {
        std::string name;
        size_t firstLine, endLine;   // lines after the heading
        std::vector<TextSpan> fences;
    };
    std::vector<Section> sections;
    bool inFence = false;
    size_t fenceLength = 0, fenceStart = 0;
    char fenceMark = 0;
    for (size_t i = first; i < lines.size(); ++i) {
        std::string_view text = lines[i].text;
        if (inFence) {
            if (fenceCloser(text, fenceLength, fenceMark)) {
                inFence = false;
                if (!sections.empty()) sections.back().fences.push_back({lines[fenceStart].next, lines[i].begin});
            }
            continue;
        }
        if (fenceOpener(text, fenceLength, fenceMark)) {
            inFence = true;
            fenceStart = i;
            continue;
        }
        if (auto heading = sectionHeading(text)) {
            if (!sections.empty()) sections.back().endLine = i;
            sections.push_back({*heading, i + 1, lines.size(), {}});
        }
    }

    std::vector<MarkdownEntry> entries;
    if (sections.empty()) {
        entries.push_back({"", {bodyBegin, source.size()}});
        return entries;
    }
    for (const Section& s : sections) {
        if (!s.fences.empty()) {
            for (size_t k = 0; k < s.fences.size(); ++k) {
                std::string name = s.fences.size() == 1 ? s.name : s.name + " (" + std::to_string(k + 1) + ")";
                entries.push_back({name, s.fences[k]});
            }
            continue;
        }
        size_t begin = s.firstLine < lines.size() ? lines[s.firstLine].begin : source.size();
        size_t end = s.endLine < lines.size() ? lines[s.endLine].begin : source.size();
        entries.push_back({s.name, {begin, end}});
    }
    return entries;
}

}  // namespace replylint
