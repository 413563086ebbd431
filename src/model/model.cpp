#include "model/conversation.h"
#include "model/severity.h"

namespace replylint {

std::string_view roleName(Role role) {
    switch (role) {
        case Role::agent: return "agent";
        case Role::customer: return "customer";
        case Role::system: return "system";
        case Role::unknown: break;
    }
    return "unknown";
}

bool parseRole(std::string_view name, Role& out) {
    for (Role r : {Role::agent, Role::customer, Role::system, Role::unknown}) {
        if (name == roleName(r)) { out = r; return true; }
    }
    return false;
}

std::string_view severityName(Severity s) {
    switch (s) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "warning";
}

bool parseSeverity(std::string_view name, Severity& out) {
    for (Severity s : {Severity::info, Severity::warning, Severity::error}) {
        if (name == severityName(s)) { out = s; return true; }
    }
    return false;
}

}  // namespace replylint
