// Small UTF-8 helpers shared by the normaliser and the line/column locator.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace replylint::utf8 {

// Length of the sequence led by byte b (1 for ASCII and for invalid lead bytes).
inline int sequenceLength(unsigned char b) {
    if (b < 0xC0) return 1;
    if (b < 0xE0) return 2;
    if (b < 0xF0) return 3;
    if (b < 0xF8) return 4;
    return 1;
}

// Decodes the code point at s[i] (i < s.size()); sets len to the bytes used.
// Malformed or truncated sequences decode as U+FFFD with len 1.
inline char32_t decode(std::string_view s, size_t i, int& len) {
    auto b = static_cast<unsigned char>(s[i]);
    len = sequenceLength(b);
    if (len == 1) return b < 0x80 ? b : 0xFFFD;
    if (i + len > s.size()) { len = 1; return 0xFFFD; }
    char32_t cp = b & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) { len = 1; return 0xFFFD; }
        cp = (cp << 6) | (c & 0x3F);
    }
    return cp;
}

inline void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// True when the whole string is well-formed UTF-8.
bool isValid(std::string_view s);

// Offset of the first byte that is not well-formed UTF-8, or npos.
size_t firstInvalid(std::string_view s);

// Text quoted from an input into a message, made safe for a one-line diagnostic: control
// characters as escapes (\n, \t, \x00), malformed UTF-8 as U+FFFD.
std::string oneLine(std::string_view s);

}  // namespace replylint::utf8
