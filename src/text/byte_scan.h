// Byte scans of the readers' inner loops, sixteen bytes at a time where SSE2 is there (every
// x86-64), one at a time otherwise; both give the same answer.
#pragma once
#include <cstddef>
#include <string_view>

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

// Position of the first '\n' or '\r' at or after i, or s.size().
inline size_t findLineBreak(std::string_view s, size_t i) {
    const size_t n = s.size();
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        unsigned hit = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr))));
        if (hit) return i + static_cast<size_t>(__builtin_ctz(hit));
        i += 16;
    }
#endif
    while (i < n && s[i] != '\n' && s[i] != '\r') ++i;
    return i;
}

// Position of the first '"' or '\\' at or after i, or s.size().
inline size_t findQuoteOrBackslash(std::string_view s, size_t i) {
    const size_t n = s.size();
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    while (i + 16 <= n) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        unsigned hit = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))));
        if (hit) return i + static_cast<size_t>(__builtin_ctz(hit));
        i += 16;
    }
#endif
    while (i < n && s[i] != '"' && s[i] != '\\') ++i;
    return i;
}

}  // namespace replylint::bytescan
