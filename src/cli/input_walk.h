// Expands the paths given on the command line into inputs: files as named, directories
// walked (sorted, hidden entries and symlinked directories skipped) for known extensions.
#pragma once
#include <string>
#include <vector>

#include "input/input_reader.h"

namespace replylint {

struct WalkProblem {
    std::string path;
    std::string message;
};

std::vector<InputSpec> expandInputs(const std::vector<std::string>& paths, InputFormat format,
                                    const std::string& stdinName, std::vector<WalkProblem>& problems);

}  // namespace replylint
