// Finds which of a fixed set of lowercase literals (RE2 prefilter atoms) occur in a text, in
// one pass over it: the cheap test that decides which patterns a short text needs at all.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace replylint {

class AtomScanner {
public:
    AtomScanner() = default;
    // The atoms' bytes must outlive the scanner (the built-in ones are static).
    explicit AtomScanner(std::vector<std::string_view> atoms);

    size_t size() const { return atoms_.size(); }

    // present[i] becomes true for every atom i that occurs in `text` once it is lowercased as
    // RE2's prefilter lowercases (conservatively: an atom with non-ASCII bytes counts as
    // present whenever the text has any, since their case is not folded here).
    void scan(std::string_view text, std::vector<char>& present) const;

private:
    std::vector<std::string_view> atoms_;
    std::vector<uint32_t> nonAscii_;      // present whenever the text is non-ASCII
    std::vector<uint32_t> singleBytes_;   // one byte: looked up with find()
    std::vector<uint32_t> pairs_;         // two bytes: looked up in the text's pairs
    // Three or more bytes: (hash of the first three, atom), sorted, and a bitmap of those
    // hashes, which rejects most text positions with one test.
    std::vector<std::pair<uint32_t, uint32_t>> byStart_;
    std::vector<uint64_t> startSeen_;
};

}  // namespace replylint
