// Sentence scope inside a turn's normalised text, for `unless` and negation windows.
#pragma once
#include <cstddef>
#include <utility>

#include "model/conversation.h"

namespace replylint {

// The [begin, end) range of the sentence holding position pos. Sentences end after
// . ! or ? (and any closing quotes or brackets) followed by a space, and at paragraph breaks.
std::pair<size_t, size_t> sentenceAround(const TurnText& text, size_t pos);

// Number of sentences in the turn.
size_t countSentences(const TurnText& text);

}  // namespace replylint
