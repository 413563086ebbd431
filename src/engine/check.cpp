#include "engine/check.h"

#include <algorithm>
#include <cctype>

#include "engine/limit_check.h"
#include "engine/phrase_check.h"
#include "engine/require_check.h"
#include "engine/respond_check.h"
#include "text/sentences.h"

namespace replylint {

MatchContext::MatchContext(const PatternRegistry& patterns, const Conversation& conv, const TurnHits& hits)
    : patterns_(patterns), conv_(conv), hits_(hits), words_(hits.words()), anyTurn_(words_, 0) {
    for (size_t t = 0; t < conv.turns.size(); ++t) {
        for (size_t w = 0; w < words_; ++w) anyTurn_[w] |= hits.row(t)[w];
    }
}

bool MatchContext::hit(size_t turn, PatternId id) const {
    return id >= 0 && static_cast<size_t>(id) < patterns_.size() &&
           ((hits_.row(turn)[static_cast<size_t>(id) / 64] >> (id % 64)) & 1) != 0;
}

PatternSet::PatternSet(std::vector<PatternId> ids) : ids_(std::move(ids)) {
    for (PatternId id : ids_) {
        if (id < 0) continue;   // never a hit
        size_t index = static_cast<size_t>(id) / 64;
        auto word = std::find_if(words_.begin(), words_.end(), [&](const Word& w) { return w.index == index; });
        if (word == words_.end()) word = words_.insert(words_.end(), {index, 0});
        word->bits |= uint64_t{1} << (static_cast<size_t>(id) % 64);
    }
}

bool MatchContext::anyHit(size_t turn, const PatternSet& set) const {
    // Only ids the registry knows have bits in hits_, as hit() requires.
    const uint64_t* row = hits_.row(turn);
    for (const auto& w : set.words()) {
        if (w.index < words_ && (row[w.index] & w.bits) != 0) return true;
    }
    return false;
}

bool MatchContext::anyHitInConversation(const PatternSet& set) const {
    for (const auto& w : set.words()) {
        if (w.index < words_ && (anyTurn_[w.index] & w.bits) != 0) return true;
    }
    return false;
}

std::vector<Span> MatchContext::find(size_t turn, const PatternSet& set) const {
    std::vector<Span> all, one;
    const std::string& text = conv_.turns[turn].body.text;
    for (PatternId id : set.ids()) {
        if (!hit(turn, id)) continue;
        patterns_.findAll(id, text, one);
        all.insert(all.end(), one.begin(), one.end());
    }
    std::sort(all.begin(), all.end(), [](const Span& a, const Span& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    std::vector<Span> merged;
    for (const auto& s : all) {
        if (!merged.empty() && s.first < merged.back().second) continue;  // overlaps a kept span
        merged.push_back(s);
    }
    return merged;
}

std::optional<Span> MatchContext::findFirst(size_t turn, const PatternSet& set) const {
    const std::string& text = conv_.turns[turn].body.text;
    std::optional<Span> first;
    for (PatternId id : set.ids()) {
        if (!hit(turn, id)) continue;
        std::optional<Span> s = patterns_.findFirst(id, text);
        if (s && (!first || s->first < first->first || (s->first == first->first && s->second > first->second))) {
            first = s;
        }
    }
    return first;
}

std::initializer_list<Role> Check::allRoles() {
    static const std::initializer_list<Role> all = {Role::agent, Role::customer, Role::system, Role::unknown};
    return all;
}

std::initializer_list<Role> Check::speakerRoles() const {
    static const std::initializer_list<Role> agent = {Role::agent};
    static const std::initializer_list<Role> customer = {Role::customer};
    static const std::initializer_list<Role> system = {Role::system};
    static const std::initializer_list<Role> unknown = {Role::unknown};
    if (rule_.anySpeaker) return allRoles();
    switch (rule_.speaker) {
        case Role::agent: return agent;
        case Role::customer: return customer;
        case Role::system: return system;
        case Role::unknown: return unknown;
    }
    return agent;
}

std::vector<PatternId> Check::registerAll(PatternRegistry& registry, const std::vector<Pattern>& patterns,
                                          std::initializer_list<Role> roles, std::vector<RuleError>& errors,
                                          Reach reach) {
    std::vector<PatternId> ids;
    for (const auto& p : patterns) {
        PatternId id = registry.add(rule_, p, roles, errors, reach);
        if (id >= 0) ids.push_back(id);
    }
    return ids;
}

std::unique_ptr<Check> makeCheck(const Rule& rule, PatternRegistry& registry, std::vector<RuleError>& errors) {
    switch (rule.kind) {
        case RuleKind::phrase: return std::make_unique<PhraseCheck>(rule, registry, errors);
        case RuleKind::respond: return std::make_unique<RespondCheck>(rule, registry, errors);
        case RuleKind::require: return std::make_unique<RequireCheck>(rule, registry, errors);
        case RuleKind::limit: return std::make_unique<LimitCheck>(rule, registry, errors);
    }
    return nullptr;
}

namespace {

// Start of the word `words` words before pos (stays inside [floor, pos]).
size_t wordsBefore(const std::string& text, size_t pos, size_t floor, int words) {
    size_t i = pos;
    for (int w = 0; w <= words && i > floor; ) {
        --i;
        if (text[i] == ' ') ++w;
    }
    return i > floor ? i + 1 : floor;
}

}  // namespace

std::vector<Span> quotedSpans(std::string_view text) {
    auto isSpace = [&](size_t i) { return i >= text.size() || text[i] == ' '; };
    auto opensAfter = [&](size_t i) {   // a quote at i may open: start, space or bracket before it
        return (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(' || text[i - 1] == '[') && !isSpace(i + 1);
    };
    auto closesBefore = [&](size_t i) {  // a quote at i may close: word before, no word after
        if (i == 0 || text[i - 1] == ' ') return false;
        if (i + 1 >= text.size()) return true;
        auto c = static_cast<unsigned char>(text[i + 1]);
        return !std::isalnum(c) && c < 0x80;
    };
    constexpr size_t kLongest = 600;   // a longer "quote" is a stray mark, not a quotation
    std::vector<Span> out;
    size_t open = std::string_view::npos;
    char mark = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '"' && c != '\'') continue;
        if (open != std::string_view::npos && c == mark && i - open <= kLongest && closesBefore(i)) {
            out.emplace_back(open, i + 1);
            open = std::string_view::npos;
        } else if (open == std::string_view::npos || i - open > kLongest) {
            if (opensAfter(i)) { open = i; mark = c; }
            else open = std::string_view::npos;
        }
    }
    return out;
}

bool insideAny(const std::vector<Span>& spans, const Span& s) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const Span& q) { return q.first <= s.first && s.second <= q.second; });
}

std::vector<Span> dropCancelled(const MatchContext& ctx, size_t turn, std::vector<Span> candidates,
                                const PatternSet& unless, const PatternSet& notAfter,
                                const Rule& rule) {
    if (candidates.empty()) return candidates;
    const TurnText& body = ctx.conversation().turns[turn].body;
    if (!rule.inQuotes && body.text.find_first_of("\"'") != std::string::npos) {
        auto quotes = quotedSpans(body.text);
        if (!quotes.empty()) {
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](const Span& c) { return insideAny(quotes, c); }),
                             candidates.end());
        }
    }
    bool anyUnless = ctx.anyHit(turn, unless);
    bool anyNotAfter = ctx.anyHit(turn, notAfter);
    if (candidates.empty() || (!anyUnless && !anyNotAfter)) return candidates;
    const int notAfterWords = rule.notAfter ? rule.notAfter->words : 0;
    std::vector<Span> unlessSpans = anyUnless ? ctx.find(turn, unless) : std::vector<Span>{};
    std::vector<Span> negations = anyNotAfter ? ctx.find(turn, notAfter) : std::vector<Span>{};
    std::vector<Span> kept;
    for (const auto& c : candidates) {
        // Not a structured binding: clang 14 (the fuzz and sanitizer builds) cannot capture one.
        std::pair<size_t, size_t> sentence = sentenceAround(body, c.first);
        size_t sb = sentence.first, se = sentence.second;
        size_t ub = sb, ue = se;   // where an unless pattern cancels this match
        if (rule.unlessScope == UnlessScope::turn) {
            ub = 0;
            ue = body.text.size();
        } else if (rule.unlessScope == UnlessScope::adjacent) {
            if (sb > 0) ub = sentenceAround(body, sb - 1).first;
            if (se < body.text.size()) ue = sentenceAround(body, se + 1).second;
        }
        bool cancelled = std::any_of(unlessSpans.begin(), unlessSpans.end(), [&](const Span& u) {
            return u.first < ue && u.second > ub;
        });
        if (!cancelled && !negations.empty()) {
            size_t windowStart = wordsBefore(body.text, c.first, sb, notAfterWords);
            cancelled = std::any_of(negations.begin(), negations.end(), [&](const Span& n) {
                return n.second <= c.first + 1 && n.second >= windowStart && n.first >= sb;
            });
        }
        if (!cancelled) kept.push_back(c);
    }
    return kept;
}

