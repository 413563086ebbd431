#include "engine/lint_session.h"

#include "engine/finding_builder.h"

namespace replylint {

LintSession::LintSession(const Engine& engine, Reporter& reporter, Severity failOn)
    : engine_(&engine), reporter_(reporter), failOn_(failOn) {}

void LintSession::useSettings(const Engine& engine, Severity failOn) {
    endInput();   // the last input's unused directives, under its own fail-on
    engine_ = &engine;
    failOn_ = failOn;
}

void LintSession::beginInput(const std::string& path, bool rewritable) {
    endInput();
    path_ = path;
    rewritable_ = rewritable;
    ++summary_.files;
}

void LintSession::templateInput(const std::vector<SuppressionDirective>& directives, bool structured) {
    isTemplate_ = true;
    structured_ = structured;
    suppressions_.reset(directives);
}

void LintSession::endInput() {
    for (Finding& f : suppressions_.unusedDirectives(path_)) emit(f, false);
    suppressions_.reset({});
    isTemplate_ = false;
}

bool LintSession::fixes(const Finding& f) const {
    if (!options_.fixes || !isTemplate_ || !rewritable_ || !locator_) return false;
    return options_.fixes->accept(f, locator_->slice(f.range.start.byte, f.range.end.byte), structured_);
}

void LintSession::emit(Finding& f, bool suppressible) {
    if (suppressible && suppressions_.apply(f)) {
        ++summary_.suppressed;
        if (options_.showSuppressed) reporter_.finding(f);
        return;
    }
    bool baselined = options_.baseline && options_.baseline->consume(f);
    if (!baselined && fixes(f)) return;   // gone from the file, so from a new baseline too
    if (options_.recordBaseline) options_.recordBaseline->record(f);
    if (baselined) {
        ++summary_.baselined;
        if (options_.showSuppressed) {
            f.suppressed = true;
            f.suppressionKind = "external";
            reporter_.finding(f);
        }
        return;
    }
    switch (f.severity) {
        case Severity::error: ++summary_.errors; break;
        case Severity::warning: ++summary_.warnings; break;
        case Severity::info: ++summary_.infos; break;
    }
    if (f.severity >= failOn_) failing_ = true;
    reporter_.finding(f);
}

void lintConversation(const Engine& engine, const Conversation& conv, const SourceLocator& locator,
                      const std::string& path, bool lineText, std::vector<RawFinding>& scratch,
                      std::string& error, std::vector<Finding>& findings) {
    findings.clear();
    error.clear();
    if (!engine.lint(conv, scratch, error)) error = "conversation " + conv.id + ": " + error;
    for (const RawFinding& raw : scratch) findings.push_back(buildFinding(raw, conv, locator, path, lineText));
}

void LintSession::conversation(const Conversation& conv, const SourceLocator& locator) {
    std::string error;
    lintConversation(*engine_, conv, locator, path_, reporter_.wantsLineText(), raw_, error, findings_);
    locator_ = &locator;   // --fix reads the source of each finding
    report(conv, conv.turns.size(), error, findings_);
    locator_ = nullptr;
}

void LintSession::linted(LintedConversation& done) {
    report(done.speakers, done.turns, done.error, done.findings);
}

void LintSession::report(const Conversation& conv, size_t turns, const std::string& error,
                         std::vector<Finding>& findings) {
    ++summary_.conversations;
    summary_.turns += turns;
    reporter_.conversation(conv, path_);
    if (!error.empty()) diagnostic({path_, 0, Severity::error, error});
    for (Finding& f : findings) emit(f, true);
    if (afterConversation_) afterConversation_();
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
    endInput();
    if (options_.maxWarnings && summary_.warnings > *options_.maxWarnings) failing_ = true;
    summary_.seconds = seconds;
    bool broken = summary_.inputErrors || !summary_.ruleProblems.empty();
    summary_.exitCode = broken ? 2 : failing_ ? 1 : 0;
    reporter_.end(summary_);
    return summary_;
}

}  // namespace replylint
