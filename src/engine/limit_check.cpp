#include "engine/limit_check.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "text/sentences.h"

namespace replylint {

namespace {

bool isWordByte(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '\'' || u >= 0x80;
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

}  // namespace

std::vector<Span> wordSpans(std::string_view text) {
    std::vector<Span> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordByte(text[i])) ++i;
        size_t b = i;
        while (i < text.size() && isWordByte(text[i])) ++i;
        if (i > b) words.emplace_back(b, i);
    }
    return words;
}

// Spans of links, addresses, paths and code-like tokens (runs of non-space text with "://",
// "www.", "@", "/", "_", "=", "`" or "--"), whose capitals are not shouting:
// "…?icid=MGPO_TMO_C_CUSTSUPT", "MODIFY_MAILER_FLAGS", "-----BEGIN PGP SIGNED MESSAGE-----".
static std::vector<Span> linkSpans(std::string_view text) {
    std::vector<Span> out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        size_t b = i;
        while (i < text.size() && text[i] != ' ') ++i;
        std::string_view token = text.substr(b, i - b);
        if (token.rfind("www.", 0) == 0 || token.find_first_of("@/_=`") != std::string_view::npos ||
            token.find("--") != std::string_view::npos) {
            out.emplace_back(b, i);
        }
    }
    return out;
}

// True when the word at w starts a list item ("… tests. 2. Pull request title", "… - Check
// the cable"): a numbered marker after the end of a sentence, or a lone bullet before it.
// Line breaks are collapsed before matching, so lists are found by their markers.
static bool startsListItem(std::string_view text, const Span& w) {
    auto [b, e] = w;
    bool afterSentence = b == 0 || (b >= 2 && text[b - 1] == ' ' && std::strchr(".!?:)", text[b - 2]) != nullptr);
    if (afterSentence && e - b <= 2 && e < text.size() && (text[e] == '.' || text[e] == ')') &&
        (e + 1 == text.size() || text[e + 1] == ' ') &&
        std::all_of(text.begin() + b, text.begin() + e, [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        return true;
    }
    for (std::string_view bullet : {"- ", "* ", "\u2022 "}) {
        if (b >= bullet.size() + 1 && text.substr(b - bullet.size(), bullet.size()) == bullet &&
            text[b - bullet.size() - 1] == ' ') {
            return true;
        }
    }
    return false;
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
    const auto links = linkSpans(text);
    for (const auto& [b, e] : wordSpans(text)) {
        bool inLink = std::any_of(links.begin(), links.end(),
                                  [&, b = b](const Span& l) { return l.first <= b && b < l.second; });
        std::string_view w = text.substr(b, e - b);
        size_t letters = 0;
        bool allUpper = !inLink;
        for (char c : w) {
            auto u = static_cast<unsigned char>(c);
            if (std::isalpha(u)) {
                ++letters;
                if (!std::isupper(u)) allUpper = false;
            } else if (u >= 0x80) {
                allUpper = false;   // leave non-ASCII words alone
            }
        }
        bool acronym = std::find(std::begin(kAcronyms), std::end(kAcronyms), w) != std::end(kAcronyms);
        // numbers, times and model names ("8AM", "PS4") neither start nor break a run
        bool digits = std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if ((letters == 0 || digits) && !inLink) continue;
        if (!allUpper || acronym) { endRun(); continue; }
        run.emplace_back(b, e);
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

std::vector<Span> LimitCheck::countedItems(const MatchContext& ctx, size_t turn) const {
    const TurnText& body = ctx.conversation().turns[turn].body;
    switch (rule_.count) {
        case LimitCount::matches:
            if (!ctx.anyHit(turn, patterns_)) return {};
            return dropCancelled(ctx, turn, ctx.find(turn, patterns_), unless_, notAfter_, rule_);
        case LimitCount::words: return wordSpans(body.text);
        case LimitCount::shouting: {
            auto words = shoutedWords(body.text);
            if (rule_.inQuotes || words.empty()) return words;
            auto quotes = quotedSpans(body.text);   // an error message quoted as shown is not shouting
            words.erase(std::remove_if(words.begin(), words.end(),
                                       [&](const Span& w) { return insideAny(quotes, w); }),
                        words.end());
            return words;
        }
        case LimitCount::paragraphWords: {
            // The words of the longest paragraph (text between blank lines): a wall of text.
            auto words = wordSpans(body.text);
            std::vector<Span> longest, current;
            size_t nextBreak = 0;
            for (const auto& w : words) {
                bool breakBefore = startsListItem(body.text, w);
                while (nextBreak < body.paragraphBreaks.size() && body.paragraphBreaks[nextBreak] <= w.first) {
                    breakBefore = true;
                    ++nextBreak;
                }
                if (breakBefore) {
                    if (current.size() > longest.size()) longest.swap(current);
                    current.clear();
                }
                current.push_back(w);
            }
            if (current.size() > longest.size()) longest.swap(current);
            return longest;
        }
        case LimitCount::sentences: {
            std::vector<Span> sentences;
            size_t pos = 0;
            while (pos < body.text.size()) {
                auto [b, e] = sentenceAround(body, pos);
                sentences.emplace_back(b, e);
                pos = e + 1;
            }
            return sentences;
        }
    }
    return {};
}

void LimitCheck::run(const MatchContext& ctx, std::vector<RawFinding>& out) const {
    const auto& turns = ctx.conversation().turns;
    for (size_t t = 0; t < turns.size(); ++t) {
        if (!readsTurn(turns[t])) continue;
        auto items = countedItems(ctx, t);
        if (items.size() <= static_cast<size_t>(rule_.max)) continue;
        const Span& first = items[static_cast<size_t>(rule_.max)];
        Span at = first;
        if (rule_.count == LimitCount::words || rule_.count == LimitCount::paragraphWords) {
            // from the first word over to its sentence end
            at.second = sentenceAround(turns[t].body, first.first).second;
            while (at.second > at.first && turns[t].body.text[at.second - 1] == ' ') --at.second;
        }
        out.push_back({&rule_, {t, at.first, at.second}, std::nullopt, ""});
    }
}

}  // namespace replylint
