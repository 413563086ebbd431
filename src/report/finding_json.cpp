#include "report/finding_json.h"

namespace replylint {

namespace {

void putRange(nlohmann::ordered_json& j, const SourceRange& r) {
    j["line"] = r.start.line;
    j["column"] = r.start.column;
    j["end_line"] = r.end.line;
    j["end_column"] = r.end.column;
    j["byte_offset"] = r.start.byte;
    j["end_byte_offset"] = r.end.byte;
}

}  // namespace

nlohmann::ordered_json findingJson(const Finding& f) {
    // ordered_json keeps the fields in this order: the most useful first.
    nlohmann::ordered_json j;
    j["rule"] = f.ruleId;
    j["severity"] = std::string(severityName(f.severity));
    j["message"] = f.message;
    j["path"] = f.path;
    putRange(j, f.range);
    j["conversation"] = f.conversationId;
    j["turn"] = f.turnIndex;
    j["speaker"] = f.speaker;
    j["role"] = f.role;
    j["match"] = f.matchedText;
    j["fix"] = f.fix ? nlohmann::ordered_json(*f.fix) : nlohmann::ordered_json(nullptr);
    auto related = nlohmann::ordered_json::array();
    for (const auto& r : f.related) {
        nlohmann::ordered_json rel;
        rel["message"] = r.message;
        putRange(rel, r.range);
        related.push_back(std::move(rel));
    }
    j["related"] = std::move(related);
    j["suppressed"] = f.suppressed;
    if (f.suppressed) j["suppression"] = {{"kind", f.suppressionKind}, {"justification", f.suppressionReason}};
    return j;
}

nlohmann::ordered_json diagnosticJson(const Diagnostic& d, const char* kind) {
    return {
        {"kind", kind},
        {"path", d.path},
        {"line", d.line ? nlohmann::ordered_json(d.line) : nlohmann::ordered_json(nullptr)},
        {"severity", std::string(severityName(d.severity))},
        {"message", d.message},
    };
}

std::string dumpJson(const nlohmann::ordered_json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace replylint
