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
    bool walkedFile = false;   // found by walking a directory, so a file (or a link to one)
};

// Returns false when the input could not be read at all (a diagnostic says why).
bool readInput(const InputSpec& spec, const RoleClassifier& roles, ConversationSink& sink);

// readInput in two steps, so a parallel run can open inputs and split JSONL streams in one
// thread and parse the rest in others: open() reads the head and settles the format
// (problems go to the sink; false when there is nothing more to read), readRest() reads and
// parses everything after it.
class OpenedInput {
public:
    OpenedInput() = default;
    OpenedInput(OpenedInput&& other) noexcept;
    OpenedInput& operator=(OpenedInput&& other) noexcept;
    ~OpenedInput();

    bool open(const InputSpec& spec, ConversationSink& sink);
    bool readRest(const InputSpec& spec, const RoleClassifier& roles, ConversationSink& sink);

    int fd() const { return fd_; }
    InputFormat format() const { return format_; }
    bool empty() const { return empty_; }   // open() found nothing to read (and said so)
    const std::string& head() const { return head_; }

private:
    int fd_ = -1;
    bool owned_ = false;
    bool empty_ = false;
    bool headIsAll_ = false;   // reading the head met the end of the input
    std::string head_;
    InputFormat format_ = InputFormat::autodetect;
};

}  // namespace replylint
