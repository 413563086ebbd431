#include "report/finding_json.h"

#include "report/compact_json.h"

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

void putRange(CompactJson& j, const SourceRange& r) {
    j.key("line"); j.number(r.start.line);
    j.key("column"); j.number(r.start.column);
    j.key("end_line"); j.number(r.end.line);
    j.key("end_column"); j.number(r.end.column);
    j.key("byte_offset"); j.number(r.start.byte);
    j.key("end_byte_offset"); j.number(r.end.byte);
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

void appendFindingLine(std::string& out, const Finding& f) {
    // The fields and their order of findingJson, written directly.
    CompactJson j(out);
    j.beginObject();
    j.key("rule"); j.string(f.ruleId);
    j.key("severity"); j.string(severityName(f.severity));
    j.key("message"); j.string(f.message);
    j.key("path"); j.string(f.path);
    putRange(j, f.range);
    j.key("conversation"); j.string(f.conversationId);
    j.key("turn"); j.number(f.turnIndex);
    j.key("speaker"); j.string(f.speaker);
    j.key("role"); j.string(f.role);
    j.key("match"); j.string(f.matchedText);
    j.key("fix");
    if (f.fix) j.string(*f.fix); else j.null();
    j.key("related");
    j.beginArray();
    for (const auto& r : f.related) {
        j.beginObject();
        j.key("message"); j.string(r.message);
        putRange(j, r.range);
        j.endObject();
    }
    j.endArray();
    j.key("suppressed"); j.boolean(f.suppressed);
    if (f.suppressed) {
        j.key("suppression");
        j.beginObject();
        j.key("kind"); j.string(f.suppressionKind);
        j.key("justification"); j.string(f.suppressionReason);
        j.endObject();
    }
    j.endObject();
    out += '\n';
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
