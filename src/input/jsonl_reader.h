// Reads JSON inputs: JSON Lines (one conversation per line, streamed) and a JSON document
// holding one conversation or an array of them.
#pragma once
#include <string>
#include <string_view>

#include "input/role_classifier.h"
#include "input/sink.h"

namespace replylint {

// Streams `fd` line by line; a broken line is reported and the others are still read.
// `head` holds bytes already read from fd.
void readJsonl(int fd, std::string_view head, const std::string& path, const RoleClassifier& roles,
               ConversationSink& sink);

void readJsonDocument(std::string_view bytes, const std::string& path, const RoleClassifier& roles,
                      ConversationSink& sink);

}  // namespace replylint
