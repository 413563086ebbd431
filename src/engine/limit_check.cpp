#include "engine/limit_check.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/ascii.h"
#include "text/byte_scan.h"
#include "text/sentences.h"

namespace replylint {

namespace {

// bytescan::isWordByte as a table, as every byte of every reply is classified.
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) table[c] = bytescan::isWordByte(static_cast<char>(c));
    return table;
}();

bool isWordByte(char c) { return kWordByte[static_cast<unsigned char>(c)]; }

// The next word at or after i as [b, e), moving i past it; false when no word is left.
// Callers walk words with it instead of collecting them: most turns are long and only a
// count or one word of them is wanted.
bool nextWord(std::string_view text, size_t& i, Span& word) {
    while (i < text.size() && !isWordByte(text[i])) ++i;
    if (i >= text.size()) return false;
    size_t b = i;
    while (i < text.size() && isWordByte(text[i])) ++i;
    word = {b, i};
    return true;
}

// Acronyms that are all caps by nature, not shouting.
// (Hardware and network names from real replies: "share your system specs (OS, CPU, RAM, GPU)".)
constexpr std::string_view kAcronyms[] = {
    "FAQ", "URL", "USB", "PDF", "API", "SMS", "ETA", "ASAP", "HTML", "HTTP", "HTTPS", "PIN", "SIM",
    "VPN", "DNS", "CEO", "USA", "UK", "EU", "GMT", "UTC", "EST", "PST", "CET", "IOS", "RMA", "SKU",
    "IBAN", "BIC", "VAT", "GDPR", "CSV", "JSON", "XML", "SSL", "TLS", "SSO", "MFA", "OTP", "NASA",
    "CPU", "GPU", "RAM", "ROM", "SSD", "HDD", "LAN", "WAN", "NFC", "GPS", "LTE", "ISP", "ATM",
    "BIOS", "UEFI", "MAC", "IMEI", "TV", "DVR", "APK", "SDK", "CLI", "GUI", "FYI", "EDT",
    "CDT", "PDT", "MST", "BST", "CEST", "AWS", "COVID", "AM", "PM", "ET", "PT", "CT", "MT"};

bool isAcronym(std::string_view word) {
    return std::find(std::begin(kAcronyms), std::end(kAcronyms), word) != std::end(kAcronyms);
}

// A link, address, path or code-like token (a run of non-space text with "://", "www.",
// "@", "/", "_", "=", "`" or "--"), whose capitals are not shouting:
// "…?icid=MGPO_TMO_C_CUSTSUPT", "MODIFY_MAILER_FLAGS", "-----BEGIN PGP SIGNED MESSAGE-----".
bool isLinkToken(std::string_view token) {
    if (token.starts_with("www.")) return true;
    for (size_t k = 0; k < token.size(); ++k) {
        switch (token[k]) {
            case '@': case '/': case '_': case '=': case '`': return true;
            case '-':
                if (k + 1 < token.size() && token[k + 1] == '-') return true;
                break;
            default: break;
        }
    }
    return false;
}

// True when the word w starts a list item ("… tests. 2. Pull request title", "… - Check
// the cable"): a numbered marker after the end of a sentence, or a lone bullet before it.
// Line breaks are collapsed before matching, so lists are found by their markers.
// (Runs for every word of a reply: the cheap byte tests come first.)
bool startsListItem(std::string_view text, const Span& w) {
    auto [b, e] = w;
    if (e - b <= 2 && e < text.size() && (text[e] == '.' || text[e] == ')') &&
        (e + 1 == text.size() || text[e + 1] == ' ') &&
        (b == 0 || (b >= 2 && text[b - 1] == ' ' && std::strchr(".!?:)", text[b - 2]) != nullptr)) &&
        std::all_of(text.begin() + b, text.begin() + e, ascii::isDigit)) {
        return true;
    }
    // Every bullet is a marker and a space, after a space.
    if (b < 3 || text[b - 1] != ' ') return false;
    char marker = text[b - 2];
    if (marker != '-' && marker != '*' && marker != '\xA2') return false;   // \xA2 ends "\u2022"
    for (std::string_view bullet : {"- ", "* ", "\u2022 "}) {
        if (b >= bullet.size() + 1 && text.substr(b - bullet.size(), bullet.size()) == bullet &&
            text[b - bullet.size() - 1] == ' ') {
            return true;
        }
    }
    return false;
}

// The words of the longest paragraph, as limit-past-max finding wants them: how many, and
// the word at index `limit` (the first one over). The first of equally long paragraphs wins.
struct LongestParagraph {
    size_t words = 0;
    Span pastLimit;
};

