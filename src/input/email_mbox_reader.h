// Reads an mbox file (`--input mbox`, `.mbox`): messages are grouped into threads by
// References / In-Reply-To, else by subject; each thread is one conversation and each message
// one turn, its quoted history and signature removed. Roles come from From: addresses.
#pragma once
#include <string>
#include <string_view>

#include "input/email_reader.h"
#include "input/role_classifier.h"
#include "input/sink.h"

namespace replylint {

void readMbox(std::string_view bytes, const std::string& path, const EmailReadOptions& options,
              const RoleClassifier& roles, ConversationSink& sink);

// "Re: AW: [list] Subject" → "subject": what replies to one message have in common.
std::string threadSubject(std::string_view subject);

}  // namespace replylint
