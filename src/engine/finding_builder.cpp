#include "engine/finding_builder.h"

namespace replylint {

namespace {

SourceRange locate(const TurnSpan& span, const Conversation& conv, const SourceLocator& locator,
                   bool lineText) {
    const TurnText& body = conv.turns[span.turn].body;
    return locator.range(body.sourceOffset(span.begin), body.sourceOffset(span.end), lineText);
}

}  // namespace

Finding buildFinding(const RawFinding& raw, const Conversation& conv, const SourceLocator& locator,
                     const std::string& path, bool lineText) {
    const Rule& rule = *raw.rule;
    const Turn& turn = conv.turns[raw.at.turn];
    Finding f;
    f.ruleId = rule.id;
    f.severity = rule.severity;
    f.message = rule.message + turn.locationNote;
    f.path = path;
    f.range = locate(raw.at, conv, locator, lineText);
    f.conversationId = conv.id;
    f.turnIndex = static_cast<uint32_t>(raw.at.turn);
    f.speaker = turn.speaker;
    f.role = std::string(roleName(turn.role));
    f.matchedText = turn.body.text.substr(raw.at.begin, raw.at.end - raw.at.begin);
    if (rule.suggest && rule.kind == RuleKind::phrase) f.fix = rule.suggest;
    if (raw.related) f.related.push_back({locate(*raw.related, conv, locator, lineText), raw.relatedMessage});
    return f;
}

}  // namespace replylint
