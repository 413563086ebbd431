// Helpers for the report unit tests: a sample finding and capturing a FILE*'s output.
#pragma once
#include <cstdio>
#include <string>

#include "model/finding.h"

namespace replylint::testing {

inline Finding sampleFinding() {
    Finding f;
    f.ruleId = "pack/not-our-policy";
    f.severity = Severity::error;
    f.message = "Say what you can do.";
    f.path = "chats/a.txt";
    f.range.start = {2, 5, 6, 20};
    f.range.end = {2, 26, 27, 41};
    f.range.lineText = "Agent: 😊 that's not our policy.";
    f.conversationId = "c1";
    f.turnIndex = 1;
    f.speaker = "Dana";
    f.role = "agent";
    f.matchedText = "that's not our policy";
    return f;
}

// Everything written to a temporary FILE*.
class Capture {
public:
    Capture() : file_(std::tmpfile()) {}
    ~Capture() { std::fclose(file_); }
    std::FILE* file() const { return file_; }
    std::string text() const {
        std::fflush(file_);
        std::rewind(file_);
        std::string out;
        char buf[4096];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) out.append(buf, n);
        return out;
    }

private:
    std::FILE* file_;
};

}  // namespace replylint::testing
