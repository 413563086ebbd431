// ASCII character classes for the per-byte loops of the checks. The <cctype> functions are
// out-of-line calls through the locale's tables; replylint never calls setlocale, so it runs
// in the "C" locale, where they classify exactly these ASCII bytes and nothing above 0x7F.
#pragma once

namespace replylint::ascii {

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool isLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isAlpha(char c) { return isUpper(c) || isLower(c); }
constexpr bool isAlnum(char c) { return isAlpha(c) || isDigit(c); }
constexpr char toLower(char c) { return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace replylint::ascii
