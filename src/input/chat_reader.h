// Reads a chat transcript: `Speaker: text` lines, optionally led by a timestamp, with
// continuation lines joined to the turn before. One file is one conversation.
#pragma once
#include <string>
#include <string_view>

#include "input/role_classifier.h"
#include "input/sink.h"

namespace replylint {

void readChat(std::string_view bytes, const std::string& path, const RoleClassifier& roles,
              ConversationSink& sink);

// Parses the conversation out of chat text without reporting; used by rule examples.
Conversation parseChat(std::string_view bytes, const std::string& id, const RoleClassifier& roles);
// The same into `conv`, whose turns are refilled in place (their memory is reused).
void parseChatInto(std::string_view bytes, const std::string& id, const RoleClassifier& roles, Conversation& conv);

}  // namespace replylint
