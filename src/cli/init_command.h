// `replylint init [DIR]`: writes a commented starter .replylint.yaml; never overwrites one
// unless --force.
#pragma once
#include <string>

namespace replylint {

struct InitOptions {
    std::string directory = ".";
    bool force = false;
};

// The starter config's text (it passes check-config as written).
std::string starterConfig();

int runInit(const InitOptions& options);

}  // namespace replylint
