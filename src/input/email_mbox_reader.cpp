#include "input/email_mbox_reader.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "input/email_mime.h"
#include "input/email_quote_splitter.h"
#include "input/email_reader.h"
#include "text/source_locator.h"

namespace replylint {

namespace {

Role counterpart(Role r) {
    return r == Role::agent ? Role::customer : r == Role::customer ? Role::agent : Role::unknown;
}

struct Thread {
    Conversation conv;
};

// Two parties, one known: the unknown senders are the other side.
void fillCounterparts(Conversation& conv) {
    bool agent = false, customer = false;
    for (const auto& t : conv.turns) {
        agent |= t.role == Role::agent;
        customer |= t.role == Role::customer;
    }
    if (agent == customer) return;
    Role other = counterpart(agent ? Role::agent : Role::customer);
    for (auto& t : conv.turns) {
        if (t.role == Role::unknown) t.role = other;
    }
}

}  // namespace

std::string threadSubject(std::string_view subject) {
    static const RE2 prefix(R"(^\s*(?:(?:re|fwd?|aw|sv|vs|wg|tr|antw|odp|ref)\s*(?:\[\d+\])?\s*[:：]\s*|\[[^\]]{1,40}\]\s*)+)",
                            [] {
                                RE2::Options o;
                                o.set_case_sensitive(false);
                                return o;
                            }());
    std::string s(subject);
    RE2::Replace(&s, prefix, "");
    std::string out;
    bool space = false;
    for (unsigned char c : s) {
        if (std::isspace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

void readMbox(std::string_view bytes, const std::string& path, const EmailReadOptions& options,
              const RoleClassifier& roles, ConversationSink& sink) {
    std::vector<MimeProblem> problems;
    std::vector<Thread> threads;
    std::unordered_map<std::string, size_t> byMessageId, bySubject;
    size_t messages = 0;
    parseEmails(
        bytes, true,
        [&](EmailMessage& msg) {
            ++messages;
            size_t thread = threads.size();
            for (const auto& ref : msg.references) {
                auto it = byMessageId.find(ref);
                if (it != byMessageId.end()) thread = it->second;
            }
            std::string subject = threadSubject(msg.subject);
            if (thread == threads.size() && !subject.empty()) {
                auto it = bySubject.find(subject);
                if (it != bySubject.end()) thread = it->second;
            }
            if (thread == threads.size()) {
                threads.emplace_back();
                threads.back().conv.id = path + "#" + std::to_string(threads.size());
            }
            if (!msg.messageId.empty()) byMessageId.emplace(msg.messageId, thread);
            if (!subject.empty()) bySubject.emplace(subject, thread);
            if (!msg.hasText) return;
            QuoteSplit split = splitQuotes(bodyLines(msg.body));
            emailTurns(msg, split, false, true, options, roles, threads[thread].conv.turns);
        },
        problems);
    reportMimeProblems(problems, bytes, path, sink);
    if (messages == 0) return;
    SourceLocator locator(bytes);
    size_t linted = 0;
    for (auto& t : threads) {
        if (t.conv.turns.empty()) continue;
        fillCounterparts(t.conv);
        sink.conversation(t.conv, locator);
        ++linted;
    }
    if (linted == 0) sink.diagnostic({path, 0, Severity::warning, "no message has text to lint"});
}

}  // namespace replylint
