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

// Rewrites (or, with `diffTo`, diffs) every file of the plan. `beforeRename` is for tests.
// Returns the problems; a file with one is left as it was.
std::vector<FixProblem> applyFixPlan(const FixPlan& plan, std::FILE* diffTo,
                                     std::function<bool(std::string&)> beforeRename = nullptr);

}  // namespace replylint
