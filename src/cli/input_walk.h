// Expands the paths given on the command line into inputs: files as named, directories
// walked (sorted, hidden entries and symlinked directories skipped) for known extensions.
// A file the walk would lint but cannot (a symbolic link that loops or dangles) is an error;
// a FIFO, socket or device with a lintable name is skipped with a warning (reading it could
// block forever).
#pragma once
#include <string>
#include <vector>

#include "input/input_reader.h"

namespace replylint {

struct WalkProblem {
    std::string path;
    std::string message;
    Severity severity = Severity::error;
};

// Lets configuration steer a walk: which paths to leave out, and which format a file has.
class WalkPolicy {
public:
    virtual ~WalkPolicy() = default;
    // `named`: the path was given on the command line rather than found by walking.
    virtual bool ignored(const std::string& path, bool isDirectory, bool named) = 0;
    // The format configured for a path, or InputFormat::autodetect; --input beats it.
    virtual InputFormat configuredFormat(const std::string& path) = 0;
};

std::vector<InputSpec> expandInputs(const std::vector<std::string>& paths, InputFormat format,
                                    const std::string& stdinName, std::vector<WalkProblem>& problems,
                                    WalkPolicy* policy = nullptr);

}  // namespace replylint
