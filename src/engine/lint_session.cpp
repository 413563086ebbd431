#include "engine/lint_session.h"

#include "engine/finding_builder.h"

namespace replylint {

LintSession::LintSession(const Engine& engine, Reporter& reporter, Severity failOn)
    : engine_(&engine), reporter_(reporter), failOn_(failOn) {}

void LintSession::useSettings(const Engine& engine, Severity failOn) {
    engine_ = &engine;
    failOn_ = failOn;
}

void LintSession::beginInput(const std::string& path) {
    path_ = path;
    ++summary_.files;
}

void LintSession::conversation(const Conversation& conv, const SourceLocator& locator) {
    ++summary_.conversations;
    summary_.turns += conv.turns.size();
    reporter_.conversation(conv, path_);
    std::string error;
    if (!engine_->lint(conv, raw_, error)) {
        diagnostic({path_, 0, Severity::error, "conversation " + conv.id + ": " + error});
    }
    for (const RawFinding& raw : raw_) {
        Finding f = buildFinding(raw, conv, locator, path_);
        switch (f.severity) {
            case Severity::error: ++summary_.errors; break;
            case Severity::warning: ++summary_.warnings; break;
            case Severity::info: ++summary_.infos; break;
        }
        if (f.severity >= failOn_) failing_ = true;
        reporter_.finding(f);
    }
}

void LintSession::diagnostic(const Diagnostic& d) {
    if (d.severity == Severity::error) ++summary_.inputErrors;
    summary_.diagnostics.push_back(d);
    reporter_.diagnostic(d);
}

void LintSession::ruleProblem(const Diagnostic& d) {
    summary_.ruleProblems.push_back(d);
}

RunSummary LintSession::finish(double seconds) {
    summary_.seconds = seconds;
    bool broken = summary_.inputErrors || !summary_.ruleProblems.empty();
    summary_.exitCode = broken ? 2 : failing_ ? 1 : 0;
    reporter_.end(summary_);
    return summary_;
}

}  // namespace replylint
