#include "text/line_spans.h"

namespace replylint {

std::vector<LineSpan> splitLineSpans(std::string_view text) {
    std::vector<LineSpan> lines;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
        size_t end = nl == std::string_view::npos ? text.size() : nl;
        if (end > pos && text[end - 1] == '\r') --end;
        lines.push_back({pos, end, next});
        pos = next;
    }
    return lines;
}

}  // namespace replylint
