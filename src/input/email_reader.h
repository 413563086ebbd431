// Reads one RFC 5322 message (`--input email`, `.eml`) as a conversation: the quoted history
// first, oldest first, then the sender's new text. Signatures and footers are left out.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "input/email_mime.h"
#include "input/email_quote_splitter.h"
#include "input/role_classifier.h"
#include "input/sink.h"

namespace replylint {

struct EmailReadOptions {
    bool draft = false;                        // --draft: the sender is the agent
    std::vector<std::string> agentAddresses;   // --agent-address globs
    bool lintQuoted = false;                   // --lint-quoted: report findings in quoted history too
};

void readEmail(std::string_view bytes, const std::string& path, const EmailReadOptions& options,
               const RoleClassifier& roles, ConversationSink& sink);

// The turns of one message: quoted history (oldest first) then the new text, or only the new
// text with `newTextOnly` (mbox threads, where each message is its own turn).
void emailTurns(const EmailMessage& msg, const QuoteSplit& split, bool draft, bool newTextOnly,
                const EmailReadOptions& options, const RoleClassifier& roles, std::vector<Turn>& out);

// The body's lines as views into msg.body.text, for splitQuotes.
std::vector<std::string_view> bodyLines(const EmailBody& body);

// Reports GMime's and the decoders' problems as diagnostics at their lines.
void reportMimeProblems(const std::vector<MimeProblem>& problems, std::string_view bytes, const std::string& path,
                        ConversationSink& sink);

}  // namespace replylint
