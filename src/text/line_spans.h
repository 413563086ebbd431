// The lines of an in-memory text as offsets: where each starts, where its text ends (before
// LF or CRLF) and where the next begins, so callers can keep or drop the line break.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace replylint {

struct LineSpan {
    size_t begin = 0;
    size_t textEnd = 0;   // before the line break
    size_t next = 0;      // after it (== textEnd on a last line without one)
};

std::vector<LineSpan> splitLineSpans(std::string_view text);

}  // namespace replylint
