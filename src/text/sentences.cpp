#include "text/sentences.h"

#include <algorithm>
#include <cstring>

namespace replylint {

namespace {

bool isTerminal(char c) { return c == '.' || c == '!' || c == '?'; }
bool isCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// True when a sentence ends just before the space at text[i].
bool endsBefore(const TurnText& t, size_t i) {
    if (i == 0 || t.text[i] != ' ') return false;
    size_t j = i;
    while (j > 0 && isCloser(t.text[j - 1])) --j;
    if (j > 0 && isTerminal(t.text[j - 1])) return true;
    return std::binary_search(t.paragraphBreaks.begin(), t.paragraphBreaks.end(),
                              static_cast<uint32_t>(i));
}

}  // namespace

std::pair<size_t, size_t> sentenceAround(const TurnText& t, size_t pos) {
    const size_t n = t.text.size();
    pos = std::min(pos, n);
    size_t begin = pos;
    while (begin > 0 && !endsBefore(t, begin - 1)) --begin;
    size_t end = pos;
    while (end < n && !endsBefore(t, end)) ++end;
    return {begin, end};
}

size_t countSentences(const TurnText& t) {
    if (t.text.empty()) return 0;
    size_t count = 1;
    for (size_t i = 0; i < t.text.size(); ++i) {
        if (endsBefore(t, i) && i + 1 < t.text.size()) ++count;
    }
    return count;
}

}  // namespace replylint