Span firstSentence(const TurnText& text) {
    auto [b, e] = sentenceAround(text, 0);
    while (e > b && text.text[e - 1] == ' ') --e;
    return {b, e};
}

namespace {

// A closing "sentence" that is only a sign-off or a symbol: "~Mark Y.", "^HD", "-Jennifer",
// a bare "Jason", "🎉".
bool signOffOnly(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (s.empty()) return true;
    auto words = std::count(s.begin(), s.end(), ' ') + 1;
    for (std::string_view mark : {"-", "~", "^", "\u2014", "\u2013"}) {
        if (s.starts_with(mark)) return words <= 3;
    }
    if (words > 1) return false;
    auto alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    if (std::none_of(s.begin(), s.end(), alpha)) return true;
    return std::isupper(static_cast<unsigned char>(s.front())) && alpha(s.back());   // a bare name
}

}  // namespace

// The closing sentence, passing over a trailing sign-off or emoji ("~Bri", "^HD", "🎉") so a
// finding about how a turn ends points at words the reader can judge.
Span lastSentence(const TurnText& text) {
    size_t n = text.text.size();
    auto [b, e] = sentenceAround(text, n > 0 ? n - 1 : 0);
    while (b > 0 && signOffOnly(std::string_view(text.text).substr(b, e - b))) {
        auto [pb, pe] = sentenceAround(text, b - 1);
        if (pb >= b) break;
        b = pb;
        e = pe;
    }
    while (b < e && text.text[b] == ' ') ++b;
    while (e > b && text.text[e - 1] == ' ') --e;
    return {b, e};
}

}  // namespace replylint
