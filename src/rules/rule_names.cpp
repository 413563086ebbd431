#include "rules/rule.h"

namespace replylint {

std::string_view ruleKindName(RuleKind k) {
    switch (k) {
        case RuleKind::phrase: return "phrase";
        case RuleKind::respond: return "respond";
        case RuleKind::require: return "require";
        case RuleKind::limit: return "limit";
    }
    return "phrase";
}

std::string_view whereName(Where w) {
    switch (w) {
        case Where::first: return "first";
        case Where::last: return "last";
        case Where::every: return "every";
        case Where::any: return "any";
    }
    return "last";
}

std::string_view limitCountName(LimitCount c) {
    switch (c) {
        case LimitCount::matches: return "matches";
        case LimitCount::words: return "words";
        case LimitCount::shouting: return "shouting";
        case LimitCount::sentences: return "sentences";
        case LimitCount::paragraphWords: return "paragraph-words";
    }
    return "matches";
}

std::string_view unlessScopeName(UnlessScope s) {
    switch (s) {
        case UnlessScope::sentence: return "sentence";
        case UnlessScope::adjacent: return "adjacent";
        case UnlessScope::turn: return "turn";
    }
    return "sentence";
}

}  // namespace replylint
