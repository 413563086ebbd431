#include "input/chat_reader.h"

#include <cctype>
#include <optional>
#include <set>

#include "text/byte_scan.h"
#include "text/turn_text_builder.h"

namespace replylint {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isBlank(char c) { return c == ' ' || c == '\t'; }

size_t skipBlanks(std::string_view s, size_t i) {
    while (i < s.size() && isBlank(s[i])) ++i;
    return i;
}

size_t skipDigits(std::string_view s, size_t i, size_t maxDigits) {
    size_t start = i;
    while (i < s.size() && isDigit(s[i]) && i - start < maxDigits) ++i;
    return i;
}

// Parses `HH:MM[:SS[.fff]][ AM|PM][Z|±HH:MM]` at i; returns the end or npos.
size_t parseClock(std::string_view s, size_t i) {
    size_t j = skipDigits(s, i, 2);
    if (j == i || j >= s.size() || s[j] != ':') return std::string_view::npos;
    size_t k = skipDigits(s, j + 1, 2);
    if (k != j + 3) return std::string_view::npos;
    if (k < s.size() && s[k] == ':' && k + 1 < s.size() && isDigit(s[k + 1])) {
        k = skipDigits(s, k + 1, 2);
        if (k < s.size() && s[k] == '.') k = skipDigits(s, k + 1, 9);
    }
    size_t m = k < s.size() && s[k] == ' ' ? k + 1 : k;
    if (m + 1 < s.size() && (s[m] == 'A' || s[m] == 'P' || s[m] == 'a' || s[m] == 'p') &&
        (s[m + 1] == 'M' || s[m + 1] == 'm')) {
        k = m + 2;
    }
    if (k < s.size() && s[k] == 'Z') {
        ++k;
    } else if (k + 2 < s.size() && (s[k] == '+' || s[k] == '-') && isDigit(s[k + 1])) {
        k = skipDigits(s, k + 1, 2);
        if (k < s.size() && s[k] == ':') ++k;
        k = skipDigits(s, k, 2);
    }
    return k;
}

// Parses a date such as 2024-05-01, 5/1/24 or 01.05.2024 at i; returns the end or npos.
size_t parseDate(std::string_view s, size_t i) {
    size_t j = skipDigits(s, i, 4);
    if (j == i || j >= s.size() || (s[j] != '-' && s[j] != '/' && s[j] != '.')) {
        return std::string_view::npos;
    }
    char sep = s[j];
    size_t k = skipDigits(s, j + 1, 2);
    if (k == j + 1 || k >= s.size() || s[k] != sep) return std::string_view::npos;
    size_t m = skipDigits(s, k + 1, 4);
    return m == k + 1 ? std::string_view::npos : m;
}

// Skips a leading timestamp; returns the position after it (and after any separator), or
// i unchanged when there is none.
size_t skipTimestamp(std::string_view s, size_t i, bool& found) {
    found = false;
    if (i < s.size() && (s[i] == '[' || s[i] == '(')) {
        char close = s[i] == '[' ? ']' : ')';
        size_t end = s.find(close, i + 1);
        if (end == std::string_view::npos || end - i > 40) return i;
        std::string_view inside = s.substr(i + 1, end - i - 1);
        bool hasDigit = false, hasSep = false;
        for (char c : inside) {
            hasDigit |= isDigit(c);
            hasSep |= c == ':' || c == '/' || c == '-' || c == '.';
        }
        if (!hasDigit || !hasSep) return i;
        found = true;
        i = end + 1;
    } else if (i < s.size() && isDigit(s[i])) {
        size_t j = parseDate(s, i);
        if (j != std::string_view::npos) {
            if (j < s.size() && s[j] == ',') ++j;
            if (j < s.size() && (s[j] == ' ' || s[j] == 'T')) ++j;
        } else {
            j = i;
        }
        size_t k = parseClock(s, j);
        if (k == std::string_view::npos || k >= s.size() || !isBlank(s[k])) return i;
        found = true;
        i = k;
    } else {
        return i;
    }
    i = skipBlanks(s, i);
    if (i < s.size() && (s[i] == '-' || s[i] == '|')) i = skipBlanks(s, i + 1);
    return i;
}

struct TurnStart {
    std::string_view speaker;
    std::string_view time;
    size_t textBegin = 0;
};

bool plausibleSpeaker(std::string_view name) {
    if (name.empty() || name.size() > 60) return false;
    int words = 1;
    for (char c : name) {
        switch (c) {
            case ' ': ++words; break;
            case '/': case '\\': case '<': case '>': case '{': case '}': case '=': case ';':
            case '"': case '|': case '*': case '?': case '!': case ',':
                return false;   // punctuation no name has
            default: break;
        }
    }
    return words <= 5;
}

std::optional<TurnStart> parseTurnStart(std::string_view line) {
    size_t i = skipBlanks(line, 0);
    bool hasTime = false;
    size_t afterTime = skipTimestamp(line, i, hasTime);
    std::string_view time = hasTime ? line.substr(i, afterTime - i) : std::string_view();
    while (!time.empty() && (isBlank(time.back()) || time.back() == '-' || time.back() == '|')) {
        time.remove_suffix(1);
    }
    if (!time.empty() && (time.front() == '[' || time.front() == '(')) {
        time = time.substr(1, time.size() >= 2 ? time.size() - 2 : 0);
    }
    size_t colon = line.find(':', afterTime);
    if (colon == std::string_view::npos || colon - afterTime > 64) return std::nullopt;
    if (colon + 1 < line.size() && !isBlank(line[colon + 1])) return std::nullopt;
    std::string_view speaker = line.substr(afterTime, colon - afterTime);
    while (!speaker.empty() && isBlank(speaker.back())) speaker.remove_suffix(1);
    if (!plausibleSpeaker(speaker)) return std::nullopt;
    return TurnStart{speaker, time, colon + 1};
}

}  // namespace

