#include "cli/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cerrno>
#include <memory>
#include <optional>

#include "cli/input_walk.h"
#include "cli/parallel_check.h"
#include "cli/run_settings.h"
#include "cli/template_fix.h"
#include "engine/baseline.h"
#include "engine/engine.h"
#include "engine/fix_plan.h"
#include "engine/suppressions.h"
#include "engine/lint_session.h"
#include "input/input_reader.h"
#include "input/template_reader.h"
#include "report/compact_reporter.h"
#include "report/make_reporter.h"
#include "report/output_file.h"

namespace replylint {

namespace {

// Ends a finished run. Freeing every rule, compiled pattern and conversation takes about a
// millisecond, a tenth of a pre-send check's budget, and the process is ending anyway, so the
// output is flushed and the process exits without destructors. Sanitizer builds return
// normally, so leak checking still sees everything.
int endRun(int code) {
#ifdef REPLYLINT_SANITIZED
    return code;
#else
    std::fflush(nullptr);
    std::_Exit(code);
#endif
}

bool useColor(const std::string& mode, int fd) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* noColor = std::getenv("NO_COLOR");
    if (noColor && *noColor) return false;
    return ::isatty(fd) != 0;
}

bool mayBeTemplate(const InputSpec& input) {
    return input.format == InputFormat::templ ||
           (input.format == InputFormat::autodetect && isTemplateOnlyExtension(input.path));
}

bool writeBaselineFile(const Baseline& baseline, const std::string& path) {
    ReportOutput out("the baseline");
    std::string error, text = baseline.serialise();
    bool ok = out.open(path, error);
    if (ok) {
        std::fwrite(text.data(), 1, text.size(), out.stream());
        ok = out.commit(error);
    }
    if (!ok) std::fprintf(stderr, "replylint: %s\n", error.c_str());
    return ok;
}

// Writes the fixes (or the diff to stdout) and says what was done; false on any problem.
bool applyFixes(const FixPlan& fixes, bool diff) {
    FixOutcome outcome = applyFixPlan(fixes, diff ? stdout : nullptr);
    for (const FixProblem& p : outcome.problems) std::fprintf(stderr, "%s: error: %s\n", p.path.c_str(), p.message.c_str());
    if (!diff) {
        std::fprintf(stderr, "replylint: fixed %zu finding%s in %zu file%s\n", outcome.edits,
                     outcome.edits == 1 ? "" : "s", outcome.files, outcome.files == 1 ? "" : "s");
    }
    return outcome.problems.empty();
}

// Threads pay off for several inputs or a JSON Lines stream; a single e-mail or transcript
// (a pre-send check) is read in this thread.
bool worthThreads(const std::vector<InputSpec>& inputs) {
    if (inputs.size() != 1) return inputs.size() > 1;
    const InputSpec& in = inputs.front();
    if (in.format == InputFormat::jsonl) return true;
    if (in.format != InputFormat::autodetect) return false;
    if (in.path == "-") return true;
    return detectInputFormat(in.path, "") == InputFormat::jsonl;   // by extension
}

}  // namespace

