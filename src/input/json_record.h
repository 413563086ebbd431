// Turns one JSON conversation object into a Conversation, keeping every byte of each turn's
// text mapped to its place inside the JSON string in the file (escapes included).
#pragma once
#include <cstdint>
#include <string>

#include <simdjson.h>

#include "input/role_classifier.h"
#include "model/conversation.h"

namespace replylint {

struct JsonRecordContext {
    const char* bufferStart;   // the parsed buffer's first byte…
    uint64_t bufferOffset;     // …and its offset in the source file
    const RoleClassifier* roles;
    std::string fallbackId;    // used when the record has no "id"
};

// Returns "" on success or a message saying what is wrong with the record.
std::string readJsonConversation(simdjson::ondemand::value record, const JsonRecordContext& ctx,
                                 Conversation& out);

}  // namespace replylint
