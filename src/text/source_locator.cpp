#include "text/source_locator.h"

#include <algorithm>

#include "text/byte_scan.h"
#include "text/utf8.h"

namespace replylint {

SourceLocator::SourceLocator(std::string_view bytes, uint64_t base, uint32_t firstLine)
    : bytes_(bytes), base_(base), firstLine_(firstLine) {}

void SourceLocator::indexLines() const {
    // One pass from break to break (a JSON Lines record has none): LF, CRLF or a lone CR.
    lineStarts_.push_back(0);
    size_t i = 0;
    while ((i = bytescan::findLineBreak(bytes_, i)) < bytes_.size()) {
        if (bytes_[i] == '\r' && i + 1 < bytes_.size() && bytes_[i + 1] == '\n') ++i;   // CRLF: break after the LF
        lineStarts_.push_back(++i);
    }
}

size_t SourceLocator::lineIndex(uint64_t rel) const {
    if (lineStarts_.empty()) indexLines();
    auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), rel);
    return static_cast<size_t>(it - lineStarts_.begin()) - 1;
}

SourcePosition SourceLocator::position(uint64_t offset) const {
    uint64_t rel = offset < base_ ? 0 : std::min<uint64_t>(offset - base_, bytes_.size());
    size_t li = lineIndex(rel);
    SourcePosition p;
    p.line = firstLine_ + static_cast<uint32_t>(li);
    p.byte = base_ + rel;
    uint32_t col = 1, col16 = 1;
    std::string_view line = bytes_.substr(lineStarts_[li]);
    size_t i = 0, stop = rel - lineStarts_[li];
    if (li == lastLine_ && rel >= lastRel_) {
        i = lastRel_ - lineStarts_[li];
        col = lastCol_;
        col16 = lastCol16_;
    }
    // A byte order mark at the start of the file is no column: editors do not show it.
    if (i == 0 && li == 0 && base_ == 0 && stop >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    // ASCII runs count one column a byte; only the other characters are decoded.
    std::string_view upTo = line.substr(0, stop);
    while (i < stop) {
        size_t asciiFrom = i;
        i = bytescan::asciiRunEnd(upTo, i);
        col += static_cast<uint32_t>(i - asciiFrom);
        col16 += static_cast<uint32_t>(i - asciiFrom);
        if (i >= stop) break;
        int len = 1;
        utf8::decode(line, i, len);
        col += 1;
        col16 += len == 4 ? 2 : 1;
        i += len;
    }
    p.column = col;
    p.utf16Column = col16;
    lastLine_ = i == stop ? li : SIZE_MAX;   // resume only from a character boundary
    lastRel_ = rel;
    lastCol_ = col;
    lastCol16_ = col16;
    return p;
}

SourceRange SourceLocator::range(uint64_t begin, uint64_t end, bool withLineText) const {
    SourceRange r;
    r.start = position(begin);
    r.end = position(std::max(begin, end));
    if (!withLineText) return r;
    size_t li = lineIndex(r.start.byte - base_);
    size_t from = lineStarts_[li];
    size_t to = li + 1 < lineStarts_.size() ? lineStarts_[li + 1] : bytes_.size();
    while (to > from && (bytes_[to - 1] == '\n' || bytes_[to - 1] == '\r')) --to;
    r.lineText = std::string(bytes_.substr(from, to - from));
    return r;
}

std::string_view SourceLocator::slice(uint64_t begin, uint64_t end) const {
    if (begin < base_ || end < begin) return {};
    uint64_t from = std::min<uint64_t>(begin - base_, bytes_.size());
    uint64_t to = std::min<uint64_t>(end - base_, bytes_.size());
    return bytes_.substr(from, to - from);
}

}  // namespace replylint