int runCheck(const CheckOptions& options) {
    auto started = std::chrono::steady_clock::now();
    InputFormat format;
    if (!parseInputFormat(options.input, format)) {
        std::fprintf(stderr, "replylint: unknown --input '%s'\n", options.input.c_str());
        return 2;
    }
    std::optional<Severity> failOnFlag;   // beats the config's fail-on when given
    if (options.draft && options.failOn.empty()) failOnFlag = Severity::error;   // pre-send: errors block
    // A warning budget: warnings fail only beyond it, unless --fail-on says otherwise.
    if (options.maxWarnings && options.failOn.empty()) failOnFlag = Severity::error;
    if (!options.failOn.empty()) {
        Severity failOn;
        if (!parseSeverity(options.failOn, failOn)) {
            std::fprintf(stderr, "replylint: --fail-on must be error, warning or info\n");
            return 2;
        }
        failOnFlag = failOn;
    }
    Baseline baseline, recorded;
    if (!options.baseline.empty()) {
        std::string error;
        if (!baseline.load(options.baseline, error)) {
            std::fprintf(stderr, "replylint: %s\n", error.c_str());
            return 2;
        }
    }
    RunSettings settings(options.rules, failOnFlag);

    ReportOutput output;
    std::string outputError;
    // With --diff the diff is the output; the report goes only to -o FILE.
    std::FILE* discard = nullptr;
    if (options.diff && options.output.empty()) discard = std::fopen("/dev/null", "w");
    if (!output.open(options.output, outputError)) {
        std::fprintf(stderr, "replylint: %s\n", outputError.c_str());
        return 2;
    }
    std::FILE* out = discard ? discard : output.stream();
    ReportOptions reportOptions{options.format, useColor(options.color, discard ? fileno(discard) : output.fd()), options.stats};
    std::unique_ptr<Reporter> reporter = makeReporter(reportOptions, out, stderr);
    if (reporter && options.draft && options.format == "text" && !options.stats) {
        reporter = std::make_unique<CompactReporter>(out, stderr);
    }
    if (!reporter) {
        std::fprintf(stderr, "replylint: unknown --format '%s'\n", options.format.c_str());
        return 2;
    }

    std::vector<std::string> paths = options.paths;
    if (paths.empty()) paths.push_back("-");
    std::vector<WalkProblem> problems;
    auto inputs = expandInputs(paths, format, options.stdinFilename, problems, &settings);
    for (auto& input : inputs) {
        input.draft = options.draft;
        input.agentAddresses = options.agentAddresses;
        input.lintQuoted = options.lintQuoted;
    }
    // Each input's nearest config decides its rules; inputs with equal rule sets share an engine.
    std::vector<const InputSettings*> inputSettings;
    for (const auto& input : inputs) {
        inputSettings.push_back(&settings.forInput(input.path, options.stdinFilename, input.walkedFile));
    }
    auto configErrors = settings.flushErrors();
    bool ruleErrors = settings.hadErrors();
    std::vector<const Rule*> rules = settings.allEnabledRules();
    if (std::any_of(inputs.begin(), inputs.end(), mayBeTemplate)) rules.push_back(&unusedDirectiveRule());
    reporter->begin(rules);

    std::vector<RuleError> none;
    Engine noRules({}, none);
    LintSession session(noRules, *reporter, failOnFlag.value_or(Severity::warning));
    FixPlan fixes;
    SessionOptions sessionOptions;
    sessionOptions.showSuppressed = options.showSuppressed;
    sessionOptions.baseline = options.baseline.empty() ? nullptr : &baseline;
    sessionOptions.recordBaseline = options.writeBaseline.empty() ? nullptr : &recorded;
    sessionOptions.fixes = options.fix ? &fixes : nullptr;
    sessionOptions.maxWarnings = options.maxWarnings;
    session.setOptions(sessionOptions);
    // A report that can no longer be written (closed pipe, full disk) ends the run at once:
    // whatever is linted after that is lost, and a stream on stdin may never end.
    session.afterEachConversation([&] {
        std::string writeError;
        if (!output.failed(writeError)) return;
        std::fprintf(stderr, "replylint: %s\n", writeError.c_str());
        output.abandon();
        std::_Exit(2);   // worker threads (-j) may still be running: no destructors
    });
    for (const ConfigError& e : configErrors) session.ruleProblem({e.at.file, e.at.line, Severity::error, e.message});
    for (const auto& p : problems) session.diagnostic({p.path, 0, p.severity, p.message});
    unsigned jobs = options.jobs ? options.jobs : defaultJobs();
    // --fix plans its edits from each finding's source bytes, which only a one-thread run keeps.
    if (jobs > 1 && !options.fix && worthThreads(inputs)) {
        lintInParallel(inputs, inputSettings, session, jobs);
    } else {
        for (size_t i = 0; i < inputs.size(); ++i) {
            session.useSettings(*inputSettings[i]->engine, inputSettings[i]->failOn);
            session.beginInput(inputs[i].displayPath, inputs[i].path != "-");
            readInput(inputs[i], inputSettings[i]->roles, session);
        }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    RunSummary summary = session.finish(seconds);
    int code = ruleErrors ? 2 : summary.exitCode;
    if (options.fix && !applyFixes(fixes, options.diff)) code = 2;
    if (!options.writeBaseline.empty() && !writeBaselineFile(recorded, options.writeBaseline)) code = 2;
    if (discard) std::fclose(discard);
    if (!output.commit(outputError)) {
        std::fprintf(stderr, "replylint: %s\n", outputError.c_str());
        code = 2;
    }
    return endRun(code);
}

}  // namespace replylint
