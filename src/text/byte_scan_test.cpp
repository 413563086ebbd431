#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "text/byte_scan.h"

using namespace replylint;

namespace {

// Random text over the bytes the scans care about, long enough to span several blocks.
std::string randomText(std::mt19937& rng) {
    static const char pool[] = {'a', 'Z', '0', '9', ' ', ' ', '\'', '"', '\\', '\n', '\r', '\t', '-', '*', '.',
                                ')', '\x7F', '\x80', '\xA2', '\xE2', '\xFF', '\x1F', '@', '[', '`', '{', '/', ':'};
    std::string s(rng() % 70, ' ');
    for (char& c : s) c = pool[rng() % sizeof pool];
    return s;
}

}  // namespace

TEST_CASE("popcount16 counts the bits of sixteen") {
    for (uint32_t x = 0; x < 0x10000; ++x) {
        unsigned n = 0;
        for (uint32_t y = x; y; y &= y - 1) ++n;
        REQUIRE(bytescan::popcount16(x) == n);
    }
}

TEST_CASE("byte scans agree with their one-byte-at-a-time definitions") {
    std::mt19937 rng(20261130);
    for (int round = 0; round < 5000; ++round) {
        std::string s = randomText(rng);
        INFO(s);
        for (size_t i = 0; i <= s.size(); ++i) {
            size_t ascii = i, lineBreak = i, quote = i;
            while (ascii < s.size() && static_cast<unsigned char>(s[ascii]) < 0x80) ++ascii;
            while (lineBreak < s.size() && s[lineBreak] != '\n' && s[lineBreak] != '\r') ++lineBreak;
            while (quote < s.size() && s[quote] != '"' && s[quote] != '\\') ++quote;
            size_t run = i;
            if (run < s.size() && bytescan::isPlain(s[run])) {
                ++run;
                while (run < s.size() && (bytescan::isPlain(s[run]) ||
                                          (s[run] == ' ' && run + 1 < s.size() && bytescan::isPlain(s[run + 1])))) {
                    ++run;
                }
            }
            size_t pair = i;
            auto cap = [](char c) { return c >= 'A' && c <= 'Z'; };
            while (pair + 1 < s.size() && !((cap(s[pair]) || s[pair] == '\'') && (cap(s[pair + 1]) || s[pair + 1] == '\'') &&
                                            (cap(s[pair]) || cap(s[pair + 1])))) {
                ++pair;
            }
            if (pair + 1 >= s.size()) pair = s.size();
            REQUIRE(bytescan::findCapitalPair(s, i) == pair);
            REQUIRE(bytescan::asciiRunEnd(s, i) == ascii);
            REQUIRE(bytescan::findLineBreak(s, i) == lineBreak);
            REQUIRE(bytescan::findQuoteOrBackslash(s, i) == quote);
            size_t plainJson = i;
            while (plainJson < s.size()) {
                auto c = static_cast<unsigned char>(s[plainJson]);
                if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
                ++plainJson;
            }
            REQUIRE(bytescan::jsonPlainEnd(s, i) == plainJson);
            REQUIRE(bytescan::plainRunEnd(s, i) == run);
        }
        for (size_t at = 0; at < s.size(); at += 16) {
            bytescan::WordBlock b = bytescan::wordBlock(s, at);
            for (unsigned k = 0; k < 16; ++k) {
                size_t p = at + k;
                char c = p < s.size() ? s[p] : ' ';
                bool start = bytescan::isWordByte(c) && (p == 0 || !bytescan::isWordByte(s[p - 1]));
                REQUIRE(((b.starts >> k) & 1) == start);
                REQUIRE(((b.digits >> k) & 1) == (c >= '0' && c <= '9'));
                REQUIRE(((b.marks >> k) & 1) == (c == '-' || c == '*' || c == '\xA2'));
                REQUIRE(((b.closers >> k) & 1) == (c == '.' || c == ')'));
            }
        }
    }
}
