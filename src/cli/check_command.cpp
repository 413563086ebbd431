#include "cli/check_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cerrno>
#include <memory>
#include <optional>

#include "cli/input_walk.h"
#include "cli/run_settings.h"
#include "engine/engine.h"
#include "engine/lint_session.h"
#include "input/input_reader.h"
#include "report/compact_reporter.h"
#include "report/make_reporter.h"
#include "report/output_file.h"

namespace replylint {

namespace {

bool useColor(const std::string& mode, std::FILE* out) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* noColor = std::getenv("NO_COLOR");
    if (noColor && *noColor) return false;
    return ::isatty(fileno(out)) != 0;
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
    if (!options.failOn.empty()) {
        Severity failOn;
        if (!parseSeverity(options.failOn, failOn)) {
            std::fprintf(stderr, "replylint: --fail-on must be error, warning or info\n");
            return 2;
        }
        failOnFlag = failOn;
    }
    RunSettings settings(options.rules, failOnFlag);

    ReportOutput output;
    std::string outputError;
    if (!output.open(options.output, outputError)) {
        std::fprintf(stderr, "replylint: %s\n", outputError.c_str());
        return 2;
    }
    std::FILE* out = output.stream();
    ReportOptions reportOptions{options.format, useColor(options.color, out), options.stats};
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
    for (const auto& input : inputs) inputSettings.push_back(&settings.forInput(input.path, options.stdinFilename));
    auto configErrors = settings.flushErrors();
    bool ruleErrors = settings.hadErrors();
    reporter->begin(settings.allEnabledRules());

    std::vector<RuleError> none;
    Engine noRules({}, none);
    LintSession session(noRules, *reporter, failOnFlag.value_or(Severity::warning));
    for (const ConfigError& e : configErrors) session.ruleProblem({e.at.file, e.at.line, Severity::error, e.message});
    for (const auto& p : problems) session.diagnostic({p.path, 0, Severity::error, p.message});
    for (size_t i = 0; i < inputs.size(); ++i) {
        session.useSettings(*inputSettings[i]->engine, inputSettings[i]->failOn);
        session.beginInput(inputs[i].displayPath);
        readInput(inputs[i], inputSettings[i]->roles, session);
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    RunSummary summary = session.finish(seconds);
    int code = ruleErrors ? 2 : summary.exitCode;
    if (!output.commit(outputError)) {
        std::fprintf(stderr, "replylint: %s\n", outputError.c_str());
        code = 2;
    }
    return code;
}

}  // namespace replylint
