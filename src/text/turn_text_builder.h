// Builds a turn's normalised text while recording where each byte came from.
// Normalisation: typographic apostrophes and quotes become ASCII, every run of white space
// (line breaks included) becomes one space, leading and trailing space is dropped, and
// zero-width characters vanish. Readers feed it source spans or decoded units.
#pragma once
#include <cstdint>
#include <string_view>

#include "model/conversation.h"

namespace replylint {

class TurnTextBuilder {
public:
    explicit TurnTextBuilder(TurnText& out);

    // Source bytes that stand for themselves; bytes[0] sits at source offset `offset`.
    void appendSource(std::string_view bytes, uint64_t offset);
    // Decoded text (e.g. a JSON escape) that stands for source range [begin, end).
    void appendDecoded(std::string_view decoded, uint64_t begin, uint64_t end);
    // A line break in the source at `offset` that the reader did not pass as bytes.
    void appendLineBreak(uint64_t offset);
    // Writes the end sentinel. Call once, after the last append.
    void finish();

private:
    void addCodePoint(char32_t cp, std::string_view bytes, uint64_t begin, uint64_t end);
    void addWhitespace(bool lineBreak);
    // Writes the space a run of white space collapsed to, if one is pending.
    void emitPendingSpace();

    TurnText& out_;
    uint64_t lastEnd_ = 0;      // source end of the last non-space unit
    bool pendingSpace_ = false;
    int pendingBreaks_ = 0;
};

}  // namespace replylint
