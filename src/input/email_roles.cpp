#include "input/email_roles.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>

namespace replylint {

namespace {

Role counterpart(Role r) {
    if (r == Role::agent) return Role::customer;
    if (r == Role::customer) return Role::agent;
    return Role::unknown;
}

std::string lowerAddress(const std::string& s) {
    auto open = s.rfind('<');
    auto close = s.rfind('>');
    std::string a = open != std::string::npos && close != std::string::npos && close > open
                        ? s.substr(open + 1, close - open - 1)
                        : s;
    std::transform(a.begin(), a.end(), a.begin(), [](unsigned char c) { return std::tolower(c); });
    return a.find('@') == std::string::npos ? std::string() : a;
}

}  // namespace

Role emailWriterRole(const std::string& who, const std::vector<std::string>& agentGlobs, const RoleClassifier& roles) {
    if (who.empty()) return Role::unknown;
    std::string address = lowerAddress(who);
    if (!address.empty()) {
        for (const auto& glob : agentGlobs) {
            if (::fnmatch(glob.c_str(), address.c_str(), FNM_CASEFOLD) == 0) return Role::agent;
        }
    }
    return roles.classify(who);
}

Role emailSenderRole(const std::string& from, bool draft, const std::vector<std::string>& agentGlobs,
                     const RoleClassifier& roles) {
    if (draft) return Role::agent;
    return emailWriterRole(from, agentGlobs, roles);
}

std::vector<Role> emailTurnRoles(Role sender, const std::vector<std::string>& writers, const std::string& senderFrom,
                              const std::vector<std::string>& agentGlobs, const RoleClassifier& roles) {
    std::vector<Role> out(std::max<size_t>(writers.size(), 1), Role::unknown);
    out[0] = sender;
    std::string senderAddress = lowerAddress(senderFrom);
    // Known writers first; they can also tell an unknown sender's role.
    Role anchor = sender;
    size_t anchorDepth = 0;
    for (size_t d = 1; d < writers.size(); ++d) {
        if (writers[d].empty()) continue;
        if (!senderAddress.empty() && lowerAddress(writers[d]) == senderAddress && sender != Role::unknown) {
            out[d] = sender;
        } else {
            out[d] = emailWriterRole(writers[d], agentGlobs, roles);
        }
        if (anchor == Role::unknown && (out[d] == Role::agent || out[d] == Role::customer)) {
            anchor = out[d];
            anchorDepth = d;
        }
    }
    for (size_t d = 0; d < out.size(); ++d) {
        if (out[d] != Role::unknown || anchor == Role::unknown) continue;
        bool sameSide = (d + anchorDepth) % 2 == 0;
        out[d] = sameSide ? anchor : counterpart(anchor);
    }
    return out;
}

}  // namespace replylint
