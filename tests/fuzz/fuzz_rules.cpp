// The rule loader: any YAML text becomes rules or errors naming file:line:col, never a
// crash. Loaded rules are compiled (RE2) and run over a small conversation, and
// `replylint test` checks their examples.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "input/chat_reader.h"
#include "rules/rule_loader.h"

using namespace replylint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<RuleError> errors;
    RulePack pack = loadRulePack(text, "fuzz.yaml", errors);
    for (const RuleError& e : errors) {
        std::string line = e.format();
        fuzz::require(!e.message.empty(), "rule errors say something");
        fuzz::require(line.find('\n') == std::string::npos, "rule errors are one line");
    }
    std::vector<Rule> rules = std::move(pack.rules);
    errors.clear();
    Engine engine(std::move(rules), errors);
    static const RoleClassifier roles;
    static const std::string chat =
        "Customer: This is the third time I've asked and I'm really frustrated!!\n"
        "Agent: Unfortunately that's not our policy. You should have read the FAQ.\n"
        "Customer: Great.\n"
        "Agent: I understand. I'll follow up tomorrow.\n";
    Conversation conv = parseChat(chat, "fuzz", roles);
    fuzz::CheckingSink sink(chat.size(), engine);
    sink.conversation(conv, SourceLocator(chat));
    return 0;
}
