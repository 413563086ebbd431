#include "cli/check_config_command.h"

#include <cstdio>
#include <filesystem>

#include "cli/run_settings.h"

namespace replylint {

int runCheckConfig(const std::string& path) {
    RuleSelection selection;
    selection.configFile = path;
    if (path.empty()) {
        std::vector<ConfigError> ignored;
        ConfigDiscovery discovery(ignored);
        selection.configFile = discovery.nearestFile(".");
        if (selection.configFile.empty()) {
            std::fprintf(stderr, "replylint: no %s in this directory or above (`replylint init` writes one)\n",
                         kConfigFileName);
            return 2;
        }
        selection.configFile = displayPath(selection.configFile);
    }
    RunSettings settings(selection);
    const InputSettings& checked = settings.forInput("-");
    settings.flushErrors();
    if (settings.hadErrors()) return 2;

    size_t enabled = 0;
    for (const auto& s : checked.rules.states) enabled += s.enabled;
    std::string extends;
    for (const auto* layer : checked.config->layers) {
        if (layer != checked.config->layers.back()) extends += (extends.empty() ? "" : ", ") + layer->path;
    }
    std::printf("%s: ok (%zu rules, %zu enabled%s%s)\n", selection.configFile.c_str(), checked.rules.states.size(),
                enabled, extends.empty() ? "" : "; extends ", extends.c_str());
    return 0;
}

}  // namespace replylint
