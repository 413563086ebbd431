// Where readers send what they read: conversations, and problems with the input.
#pragma once
#include <cstdint>
#include <string>

#include "model/conversation.h"
#include "model/severity.h"
#include "model/suppression.h"
#include "text/source_locator.h"

namespace replylint {

struct Diagnostic {
    std::string path;
    uint32_t line = 0;      // 0 when the problem concerns the whole input
    Severity severity = Severity::error;
    std::string message;
};

class ConversationSink {
public:
    virtual ~ConversationSink() = default;
    // `locator` maps source offsets of the conversation's turns to lines and columns; it
    // and the bytes behind it stay valid only during the call.
    virtual void conversation(const Conversation& conv, const SourceLocator& locator) = 0;
    virtual void diagnostic(const Diagnostic& d) = 0;
    // Called by the template reader before the input's conversations: the input is a
    // template (so --fix may rewrite it) and these are its inline directives. `structured`:
    // a YAML/JSON collection, where a replacement must need no quoting or escaping.
    virtual void templateInput(const std::vector<SuppressionDirective>& /*directives*/, bool /*structured*/) {}
    // The reader has used all the input read so far and is about to read (on a pipe, maybe
    // wait for) more: findings so far should reach whoever reads the report.
    virtual void inputPaused() {}
};

}  // namespace replylint
