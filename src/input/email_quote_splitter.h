// Splits the text of one e-mail body into the sender's new text and the quoted history:
// `>`-quoted blocks (nested levels), "On <date>, <name> wrote:" lines in the common
// languages, Outlook's "-----Original Message-----" and "From: … Sent: … To: … Subject:"
// blocks. Signatures, mobile sign-offs, sign-off blocks and legal or mailing-list footers are
// marked so they are not linted. Pure text in, line classes out: no MIME, no offsets.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

enum class QuoteLineKind {
    text,         // a line of some message's text
    blank,        // empty (after its quote markers)
    attribution,  // "On … wrote:", "-----Original Message-----", a From:/Sent: block
    signature,    // signature, sign-off or footer: not linted
};

struct QuoteLine {
    QuoteLineKind kind = QuoteLineKind::blank;
    int depth = 0;                  // 0: the new text; 1: the message it answers; 2: older …
    uint32_t contentBegin = 0;      // the line's text without quote markers: [begin, end)
    uint32_t contentEnd = 0;
};

struct QuoteSplit {
    std::vector<QuoteLine> lines;                 // one per input line
    std::map<int, std::string> attributions;      // depth → who wrote it ("Name <addr>"), if said
    int maxDepth = 0;
};

// Deeper quote levels than this are folded into the deepest one.
constexpr int kMaxQuoteDepth = 32;

// `lines` are the body's lines without their terminators.
QuoteSplit splitQuotes(const std::vector<std::string_view>& lines);

// A sign-off line: "Best regards," "Thanks!" "Mit freundlichen Grüßen" (one of a fixed list,
// any case, then at most one of , . !).
bool isValediction(std::string_view line);

}  // namespace replylint
