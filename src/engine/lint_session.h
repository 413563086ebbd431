// Runs the engine over every conversation the readers produce and feeds the reporter:
// input → conversations → engine → findings → report.
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "engine/baseline.h"
#include "engine/engine.h"
#include "engine/fix_plan.h"
#include "engine/suppressions.h"
#include "input/sink.h"
#include "report/reporter.h"

namespace replylint {

// What a run does with findings besides reporting them (CI gating and --fix).
struct SessionOptions {
    bool showSuppressed = false;            // report suppressed and baselined findings, marked
    Baseline* baseline = nullptr;           // --baseline: findings it holds are ignored
    Baseline* recordBaseline = nullptr;     // --write-baseline: every unsuppressed finding
    FixPlan* fixes = nullptr;               // --fix: findings fixed in templates are not reported
    std::optional<size_t> maxWarnings;      // --max-warnings: more warnings fail the run
};

// Lints one conversation into findings mapped to the source: the part of a session that may
// run on any thread (the engine is only read). `error` is set when matching failed.
// `lineText`: fill SourceRange::lineText (Reporter::wantsLineText).
void lintConversation(const Engine& engine, const Conversation& conv, const SourceLocator& locator,
                      const std::string& path, bool lineText, std::vector<RawFinding>& scratch,
                      std::string& error, std::vector<Finding>& findings);

// A conversation linted elsewhere (another thread), handed to the session in input order.
struct LintedConversation {
    Conversation speakers;   // turns with speaker and role only: what statistics read (when
                             // the reporter wants conversations; otherwise left empty)
    size_t turns = 0;
    std::string error;
    std::vector<Finding> findings;
};

class LintSession : public ConversationSink {
public:
    LintSession(const Engine& engine, Reporter& reporter, Severity failOn);

    void setOptions(SessionOptions options) { options_ = options; }
    // Whether findings must carry their source line, for the reporter.
    bool wantsLineText() const { return reporter_.wantsLineText(); }
    // Whether the reporter reads each conversation's speakers (LintedConversation::speakers).
    bool wantsConversations() const { return reporter_.wantsConversations(); }

    // `rewritable`: a file --fix may rewrite (not stdin).
    void beginInput(const std::string& path, bool rewritable = false);
    // Switches to the rules and fail-on level of the next input's config (each input uses
    // its nearest config, so they may differ).
    void useSettings(const Engine& engine, Severity failOn);
    void conversation(const Conversation& conv, const SourceLocator& locator) override;
    void diagnostic(const Diagnostic& d) override;
    void inputPaused() override { reporter_.flush(); }
    void templateInput(const std::vector<SuppressionDirective>& directives, bool structured) override;
    // Reports a conversation linted by lintConversation, as conversation() would have.
    void linted(LintedConversation& done);
    // A rule that failed to load or compile (already printed): recorded for the report,
    // and the run ends with exit code 2.
    void ruleProblem(const Diagnostic& d);

    // Called after each conversation's findings are reported (e.g. to stop on a write error).
    void afterEachConversation(std::function<void()> check) { afterConversation_ = std::move(check); }

    // Completes the summary (exit code included) and hands it to the reporter.
    RunSummary finish(double seconds);

private:
    // Reports the directives of the input just read that suppressed nothing.
    void endInput();
    // Suppressions, baseline and fixes, then counting and reporting.
    void emit(Finding& f, bool suppressible);
    // Whether --fix takes f (then it is neither counted nor reported).
    bool fixes(const Finding& f) const;

    SessionOptions options_;
    InputSuppressions suppressions_;
    bool isTemplate_ = false;
    bool structured_ = false;
    bool rewritable_ = false;
    const SourceLocator* locator_ = nullptr;   // of the conversation being linted
    const Engine* engine_;
    Reporter& reporter_;
    Severity failOn_;
    std::string path_;
    RunSummary summary_;
    bool failing_ = false;
    std::vector<RawFinding> raw_;
    std::vector<Finding> findings_;

    void report(const Conversation& conv, size_t turns, const std::string& error, std::vector<Finding>& findings);
    std::function<void()> afterConversation_;
};

}  // namespace replylint
