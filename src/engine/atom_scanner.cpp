#include "engine/atom_scanner.h"

#include <algorithm>
#include <cstring>

#include "text/byte_scan.h"

namespace replylint {

namespace {

constexpr size_t kHashBits = 16;
constexpr uint32_t kHashMask = (1u << kHashBits) - 1;

// Hash of the three bytes at s: where an atom of three or more bytes may start.
uint32_t hash3(const char* s) {
    auto b = [&](int i) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i])); };
    return ((b(0) << 10) ^ (b(1) << 5) ^ b(2) ^ (b(0) >> 3)) & kHashMask;
}

uint32_t pair(const char* s) {
    return (static_cast<uint32_t>(static_cast<unsigned char>(s[0])) << 8) | static_cast<unsigned char>(s[1]);
}

bool isAscii(std::string_view s) { return bytescan::asciiRunEnd(s, 0) == s.size(); }

bool bit(const std::vector<uint64_t>& bits, uint32_t i) { return ((bits[i / 64] >> (i % 64)) & 1) != 0; }
void setBit(std::vector<uint64_t>& bits, uint32_t i) { bits[i / 64] |= uint64_t{1} << (i % 64); }

// ASCII lowercase, plus the two non-ASCII letters whose lowercase is ASCII (KELVIN SIGN → k,
// LATIN CAPITAL LETTER I WITH DOT ABOVE → i), which RE2's prefilter would fold into an ASCII atom.
bool lowercase(std::string_view text, std::string& out) {
    out.clear();
    out.reserve(text.size());
    bool nonAscii = false;
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        nonAscii = true;
        std::string_view rest = text.substr(i);
        if (rest.starts_with("\xE2\x84\xAA")) { out += 'k'; i += 2; continue; }
        if (rest.starts_with("\xC4\xB0")) { out += 'i'; i += 1; continue; }
        out += static_cast<char>(c);
    }
    return nonAscii;
}

}  // namespace

AtomScanner::AtomScanner(std::vector<std::string_view> atoms)
    : atoms_(std::move(atoms)), startSeen_(((1u << kHashBits) + 63) / 64, 0) {
    for (uint32_t i = 0; i < atoms_.size(); ++i) {
        std::string_view a = atoms_[i];
        if (!isAscii(a)) nonAscii_.push_back(i);   // case not folded here: see scan()
        else if (a.size() == 1) singleBytes_.push_back(i);
        else if (a.size() == 2) pairs_.push_back(i);
        else byStart_.emplace_back(hash3(a.data()), i);
    }
    std::sort(byStart_.begin(), byStart_.end());
    for (const auto& [h, i] : byStart_) setBit(startSeen_, h);
}

void AtomScanner::scan(std::string_view text, std::vector<char>& present) const {
    present.assign(atoms_.size(), 0);
    thread_local std::string lower;
    thread_local std::vector<uint64_t> pairsSeen;
    bool nonAscii = lowercase(text, lower);
    const char* s = lower.data();
    size_t n = lower.size();
    for (uint32_t i : nonAscii_) present[i] = nonAscii;
    for (uint32_t i : singleBytes_) present[i] = lower.find(atoms_[i][0]) != std::string::npos;
    if (!pairs_.empty()) {
        pairsSeen.assign(65536 / 64, 0);
        for (size_t p = 0; p + 1 < n; ++p) setBit(pairsSeen, pair(s + p));
        for (uint32_t i : pairs_) present[i] = bit(pairsSeen, pair(atoms_[i].data()));
    }
    for (size_t p = 0; p + 2 < n; ++p) {
        uint32_t h = hash3(s + p);
        if (!bit(startSeen_, h)) continue;
        auto it = std::lower_bound(byStart_.begin(), byStart_.end(), std::pair<uint32_t, uint32_t>{h, 0});
        for (; it != byStart_.end() && it->first == h; ++it) {
            std::string_view a = atoms_[it->second];
            if (!present[it->second] && a.size() <= n - p && std::memcmp(s + p, a.data(), a.size()) == 0) {
                present[it->second] = 1;
            }
        }
    }
}

}  // namespace replylint
