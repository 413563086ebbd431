// `-j N`: inputs are read and linted on N worker threads while the session reports their
// findings in input order, so the output is the same, byte for byte, for any N.
//
// One thread opens the inputs in order; a JSON Lines input is cut there into batches of
// whole lines (about 1 MiB, or whatever has arrived when the stream would block, so a live
// stream keeps streaming), any other input is one piece of work. Workers parse and lint the
// pieces and record the results; the calling thread replays them into the session in order.
// At most a few pieces per worker are in flight, so memory stays bounded on any stream.
#pragma once
#include <vector>

#include "cli/run_settings.h"
#include "engine/lint_session.h"
#include "input/input_reader.h"

namespace replylint {

// The number of threads `-j` means when not given: the CPU cores this process may use.
unsigned defaultJobs();

void lintInParallel(const std::vector<InputSpec>& inputs, const std::vector<const InputSettings*>& settings,
                    LintSession& session, unsigned jobs);

}  // namespace replylint
