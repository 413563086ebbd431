// --format jsonl: one finding per line (the same fields as a json finding), written and
// flushed as soon as the conversation is linted, so `… | replylint --format jsonl - | jq`
// sees results while the input is still arriving.
#pragma once
#include <cstdio>
#include <string>

#include "report/reporter.h"

namespace replylint {

class JsonlReporter : public Reporter {
public:
    JsonlReporter(std::FILE* out, std::FILE* err);
    void finding(const Finding& f) override;
    void diagnostic(const Diagnostic& d) override;
    void flush() override;
    void end(const RunSummary& summary) override;

private:
    std::FILE* out_;
    std::FILE* err_;
    std::string line_;   // reused: one finding's line
};

}  // namespace replylint