// The word that starts at b.
Span wordAt(std::string_view text, size_t b) {
    size_t e = b;
    while (e < text.size() && isWordByte(text[e])) ++e;
    return {b, e};
}

// Index of the k-th (0-based) set bit of x, which has more than k.
unsigned nthSetBit(uint32_t x, size_t k) {
    for (; k > 0; --k) x &= x - 1;
    return static_cast<unsigned>(__builtin_ctz(x));
}

LongestParagraph longestParagraph(const TurnText& body, size_t limit) {
    const std::string& text = body.text;
    const auto& breaks = body.paragraphBreaks;
    LongestParagraph longest, current;
    size_t nextBreak = 0;
    uint32_t lastMarks = 0;   // of the previous block
    // Sixteen bytes at a time: most blocks hold neither a paragraph break nor a word that
    // could start a list item (a digit with '.' or ')' one or two bytes on, or a bullet
    // mark two bytes before), so their words are only counted; the others go word by word.
    for (size_t at = 0; at < text.size(); at += 16) {
        bytescan::WordBlock block = bytescan::wordBlock(text, at);
        uint32_t markTwoBefore = ((block.marks << 2) | (lastMarks >> 14)) & 0xFFFFu;
        lastMarks = block.marks;
        if (block.starts == 0) continue;
        bool breakHere = nextBreak < breaks.size() && breaks[nextBreak] < at + 16;
        // closers of the next block are not known here: the last two digits may be numbers
        uint32_t closerAfter = (block.closers >> 1) | (block.closers >> 2) | 0xC000u;
        uint32_t maybeItem = block.starts & ((block.digits & closerAfter) | markTwoBefore);
        if (!breakHere && maybeItem == 0) {
            auto words = static_cast<size_t>(bytescan::popcount16(block.starts));
            if (current.words <= limit && limit < current.words + words) {
                current.pastLimit = wordAt(text, at + nthSetBit(block.starts, limit - current.words));
            }
            current.words += words;
            continue;
        }
        for (uint32_t starts = block.starts; starts != 0; starts &= starts - 1) {
            Span w = wordAt(text, at + static_cast<size_t>(__builtin_ctz(starts)));
            bool breakBefore = startsListItem(text, w);
            while (nextBreak < breaks.size() && breaks[nextBreak] <= w.first) {
                breakBefore = true;
                ++nextBreak;
            }
            if (breakBefore) {
                if (current.words > longest.words) longest = current;
                current = {};
            }
            if (current.words == limit) current.pastLimit = w;
            ++current.words;
        }
    }
    if (current.words > longest.words) longest = current;
    return longest;
}

// Whether the text is too short to hold more than `limit` words: each word but the last
// needs a byte after it that is not a word byte, so n words take at least 2n - 1 bytes.
// (Most turns are far shorter than a wall of text; this spares counting their words.)
bool tooShortToPass(std::string_view text, size_t limit) { return (text.size() + 1) / 2 <= limit; }

}  // namespace

std::vector<Span> wordSpans(std::string_view text) {
    std::vector<Span> words;
    size_t i = 0;
    Span w;
    while (nextWord(text, i, w)) words.push_back(w);
    return words;
}

std::vector<Span> shoutedWords(std::string_view text) {
    // Shouting is a run of capitals ("PLEASE DO NOT REPLY"), not the acronyms a technical
    // reply is full of (RPM, DMA, SMTP, IIRC): count the words of runs of three or more
    // consecutive all-caps words, leaving out links and known acronyms.
    constexpr size_t kRun = 3;
    std::vector<Span> out, run;
    auto endRun = [&] {
        size_t counted = 0;
        for (const auto& [b, e] : run) counted += e - b >= 2;
        if (counted >= kRun) {
            for (const auto& w : run) if (w.second - w.first >= 2) out.push_back(w);
        }
        run.clear();
    };
    // One space-separated token at a time: a word never spans two, and a link is a token.
    size_t i = 0;
    while (i < text.size()) {
        if (run.empty()) {
            // Outside a run, only a token with a word of two or more bytes, all capitals
            // or apostrophes, can matter: any other word is skipped, ends the empty run, or
            // (a one-letter "I") would join it without ever counting or being reported. So
            // go straight to the next pair of such bytes, back to the start of its token.
            size_t from = i;
            i = bytescan::findCapitalPair(text, i);
            // A pair with a lowercase letter after it is in a word with one ("I'm", "I've"),
            // which cannot start a run either.
            while (i + 2 < text.size() && ascii::isLower(text[i + 2])) i = bytescan::findCapitalPair(text, i + 1);
            if (i == text.size()) break;
            while (i > from && text[i - 1] != ' ') --i;
        }
        while (i < text.size() && text[i] == ' ') ++i;
        size_t tokenBegin = i;
        while (i < text.size() && text[i] != ' ') ++i;
        std::string_view token = text.substr(tokenBegin, i - tokenBegin);
        size_t k = 0;
        Span w;
        if (isLinkToken(token)) {
            if (nextWord(token, k, w)) endRun();   // a word in a link breaks a run
            continue;
        }
        while (nextWord(token, k, w)) {
            bool letters = false, lower = false, digits = false;
            for (size_t p = w.first; p < w.second; ++p) {
                char c = token[p];
                if (ascii::isUpper(c)) letters = true;
                else if (ascii::isLower(c)) letters = lower = true;
                else if (ascii::isDigit(c)) digits = true;
                else if (static_cast<unsigned char>(c) >= 0x80) lower = true;   // leave non-ASCII words alone
            }
            // numbers, times and model names ("8AM", "PS4") neither start nor break a run
            if (!letters || digits) continue;
            if (lower || isAcronym(token.substr(w.first, w.second - w.first))) {
                endRun();
                continue;
            }
            run.emplace_back(tokenBegin + w.first, tokenBegin + w.second);
        }
    }
    endRun();
    return out;
}

