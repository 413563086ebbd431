// `replylint [check] PATH…|-`: lint inputs and report findings.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cli/rule_selection.h"
#include "model/severity.h"

namespace replylint {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string input = "auto";
    std::string format = "text";
    std::string output;           // -o FILE
    std::string color = "auto";
    std::string failOn;           // "" when not given: the config's fail-on, else warning
    std::string stdinFilename;
    bool stats = false;           // --stats
    bool draft = false;           // --draft: e-mail senders are agents; fail on errors; compact text
    std::vector<std::string> agentAddresses;   // --agent-address globs for e-mail senders
    bool lintQuoted = false;      // --lint-quoted: report findings in quoted e-mail history too
    unsigned jobs = 0;            // -j N; 0: one per CPU core
    RuleSelection rules;
    // Templates and CI gating.
    bool showSuppressed = false;  // --show-suppressed
    std::string baseline;         // --baseline FILE
    std::string writeBaseline;    // --write-baseline FILE
    std::optional<size_t> maxWarnings;   // --max-warnings N
    bool fix = false;             // --fix
    bool diff = false;            // --diff (with --fix)
};

int runCheck(const CheckOptions& options);

}  // namespace replylint
