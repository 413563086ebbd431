#include "input/email_reader.h"

#include "input/email_roles.h"
#include "text/source_locator.h"
#include "text/turn_text_builder.h"
#include "text/utf8.h"

namespace replylint {

namespace {

// Appends bytes [cb, ce) of one body line, each mapped to its source offset.
void appendLine(TurnTextBuilder& b, const EmailBody& body, const BodyLine& l, uint32_t cb, uint32_t ce) {
    std::string_view line(body.text.data() + l.begin, l.end - l.begin);
    if (cb >= ce || cb >= line.size()) return;
    std::string_view part = line.substr(cb, ce - cb);
    switch (l.mapping) {
        case LineMapping::bytes:
            b.appendSource(part, l.source + cb);
            break;
        case LineMapping::codePoints: {
            uint64_t index = 0;   // code point index of part[0] in the line = its source byte
            for (size_t i = 0; i < cb; ++i) index += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
            size_t i = 0;
            while (i < part.size()) {
                int len = 1;
                utf8::decode(part, i, len);
                b.appendDecoded(part.substr(i, static_cast<size_t>(len)), l.source + index, l.source + index + 1);
                i += static_cast<size_t>(len);
                ++index;
            }
            break;
        }
        case LineMapping::span:
            b.appendDecoded(part, l.source, l.sourceEnd);
            break;
    }
}

// Builds the text of the message at `depth` from its text lines; false when it has none.
bool buildTurnText(const EmailBody& body, const QuoteSplit& split, int depth, TurnText& out) {
    TurnTextBuilder builder(out);
    bool any = false, gap = false;
    for (size_t i = 0; i < split.lines.size() && i < body.lines.size(); ++i) {
        const QuoteLine& q = split.lines[i];
        if (q.depth != depth) continue;
        if (q.kind == QuoteLineKind::blank) {
            gap = true;
            continue;
        }
        if (q.kind != QuoteLineKind::text) continue;
        if (any) {
            builder.appendLineBreak(body.lines[i].source);
            if (gap) builder.appendLineBreak(body.lines[i].source);
        }
        appendLine(builder, body, body.lines[i], q.contentBegin, q.contentEnd);
        any = true;
        gap = false;
    }
    builder.finish();
    return any && !out.text.empty();
}

std::string locationNote(const EmailBody& body) {
    if (body.encoding.empty()) return "";
    return " (in the " + body.encoding + " part starting here; the exact line is not known)";
}

}  // namespace

std::vector<std::string_view> bodyLines(const EmailBody& body) {
    std::vector<std::string_view> lines;
    lines.reserve(body.lines.size());
    for (const BodyLine& l : body.lines) lines.emplace_back(body.text.data() + l.begin, l.end - l.begin);
    return lines;
}

void emailTurns(const EmailMessage& msg, const QuoteSplit& split, bool draft, bool newTextOnly,
                const EmailReadOptions& options, const RoleClassifier& roles, std::vector<Turn>& out) {
    Role sender = emailSenderRole(msg.from, draft, options.agentAddresses, roles);
    std::vector<std::string> writers(static_cast<size_t>(split.maxDepth) + 1);
    for (const auto& [depth, who] : split.attributions) {
        if (depth >= 0 && depth <= split.maxDepth) writers[static_cast<size_t>(depth)] = who;
    }
    std::vector<Role> turnRoles = emailTurnRoles(sender, writers, msg.from, options.agentAddresses, roles);
    std::string note = locationNote(msg.body);
    int deepest = newTextOnly ? 0 : split.maxDepth;
    for (int depth = deepest; depth >= 0; --depth) {
        Turn turn;
        if (!buildTurnText(msg.body, split, depth, turn.body)) continue;
        auto d = static_cast<size_t>(depth);
        if (depth == 0) {
            turn.speaker = msg.from.empty() ? "sender" : msg.from;
            turn.time = msg.date;
        } else {
            turn.speaker = writers[d].empty() ? "quoted message" : writers[d];
            turn.quoted = !options.lintQuoted;
        }
        turn.role = turnRoles[d];
        turn.locationNote = note;
        out.push_back(std::move(turn));
    }
}

void reportMimeProblems(const std::vector<MimeProblem>& problems, std::string_view bytes, const std::string& path,
                        ConversationSink& sink) {
    if (problems.empty()) return;
    SourceLocator locator(bytes);
    for (const MimeProblem& p : problems) {
        uint32_t line = p.located ? locator.position(std::min<uint64_t>(p.offset, bytes.size())).line : 0;
        sink.diagnostic({path, line, p.severity, p.message});
    }
}

void readEmail(std::string_view bytes, const std::string& path, const EmailReadOptions& options,
               const RoleClassifier& roles, ConversationSink& sink) {
    std::vector<MimeProblem> problems;
    bool read = false;
    Conversation conv;
    conv.id = path;
    parseEmails(
        bytes, false,
        [&](EmailMessage& msg) {
            read = true;
            if (!msg.hasText) {
                problems.push_back({0, false, Severity::warning,
                                    "no text/plain or text/html part; nothing to lint"});
                return;
            }
            QuoteSplit split = splitQuotes(bodyLines(msg.body));
            // A message without a Date: header has not been sent yet: a draft.
            bool draft = options.draft || msg.date.empty();
            emailTurns(msg, split, draft, false, options, roles, conv.turns);
        },
        problems);
    reportMimeProblems(problems, bytes, path, sink);
    if (!read) return;
    if (conv.turns.empty()) {
        bool said = false;
        for (const auto& p : problems) said |= p.message.find("nothing to lint") != std::string::npos;
        if (!said) sink.diagnostic({path, 0, Severity::warning, "the message has no text to lint"});
        return;
    }
    SourceLocator locator(bytes);
    sink.conversation(conv, locator);
}

}  // namespace replylint
