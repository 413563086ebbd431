#include "engine/limit_check.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/sentences.h"

namespace replylint {

namespace {

bool isWordByte(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || c == '\'' || u >= 0x80;
}

// Acronyms that are all caps by nature, not shouting.
constexpr std::array<std::string_view, 40> kAcronyms = {
    "FAQ", "URL", "USB", "PDF", "API", "SMS", "ETA", "ASAP", "HTML", "HTTP", "HTTPS", "PIN", "SIM",
    "VPN", "DNS", "CEO", "USA", "UK", "EU", "GMT", "UTC", "EST", "PST", "CET", "IOS", "RMA", "SKU",
    "IBAN", "BIC", "VAT", "GDPR", "CSV", "JSON", "XML", "SSL", "TLS", "SSO", "MFA", "OTP", "NASA"};

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

std::vector<Span> shoutedWords(std::string_view text) {
    std::vector<Span> out;
    for (const auto& [b, e] : wordSpans(text)) {
        std::string_view w = text.substr(b, e - b);
        size_t letters = 0;
        bool allUpper = true;
        for (char c : w) {
            auto u = static_cast<unsigned char>(c);
            if (std::isalpha(u)) {
                ++letters;
                if (!std::isupper(u)) allUpper = false;
            } else if (u >= 0x80) {
                allUpper = false;   // leave non-ASCII words alone
            }
        }
        if (letters < 3 || !allUpper) continue;
        if (std::find(kAcronyms.begin(), kAcronyms.end(), w) != kAcronyms.end()) continue;
        out.emplace_back(b, e);
    }
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
            return dropCancelled(ctx, turn, ctx.find(turn, patterns_), unless_, notAfter_,
                                 rule_.notAfter ? rule_.notAfter->words : 0);
        case LimitCount::words: return wordSpans(body.text);
        case LimitCount::shouting: return shoutedWords(body.text);
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
        if (rule_.count == LimitCount::words) {  // from the first word over to its sentence end
            at.second = sentenceAround(turns[t].body, first.first).second;
            while (at.second > at.first && turns[t].body.text[at.second - 1] == ' ') --at.second;
        }
        out.push_back({&rule_, {t, at.first, at.second}, std::nullopt, ""});
    }
}

}  // namespace replylint
