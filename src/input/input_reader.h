// Opens one input (a file, or "-" for stdin), picks its format and hands it to the reader
// for that format. Problems become diagnostics; nothing here throws or exits.
#pragma once
#include <string>
#include <vector>

#include "input/input_format.h"
#include "input/role_classifier.h"
#include "input/sink.h"

namespace replylint {

struct InputSpec {
    std::string path;          // file path, or "-" for stdin
    std::string displayPath;   // the name reports use
    InputFormat format = InputFormat::autodetect;
    bool draft = false;        // --draft: an e-mail's sender is the agent
    std::vector<std::string> agentAddresses;   // --agent-address globs for e-mail senders
    bool lintQuoted = false;   // --lint-quoted: findings in quoted e-mail history are reported too
};

// Returns false when the input could not be read at all (a diagnostic says why).
bool readInput(const InputSpec& spec, const RoleClassifier& roles, ConversationSink& sink);

}  // namespace replylint
