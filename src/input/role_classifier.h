// Decides a speaker's role from its name (or e-mail address): configured patterns first,
// then the usual names ("Agent", "Support", "Customer", "Client", "User", …).
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/conversation.h"

namespace re2 { class RE2; }

namespace replylint {

class RoleClassifier {
public:
    RoleClassifier();
    ~RoleClassifier();
    RoleClassifier(RoleClassifier&&) noexcept;

    // Adds a configured pattern for a role; tried before the built-in names, in order added.
    // Returns an error message for an invalid pattern, or "" on success.
    std::string addPattern(Role role, const std::string& pattern);

    // Adds a configured e-mail address glob for a role ("*@support.acme.com"; `*` and `?`,
    // case-insensitive), tried in order added.
    void addAddressGlob(Role role, const std::string& glob);

    // A speaker's role: configured name patterns, then configured address globs on the
    // address in the name ("Mike <mike@acme.com>" or a bare address), then the usual names.
    // Safe to call from several threads at once.
    Role classify(std::string_view speaker) const;

    // The role the configured address globs give an e-mail address (From:, To:), or
    // Role::unknown when none matches.
    Role classifyAddress(std::string_view address) const;

private:
    struct Entry { Role role; std::unique_ptr<re2::RE2> re; };
    std::vector<Entry> configured_;
    std::vector<std::pair<Role, std::string>> addressGlobs_;
    std::vector<Entry> builtin_;
    mutable std::unordered_map<std::string, Role> cache_;
    mutable std::unique_ptr<std::mutex> cacheLock_ = std::make_unique<std::mutex>();   // -j readers share it
};

// Parses a role given in data ("agent", "Support", "client", "bot", …); false if unknown.
bool roleFromLabel(std::string_view label, Role& out);

}  // namespace replylint
