#include "input/role_classifier.h"

#include <fnmatch.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "text/ascii.h"

namespace replylint {

namespace {

RE2::Options caseless() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    return o;
}

// A name such as "Agent", "Support (Mike)", "Mike [agent]", "Acme Support" or "TeamYouTube".
const char* kAgentNames =
    R"(^(?:agent|support|rep|representative|advis[eo]r|operator|staff|help ?desk|service ?desk|)"
    R"(csr|concierge|specialist|technician|tech|moderator|admin|team|care|customer (?:service|care|support))\b)"
    R"(|[(\[](?:agent|support|staff|team|rep)[)\]])"
    R"(|\b(?:support|care|help|helpdesk|service|team)$)";
const char* kCustomerNames =
    R"(^(?:customer|client|user|guest|visitor|caller|buyer|member|requester|requestor|end ?user|shopper|patient|tenant)\b)"
    R"(|[(\[](?:customer|client|user|guest)[)\]])";
const char* kSystemNames = R"(^(?:system|bot|chatbot|automated|auto(?:matic)? ?(?:reply|message)|notification)\b)";

}  // namespace

RoleClassifier::RoleClassifier() {
    builtin_.push_back({Role::system, std::make_unique<RE2>(kSystemNames, caseless())});
    builtin_.push_back({Role::customer, std::make_unique<RE2>(kCustomerNames, caseless())});
    builtin_.push_back({Role::agent, std::make_unique<RE2>(kAgentNames, caseless())});
}

RoleClassifier::~RoleClassifier() = default;
RoleClassifier::RoleClassifier(RoleClassifier&&) noexcept = default;

std::string RoleClassifier::addPattern(Role role, const std::string& pattern) {
    auto re = std::make_unique<RE2>(pattern, caseless());
    if (!re->ok()) return re->error();
    configured_.push_back({role, std::move(re)});
    cache_.clear();
    return "";
}

void RoleClassifier::addAddressGlob(Role role, const std::string& glob) {
    addressGlobs_.emplace_back(role, glob);
    cache_.clear();
}

Role RoleClassifier::classifyAddress(std::string_view address) const {
    // "Name <addr@host>" → "addr@host"
    auto open = address.rfind('<');
    auto close = address.rfind('>');
    if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
        address = address.substr(open + 1, close - open - 1);
    }
    while (!address.empty() && std::isspace(static_cast<unsigned char>(address.front()))) address.remove_prefix(1);
    while (!address.empty() && std::isspace(static_cast<unsigned char>(address.back()))) address.remove_suffix(1);
    if (address.find('@') == std::string_view::npos) return Role::unknown;
    std::string text(address);
    for (const auto& [role, glob] : addressGlobs_) {
        if (::fnmatch(glob.c_str(), text.c_str(), FNM_CASEFOLD) == 0) return role;
    }
    return Role::unknown;
}

Role RoleClassifier::classify(std::string_view speaker) const {
    std::string key(speaker);
    {
        std::lock_guard lock(*cacheLock_);
        auto it = cache_.find(key);
        if (it != cache_.end()) return it->second;
    }
    Role role = Role::unknown;
    auto matchAny = [&](const std::vector<Entry>& list) {
        for (const auto& e : list) {
            if (RE2::PartialMatch(re2::StringPiece(speaker.data(), speaker.size()), *e.re)) {
                role = e.role;
                return;
            }
        }
    };
    matchAny(configured_);
    if (role == Role::unknown && !addressGlobs_.empty()) role = classifyAddress(speaker);
    if (role == Role::unknown) matchAny(builtin_);
    std::lock_guard lock(*cacheLock_);
    if (cache_.size() < 4096) cache_.emplace(std::move(key), role);
    return role;
}

bool roleFromLabel(std::string_view label, Role& out) {
    // Every turn of a JSON input has a label: compare case-insensitively in place rather
    // than lower-casing a copy (ASCII only, as tolower is in the C locale).
    struct Lower {
        std::string_view s;
        bool operator==(std::string_view word) const {
            return s.size() == word.size() &&
                   std::equal(s.begin(), s.end(), word.begin(), [](char a, char b) { return ascii::toLower(a) == b; });
        }
        bool empty() const { return s.empty(); }
    };
    Lower l{label};
    if (l == "agent" || l == "support" || l == "staff" || l == "operator" || l == "assistant" ||
        l == "rep" || l == "representative") {
        out = Role::agent;
    } else if (l == "customer" || l == "client" || l == "user" || l == "guest" || l == "visitor" ||
               l == "requester") {
        out = Role::customer;
    } else if (l == "system" || l == "bot" || l == "automated") {
        out = Role::system;
    } else if (l == "unknown" || l.empty()) {
        out = Role::unknown;
    } else {
        return false;
    }
    return true;
}

}  // namespace replylint
