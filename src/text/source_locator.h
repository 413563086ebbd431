// Turns byte offsets into line and column for one region of a source file: a whole
// file, or one record of a stream whose line number is known.
#pragma once
#include <cstdint>
#include <cstddef>
#include <string_view>
#include <vector>

#include "model/finding.h"

namespace replylint {

class SourceLocator {
public:
    // `bytes` holds the source from offset `base`; its first byte is on line `firstLine`
    // at column 1. Line breaks are LF, CRLF or a lone CR.
    SourceLocator(std::string_view bytes, uint64_t base = 0, uint32_t firstLine = 1);

    SourcePosition position(uint64_t offset) const;
    // lineText is filled only when asked for.
    SourceRange range(uint64_t begin, uint64_t end, bool withLineText = true) const;
    // The source bytes of [begin, end) (offsets as in position()), clipped to this region.
    std::string_view slice(uint64_t begin, uint64_t end) const;

private:
    size_t lineIndex(uint64_t offset) const;
    void indexLines() const;

    std::string_view bytes_;
    uint64_t base_;
    uint32_t firstLine_;
    mutable std::vector<uint64_t> lineStarts_;  // relative to base_, built on first use
    // The last position computed: the next one on the same line further right starts there
    // (findings come in order, and a JSON Lines record is one long line).
    mutable size_t lastLine_ = SIZE_MAX;
    mutable uint64_t lastRel_ = 0;
    mutable uint32_t lastCol_ = 1, lastCol16_ = 1;
};

}  // namespace replylint
