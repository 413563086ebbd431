#include "text/turn_text_builder.h"

#include <algorithm>

#include "text/byte_scan.h"
#include "text/utf8.h"

namespace replylint {

namespace {

// Typographic characters folded to ASCII so patterns can be written with ' and ".
char asciiFold(char32_t cp) {
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032:
            return '\'';
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
            return '"';
        default:
            return 0;
    }
}

bool isSpace(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
           cp == 0xA0 || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A);
}

bool isInvisible(char32_t cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
           cp == 0xAD;
}

}  // namespace

TurnTextBuilder::TurnTextBuilder(TurnText& out) : out_(out) {
    out_.clear();
}

void TurnTextBuilder::addWhitespace(bool lineBreak) {
    pendingSpace_ = true;
    if (lineBreak) ++pendingBreaks_;
}

void TurnTextBuilder::addCodePoint(char32_t cp, std::string_view bytes, uint64_t begin,
                                   uint64_t end) {
    if (isSpace(cp)) {
        addWhitespace(cp == '\n' || cp == 0x2028 || cp == 0x2029);
        return;
    }
    if (isInvisible(cp)) return;
    emitPendingSpace();
    if (char folded = asciiFold(cp)) {
        out_.mapFrom(out_.text.size(), begin, true);
        out_.text += folded;
    } else {
        // Bytes of a decoded unit all map to its start; source bytes map one to one.
        out_.mapFrom(out_.text.size(), begin, end - begin == bytes.size());
        out_.text.append(bytes);
    }
    lastEnd_ = end;
}

void TurnTextBuilder::emitPendingSpace() {
    if (pendingSpace_ && !out_.text.empty()) {
        if (pendingBreaks_ >= 2) out_.paragraphBreaks.push_back(out_.text.size());
        out_.mapFrom(out_.text.size(), lastEnd_, true);
        out_.text += ' ';
    }
    pendingSpace_ = false;
    pendingBreaks_ = 0;
}

void TurnTextBuilder::appendSource(std::string_view bytes, uint64_t offset) {
    size_t i = 0;
    while (i < bytes.size()) {
        auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            // ASCII fast path: runs of ordinary characters are copied in one go.
            // A single space between two such characters is kept as it is, which is what
            // the general path below would make of it (same byte, same origin).
            size_t j = bytescan::plainRunEnd(bytes, i);
            if (j > i) {
                emitPendingSpace();
                out_.mapFrom(out_.text.size(), offset + i, true);
                out_.text.append(bytes.data() + i, j - i);
                lastEnd_ = offset + j;
                i = j;
                continue;
            }
            char32_t cp = b;
            if (cp < ' ' && !isSpace(cp)) {  // control characters are dropped
                ++i;
                continue;
            }
            addCodePoint(cp, bytes.substr(i, 1), offset + i, offset + i + 1);
            ++i;
            continue;
        }
        int len = 1;
        char32_t cp = utf8::decode(bytes, i, len);
        addCodePoint(cp, bytes.substr(i, len), offset + i, offset + i + len);
        i += len;
    }
}

void TurnTextBuilder::appendDecoded(std::string_view decoded, uint64_t begin, uint64_t end) {
    size_t i = 0;
    while (i < decoded.size()) {
        int len = 1;
        char32_t cp = utf8::decode(decoded, i, len);
        if (cp < ' ' && !isSpace(cp)) { i += len; continue; }
        addCodePoint(cp, decoded.substr(i, len), begin, end);
        i += len;
    }
}

void TurnTextBuilder::appendLineBreak(uint64_t /*offset*/) { addWhitespace(true); }

void TurnTextBuilder::finish() { out_.end = lastEnd_; }

}  // namespace replylint
