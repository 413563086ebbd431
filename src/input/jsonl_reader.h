// Reads JSON inputs: JSON Lines (one conversation per line, streamed) and a JSON document
// holding one conversation or an array of them.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "input/role_classifier.h"
#include "input/sink.h"

namespace replylint {

// Streams `fd` line by line; a broken line is reported and the others are still read.
// `head` holds bytes already read from fd.
void readJsonl(int fd, std::string_view head, const std::string& path, const RoleClassifier& roles,
               ConversationSink& sink);

// Parses one JSON Lines record (a whole line, without its terminator) and hands its
// conversation or a diagnostic to the sink: what readJsonl does per line, for readers that
// split a stream into batches. The line must be followed by LineStream::kPadding readable
// bytes. One JsonlLineParser per thread.
class JsonlLineParser {
public:
    JsonlLineParser();
    ~JsonlLineParser();
    void parse(std::string_view line, uint64_t offset, uint32_t lineNumber, const std::string& path,
               const RoleClassifier& roles, ConversationSink& sink);

private:
    struct State;
    std::unique_ptr<State> state_;
};

void readJsonDocument(std::string_view bytes, const std::string& path, const RoleClassifier& roles,
                      ConversationSink& sink);

}  // namespace replylint