Conversation parseChat(std::string_view bytes, const std::string& id, const RoleClassifier& roles) {
    Conversation conv;
    parseChatInto(bytes, id, roles, conv);
    return conv;
}

void parseChatInto(std::string_view bytes, const std::string& id, const RoleClassifier& roles, Conversation& conv) {
    conv.id = id;
    size_t used = 0;   // turns of conv refilled so far; the rest are dropped at the end
    std::set<std::string, std::less<>> seen;   // speakers of accepted turns
    // The last two speakers, their role and whether they are in `seen`: a transcript is mostly
    // two people taking turns, and RoleClassifier::classify copies, locks and hashes for every
    // lookup, and the set compares strings.
    struct Known {
        std::string speaker;
        Role role = Role::unknown;
        bool set = false;
        bool seen = false;
    } known[2];
    auto lookup = [&](std::string_view speaker) -> Known& {
        for (Known& k : known) {
            if (k.set && k.speaker == speaker) return k;
        }
        known[1] = std::move(known[0]);
        known[0] = {std::string(speaker), roles.classify(speaker), true, seen.count(speaker) > 0};
        return known[0];
    };
    std::optional<TurnTextBuilder> builder;
    size_t pos = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    while (pos < bytes.size()) {
        size_t end = bytescan::findLineBreak(bytes, pos);
        std::string_view line = bytes.substr(pos, end - pos);
        size_t next = end;
        if (next < bytes.size()) next += (bytes[next] == '\r' && next + 1 < bytes.size() &&
                                          bytes[next + 1] == '\n') ? 2 : 1;

        auto start = parseTurnStart(line);
        bool accept = false;
        if (start) {
            Known& speaker = lookup(start->speaker);
            Role role = speaker.role;
            accept = !start->time.empty() || role != Role::unknown || seen.size() < 2 || speaker.seen;
            if (accept) {
                if (builder) builder->finish();
                Turn& turn = conv.refillTurn(used);
                ++used;
                turn.clear();
                turn.speaker.assign(start->speaker);
                turn.role = role;
                turn.time.assign(start->time);
                if (!speaker.seen) {
                    seen.insert(turn.speaker);
                    speaker.seen = true;
                }
                builder.emplace(turn.body);
                builder->appendSource(line.substr(start->textBegin), pos + start->textBegin);
            }
        }
        if (!accept && builder) {
            builder->appendLineBreak(pos);
            builder->appendSource(line, pos);
        }
        pos = next;
    }
    if (builder) builder->finish();
    conv.keepTurns(used);

    // Two speakers, one of known role: the other one is its counterpart.
    if (seen.size() == 2) {
        Role known = Role::unknown;
        for (const auto& t : conv.turns) {
            if (t.role == Role::agent || t.role == Role::customer) known = t.role;
        }
        if (known != Role::unknown) {
            Role other = known == Role::agent ? Role::customer : Role::agent;
            for (auto& t : conv.turns) {
                if (t.role == Role::unknown) t.role = other;
            }
        }
    }
}

void readChat(std::string_view bytes, const std::string& path, const RoleClassifier& roles,
              ConversationSink& sink) {
    // One per thread, refilled file after file (-j workers each read whole files).
    thread_local Conversation conv;
    parseChatInto(bytes, path, roles, conv);
    if (conv.turns.empty()) {
        sink.diagnostic({path, 0, Severity::warning,
                         "no `Speaker: text` lines found; nothing to lint (use --input to "
                         "choose another format)"});
        return;
    }
    SourceLocator locator(bytes);
    sink.conversation(conv, locator);
}

}  // namespace replylint
