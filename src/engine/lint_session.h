// Runs the engine over every conversation the readers produce and feeds the reporter:
// input → conversations → engine → findings → report.
#pragma once
#include <vector>

#include "engine/engine.h"
#include "input/sink.h"
#include "report/reporter.h"

namespace replylint {

class LintSession : public ConversationSink {
public:
    LintSession(const Engine& engine, Reporter& reporter, Severity failOn);

    void beginInput(const std::string& path);
    // Switches to the rules and fail-on level of the next input's config (each input uses
    // its nearest config, so they may differ).
    void useSettings(const Engine& engine, Severity failOn);
    void conversation(const Conversation& conv, const SourceLocator& locator) override;
    void diagnostic(const Diagnostic& d) override;
    // A rule that failed to load or compile (already printed): recorded for the report,
    // and the run ends with exit code 2.
    void ruleProblem(const Diagnostic& d);

    // Completes the summary (exit code included) and hands it to the reporter.
    RunSummary finish(double seconds);

private:
    const Engine* engine_;
    Reporter& reporter_;
    Severity failOn_;
    std::string path_;
    RunSummary summary_;
    bool failing_ = false;
    std::vector<RawFinding> raw_;
};

}  // namespace replylint