LimitCheck::LimitCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors)
    : Check(rule) {
    patterns_ = registerAll(registry, rule.patterns, speakerRoles(), errors);
    unless_ = registerAll(registry, rule.unless, speakerRoles(), errors);
    if (rule.notAfter) notAfter_ = registerAll(registry, rule.notAfter->patterns, speakerRoles(), errors);
}

std::optional<Span> LimitCheck::firstPastLimit(const MatchContext& ctx, size_t turn) const {
    const TurnText& body = ctx.conversation().turns[turn].body;
    const auto limit = static_cast<size_t>(rule_.max);
    auto pick = [&](const std::vector<Span>& items) -> std::optional<Span> {
        if (items.size() <= limit) return std::nullopt;
        return items[limit];
    };
    switch (rule_.count) {
        case LimitCount::matches:
            if (!ctx.anyHit(turn, patterns_)) return std::nullopt;
            return pick(dropCancelled(ctx, turn, ctx.find(turn, patterns_), unless_, notAfter_, rule_));
        case LimitCount::words: {
            if (tooShortToPass(body.text, limit)) return std::nullopt;
            size_t i = 0, n = 0;
            Span w;
            while (nextWord(body.text, i, w)) {
                if (n++ == limit) return w;
            }
            return std::nullopt;
        }
        case LimitCount::shouting: {
            auto words = shoutedWords(body.text);
            if (rule_.inQuotes || words.size() <= limit) return pick(words);
            auto quotes = quotedSpans(body.text);   // an error message quoted as shown is not shouting
            words.erase(std::remove_if(words.begin(), words.end(),
                                       [&](const Span& w) { return insideAny(quotes, w); }),
                        words.end());
            return pick(words);
        }
        case LimitCount::paragraphWords: {
            // The words of the longest paragraph (text between blank lines): a wall of text.
            if (tooShortToPass(body.text, limit)) return std::nullopt;
            LongestParagraph longest = longestParagraph(body, limit);
            if (longest.words <= limit) return std::nullopt;
            return longest.pastLimit;
        }
        case LimitCount::sentences: {
            std::vector<Span> sentences;
            size_t pos = 0;
            while (pos < body.text.size()) {
                auto [b, e] = sentenceAround(body, pos);
                sentences.emplace_back(b, e);
                pos = e + 1;
            }
            return pick(sentences);
        }
    }
    return std::nullopt;
}

void LimitCheck::run(const MatchContext& ctx, std::vector<RawFinding>& out) const {
    // Counting matches: a conversation none of the patterns matched has nothing to count.
    if (rule_.count == LimitCount::matches && !ctx.anyHitInConversation(patterns_)) return;
    const auto& turns = ctx.conversation().turns;
    for (size_t t = 0; t < turns.size(); ++t) {
        if (!readsTurn(turns[t])) continue;
        std::optional<Span> first = firstPastLimit(ctx, t);
        if (!first) continue;
        Span at = *first;
        if (rule_.count == LimitCount::words || rule_.count == LimitCount::paragraphWords) {
            // from the first word over to its sentence end
            at.second = sentenceAround(turns[t].body, first->first).second;
            while (at.second > at.first && turns[t].body.text[at.second - 1] == ' ') --at.second;
        }
        out.push_back({&rule_, {t, at.first, at.second}, std::nullopt, ""});
    }
}

}  // namespace replylint
