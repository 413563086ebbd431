// --fix: applies the planned `suggest` replacements to template files, each rewritten
// atomically (temporary file beside it, fsync, rename) with its mode and line endings kept,
// or, with --diff, prints them as a unified diff and writes nothing.
#pragma once
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "engine/fix_plan.h"

namespace replylint {

// The bytes with the edits (sorted, disjoint, within bounds) applied.
std::string applyEdits(std::string_view bytes, const std::vector<FixEdit>& edits);

// A unified diff (3 lines of context) of the edits, headed a/PATH and b/PATH.
std::string unifiedDiff(const std::string& path, std::string_view bytes, const std::vector<FixEdit>& edits);

struct FixProblem {
    std::string path;
    std::string message;
};

struct FixOutcome {
    size_t files = 0, edits = 0;       // rewritten (or diffed)
    std::vector<FixProblem> problems;  // a file with a problem is left as it was
};

// Rewrites (or, with `diffTo`, diffs) every file of the plan. `beforeRename` is for tests.
FixOutcome applyFixPlan(const FixPlan& plan, std::FILE* diffTo,
                        std::function<bool(std::string&)> beforeRename = nullptr);

}  // namespace replylint
