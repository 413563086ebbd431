// Byte scans of the readers' inner loops, sixteen bytes at a time where SSE2 is there (every
// x86-64), one at a time otherwise; both give the same answer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text/ascii.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace replylint::bytescan {

// Printable ASCII other than space: bytes 0x21 to 0x7F.
inline bool isPlain(char c) { return static_cast<signed char>(c) > 0x20; }

// End of the run of text from s[i] that normalisation copies as it is: plain bytes, each
// single space between two plain bytes included. i itself when s[i] is not plain.
inline size_t plainRunEnd(std::string_view s, size_t i) {
    const size_t n = s.size();
    if (i >= n || !isPlain(s[i])) return i;
    size_t p = i + 1;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    while (p + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + p));
        unsigned plain = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(v, space)));
        unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
        unsigned nextPlain = (plain >> 1) | (p + 16 < n && isPlain(s[p + 16]) ? 0x8000u : 0u);
        unsigned stop = ~plain & ~(spaces & nextPlain) & 0xFFFFu;
        if (stop) return p + static_cast<size_t>(__builtin_ctz(stop));
        p += 16;
    }
#endif
    for (; p < n; ++p) {
        if (isPlain(s[p])) continue;
        if (s[p] == ' ' && p + 1 < n && isPlain(s[p + 1])) continue;
        break;
    }
    return p;
}

// Position of the first byte at or after i that is not ASCII (0x80 or above), or s.size().
inline size_t asciiRunEnd(std::string_view s, size_t i) {
    const size_t n = s.size();
#if defined(__SSE2__)
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
        if (high) return i + static_cast<size_t>(__builtin_ctz(high));
        i += 16;
    }
#endif
    while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

// First p >= i where s[p] and s[p + 1] are both capitals (A-Z) or apostrophes, at least one
// a capital: where a word of two or more capitals can be; s.size() if nowhere.
inline size_t findCapitalPair(std::string_view s, size_t i) {
    const size_t n = s.size();
    auto isCap = ascii::isUpper;
    auto pairAt = [&](size_t p) {
        return (isCap(s[p]) || s[p] == '\'') && (isCap(s[p + 1]) || s[p + 1] == '\'') && (isCap(s[p]) || isCap(s[p + 1]));
    };
#if defined(__SSE2__)
    const __m128i beforeA = _mm_set1_epi8('A' - 1), afterZ = _mm_set1_epi8('Z' + 1), apostrophe = _mm_set1_epi8('\'');
    while (i + 17 <= n) {   // the pair of the last byte needs the next one
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        __m128i cap = _mm_and_si128(_mm_cmpgt_epi8(v, beforeA), _mm_cmplt_epi8(v, afterZ));
        auto caps = static_cast<uint32_t>(_mm_movemask_epi8(cap));
        auto either = caps | static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, apostrophe)));
        char next = s[i + 16];
        caps |= static_cast<uint32_t>(isCap(next)) << 16;
        either |= static_cast<uint32_t>(isCap(next) || next == '\'') << 16;
        uint32_t pairs = either & (either >> 1) & (caps | (caps >> 1)) & 0xFFFFu;
        if (pairs) return i + static_cast<size_t>(__builtin_ctz(pairs));
        i += 16;
    }
#endif
    for (; i + 1 < n; ++i) {
        if (pairAt(i)) return i;
    }
    return n;
}

// Word bytes as the limit checks count words: ASCII letters and digits, the apostrophe,
// and every byte of a non-ASCII character.
constexpr bool isWordByte(char c) {
    return ascii::isAlnum(c) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
}

// Sixteen bytes of text from s[at], one bit per byte (bit k: s[at + k]); bytes past the end
// count as spaces.
struct WordBlock {
    uint32_t starts = 0;   // a word byte not preceded by one: where a word begins
    uint32_t digits = 0;   // '0' to '9'
    uint32_t marks = 0;    // '-', '*' or 0xA2 (the last byte of U+2022 BULLET)
    uint32_t closers = 0;  // '.' or ')', as after a list number
};

// Number of set bits (no POPCNT instruction is assumed: x86-64 baseline).
constexpr unsigned popcount16(uint32_t x) {
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0F0Fu;
    return (x + (x >> 8)) & 0x1Fu;
}

inline WordBlock wordBlock(std::string_view s, size_t at) {
    char padded[16];
    const char* p = s.data() + at;
    if (at + 16 > s.size()) {
        std::memset(padded, ' ', sizeof padded);
        std::memcpy(padded, p, s.size() - at);
        p = padded;
    }
    uint32_t words = 0;
    WordBlock b;
#if defined(__SSE2__)
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    auto inRange = [&](__m128i x, char lo, char hi) {   // signed: bytes 0x80 and up are never in
        return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                             _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
    };
    __m128i digit = inRange(v, '0', '9');
    __m128i letter = inRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');   // either case
    __m128i apostrophe = _mm_cmpeq_epi8(v, _mm_set1_epi8('\''));
    words = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), apostrophe))) |
            static_cast<uint32_t>(_mm_movemask_epi8(v));   // high bit: non-ASCII
    b.digits = static_cast<uint32_t>(_mm_movemask_epi8(digit));
    b.marks = static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')), _mm_cmpeq_epi8(v, _mm_set1_epi8('*'))),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xA2))))));
    b.closers = static_cast<uint32_t>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8(')')))));
#else
    for (unsigned k = 0; k < 16; ++k) {
        char c = p[k];
        words |= static_cast<uint32_t>(isWordByte(c)) << k;
        b.digits |= static_cast<uint32_t>(ascii::isDigit(c)) << k;
        b.marks |= static_cast<uint32_t>(c == '-' || c == '*' || c == '\xA2') << k;
        b.closers |= static_cast<uint32_t>(c == '.' || c == ')') << k;
    }
#endif
    uint32_t before = (words << 1) | (at > 0 && isWordByte(s[at - 1]) ? 1u : 0u);
    b.starts = words & ~before & 0xFFFFu;
    return b;
}

// Position of the first byte equal to `a` or `b` at or after i, or s.size().
inline size_t findEither(std::string_view s, size_t i, char a, char b) {
    const size_t n = s.size();
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        unsigned hit = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb))));
        if (hit) return i + static_cast<size_t>(__builtin_ctz(hit));
        i += 16;
    }
#endif
    while (i < n && s[i] != a && s[i] != b) ++i;
    return i;
}

// Position of the first '\n' or '\r' at or after i, or s.size().
inline size_t findLineBreak(std::string_view s, size_t i) { return findEither(s, i, '\n', '\r'); }

// Position of the first byte at or after i that a JSON string cannot hold as it is: a
// control character, '"', '\\', or any non-ASCII byte (checked as UTF-8 separately); or s.size().
inline size_t jsonPlainEnd(std::string_view s, size_t i) {
    const size_t n = s.size();
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' '), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        // signed: bytes 0x80 and up are negative, so "less than a space" takes them too
        __m128i stop = _mm_or_si128(_mm_cmplt_epi8(v, space),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        unsigned hit = static_cast<unsigned>(_mm_movemask_epi8(stop));
        if (hit) return i + static_cast<size_t>(__builtin_ctz(hit));
        i += 16;
    }
#endif
    while (i < n) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        ++i;
    }
    return i;
}

// Position of the first '"' or '\\' at or after i, or s.size().
inline size_t findQuoteOrBackslash(std::string_view s, size_t i) { return findEither(s, i, '"', '\\'); }

}  // namespace replylint::bytescan
