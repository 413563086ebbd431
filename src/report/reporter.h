// Every output format implements this: it is fed findings as they are found, input
// diagnostics as they happen, and the run's summary at the end.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "input/sink.h"
#include "model/finding.h"
#include "rules/rule.h"

namespace replylint {

class RunStats;

struct RunSummary {
    size_t files = 0;
    size_t conversations = 0;
    size_t turns = 0;
    size_t errors = 0, warnings = 0, infos = 0;   // findings by severity
    size_t inputErrors = 0;                        // diagnostics of severity error
    size_t suppressed = 0, baselined = 0;          // left out by directives, by --baseline
    double seconds = 0;
    int exitCode = 0;
    std::vector<Diagnostic> diagnostics;
    std::vector<Diagnostic> ruleProblems;          // rule files that failed to load or compile
    const RunStats* stats = nullptr;               // set with --stats
};

class Reporter {
public:
    virtual ~Reporter() = default;
    // The rules that may fire, before any finding.
    virtual void begin(const std::vector<const Rule*>& /*rules*/) {}
    // Each conversation as it is linted, before its findings (for statistics).
    virtual void conversation(const Conversation& /*conv*/, const std::string& /*path*/) {}
    // Whether conversation() reads the conversation's id and turns' speakers and roles; if
    // not, -j workers need not copy them out for it.
    virtual bool wantsConversations() const { return false; }
    virtual void finding(const Finding& f) = 0;
    // Whether findings must carry SourceRange::lineText (the whole source line, which for a
    // JSON Lines record is the whole record): only formats that print the line ask for it.
    virtual bool wantsLineText() const { return false; }
    virtual void diagnostic(const Diagnostic& /*d*/) {}
    // The input paused (a stream is about to wait for more) or a batch of it is done: a
    // streaming format makes what it wrote visible now.
    virtual void flush() {}
    virtual void end(const RunSummary& summary) = 0;
};

}  // namespace replylint
