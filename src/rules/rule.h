// A rule as loaded from YAML: what it looks for, in whose turns, and how it reports.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/conversation.h"
#include "model/severity.h"

namespace replylint {

enum class RuleKind { phrase, respond, require, limit };
enum class Where { first, last, every, any };
enum class LimitCount { matches, words, shouting, sentences, paragraphWords };
// How far from a match an `unless` pattern cancels it: its sentence (default), that sentence
// and the ones either side, or the whole turn.
enum class UnlessScope { sentence, adjacent, turn };

std::string_view ruleKindName(RuleKind k);
std::string_view whereName(Where w);
std::string_view limitCountName(LimitCount c);
std::string_view unlessScopeName(UnlessScope s);

// Where a rule (or one of its fields) was written.
struct RuleOrigin {
    std::string file;          // path, or "builtin:<pack>.yaml" for the embedded packs
    uint32_t line = 0;         // 1-based
    uint32_t column = 0;
};

// One regular expression with the place it was written, so errors can point at it.
struct Pattern {
    std::string text;
    RuleOrigin at;
};

// A negation window: the rule's match does not count when one of `patterns` ends within
// `words` words before it, in the same sentence ("I'm not saying it's your fault").
struct NotAfter {
    std::vector<Pattern> patterns;
    int words = 3;
};

struct Rule {
    std::string id;
    std::string pack;
    RuleKind kind = RuleKind::phrase;
    Severity severity = Severity::warning;
    Role speaker = Role::agent;
    bool anySpeaker = false;            // speaker: any
    std::string message;
    std::string help;
    std::string description;            // the pack's description
    bool caseSensitive = false;
    bool nonword = false;
    std::optional<std::string> suggest;

    std::vector<Pattern> patterns;  // phrase, limit (count: matches)
    std::vector<Pattern> unless;    // cancels a match within unlessScope
    UnlessScope unlessScope = UnlessScope::sentence;
    bool inQuotes = false;          // also read text inside quotation marks (someone else's words)
    std::optional<NotAfter> notAfter;
    std::vector<Pattern> trigger;   // respond: customer turn
    std::vector<Pattern> expect;    // respond, require: agent turn
    std::vector<Pattern> when;      // require: conversation gate
    int within = 1;                     // respond
    bool triggerFirstOnly = false;      // respond: only the customer's first turn can trigger
    Where where = Where::last;          // require
    LimitCount count = LimitCount::matches;  // limit
    int max = 0;                        // limit

    std::vector<std::string> flagExamples;
    std::vector<std::string> passExamples;

    RuleOrigin origin;
};

struct RulePack {
    std::string name;
    std::string description;
    std::string file;
    std::vector<Rule> rules;
};

}  // namespace replylint
