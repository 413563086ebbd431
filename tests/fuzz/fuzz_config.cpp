// The config loader: any `.replylint.yaml` text becomes settings or errors naming
// file:line:col, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/config_file.h"
#include "input/role_classifier.h"
#include "fuzz_support.h"

using namespace replylint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<ConfigError> errors;
    ConfigFile config = parseConfig(text, "/fuzz/.replylint.yaml", "/fuzz", errors);
    for (const ConfigError& e : errors) {
        fuzz::require(!e.message.empty(), "config errors say something");
        fuzz::require(e.format().find('\n') == std::string::npos, "config errors are one line");
    }
    // Speaker patterns are compiled as a run would.
    RoleClassifier roles;
    for (const SpeakerPattern& s : config.speakers) {
        if (s.addressGlob) roles.addAddressGlob(s.role, s.pattern);
        else roles.addPattern(s.role, s.pattern);
    }
    roles.classify("Agent Smith <smith@support.acme.com>");
    for (const InputMapping& m : config.inputs) m.glob.matches("macros/a/b.txt", false);
    for (const IgnorePattern& m : config.ignore) m.glob.matches("archive/x.eml", false);
    return 0;
}
