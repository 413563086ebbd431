#include "report/sarif_reporter.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdint>
#include <filesystem>

#include "report/finding_json.h"
#include "report/text_reporter.h"
#include "version.h"

namespace replylint {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kRootId = "%SRCROOT%";
constexpr const char* kFingerprintKey = "replylintFinding/v1";

const char* level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "note";
    }
    return "warning";
}

std::string trimmed(const std::string& text) {
    size_t end = text.find_last_not_of(" \t\r\n");
    return end == std::string::npos ? std::string() : text.substr(0, end + 1);
}

// Help as shown by code scanning: the rule's help, then its examples.
Json ruleHelp(const Rule& r) {
    std::string text = trimmed(r.help.empty() ? r.message : r.help);
    std::string markdown = text;
    auto examples = [&](const char* title, const std::vector<std::string>& list) {
        if (list.empty()) return;
        text += fmt::format("\n\n{}:", title);
        markdown += fmt::format("\n\n**{}:**\n", title);
        for (const auto& e : list) {
            std::string indented = e;
            for (size_t at = indented.find('\n'); at != std::string::npos; at = indented.find('\n', at + 3)) {
                indented.replace(at, 1, "\n  ");
            }
            text += "\n  " + indented;
            // A fenced block needs no escaping; it only has to be longer than any fence inside.
            std::string fence = "```";
            while (e.find(fence) != std::string::npos) fence += '`';
            markdown += fmt::format("\n{}\n{}\n{}\n", fence, e, fence);
        }
    };
    examples("Flagged", r.flagExamples);
    examples("Not flagged", r.passExamples);
    return {{"text", text}, {"markdown", markdown}};
}

Json ruleJson(const Rule& r) {
    std::string full = trimmed(r.help.empty() ? r.message : r.help);
    return {
        {"id", r.id},
        {"name", sarifRuleName(r.id)},
        {"shortDescription", {{"text", r.message}}},
        {"fullDescription", {{"text", full}}},
        {"help", ruleHelp(r)},
        {"defaultConfiguration", {{"level", level(r.severity)}}},
        {"properties", {{"tags", Json::array({"customer-support", r.pack, std::string(ruleKindName(r.kind))})}}},
    };
}

Json region(const SourceRange& range) {
    return {
        {"startLine", range.start.line},
        {"startColumn", range.start.utf16Column},
        {"endLine", range.end.line},
        {"endColumn", range.end.utf16Column},
    };
}

// FNV-1a: a stable hash (std::hash may differ between builds) of what identifies a finding
// regardless of where its line moves to.
uint64_t fnv1a(std::string_view data, uint64_t h = 14695981039346656037ull) {
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

std::string sarifRuleName(const std::string& id) {
    std::string name;
    bool upper = true;
    for (char c : id.substr(id.find('/') + 1)) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}

SarifReporter::SarifReporter(std::FILE* out, std::FILE* err, SourceRoot root)
    : err_(err), root_(std::move(root)), results_(out) {}

void SarifReporter::begin(const std::vector<const Rule*>& rules) {
    for (const Rule* r : rules) {
        if (ruleIndex_.count(r->id)) continue;
        ruleIndex_[r->id] = rules_.size();
        rules_.push_back(ruleJson(*r));
    }
}

Json SarifReporter::artifactLocation(const std::string& path) const {
    std::string rel = root_.relative(path);
    if (!rel.empty()) return {{"uri", percentEncodePath(rel)}, {"uriBaseId", kRootId}};
    auto absolute = std::filesystem::absolute(path).lexically_normal();
    return {{"uri", "file://" + percentEncodePath(absolute.generic_string())}};
}

Json SarifReporter::physicalLocation(const std::string& path, const SourceRange& range) const {
    return {{"artifactLocation", artifactLocation(path)}, {"region", region(range)}};
}

std::string SarifReporter::fingerprint(const Finding& f) {
    uint64_t h = fnv1a(f.ruleId);
    for (const std::string& part : {root_.relative(f.path), f.conversationId, std::to_string(f.turnIndex),
                                    f.matchedText}) {
        h = fnv1a(std::string_view("\0", 1), h);
        h = fnv1a(part, h);
    }
    std::string hash = fmt::format("{:016x}", h);
    return fmt::format("{}:{}", hash, ++fingerprintSeen_[hash]);
}

void SarifReporter::finding(const Finding& f) {
    if (!results_.isOpen()) results_.open(skeleton());
    Json result = {{"ruleId", f.ruleId}};
    // The rules were written before the first result; one not announced has no index.
    auto rule = ruleIndex_.find(f.ruleId);
    if (rule != ruleIndex_.end()) result["ruleIndex"] = rule->second;
    result["level"] = level(f.severity);
    result["message"] = {{"text", f.message}};
    result["locations"] = Json::array({{{"physicalLocation", physicalLocation(f.path, f.range)}}});
    if (!f.related.empty()) {
        Json related = Json::array();
        int id = 1;
        for (const auto& r : f.related) {
            related.push_back({{"id", id++},
                               {"physicalLocation", physicalLocation(f.path, r.range)},
                               {"message", {{"text", r.message.empty() ? "related turn" : r.message}}}});
        }
        result["relatedLocations"] = std::move(related);
    }
    result["partialFingerprints"] = {{kFingerprintKey, fingerprint(f)}};
    if (f.fix) {
        Json replacement = {{"deletedRegion", region(f.range)}, {"insertedContent", {{"text", *f.fix}}}};
        Json change = {{"artifactLocation", artifactLocation(f.path)},
                       {"replacements", Json::array({std::move(replacement)})}};
        result["fixes"] = Json::array({{{"description", {{"text", fmt::format("Replace with \"{}\"", *f.fix)}}},
                                        {"artifactChanges", Json::array({std::move(change)})}}});
    }
    if (f.suppressed) {
        Json suppression = {{"kind", f.suppressionKind.empty() ? "inSource" : f.suppressionKind}};
        if (!f.suppressionReason.empty()) suppression["justification"] = f.suppressionReason;
        result["suppressions"] = Json::array({std::move(suppression)});
    }
    result["properties"] = {
        {"conversation", f.conversationId}, {"turn", f.turnIndex}, {"speaker", f.speaker}, {"role", f.role}};
    results_.item(result);
}

void SarifReporter::diagnostic(const Diagnostic& d) { std::fprintf(err_, "%s\n", formatDiagnostic(d).c_str()); }

Json SarifReporter::notification(const Diagnostic& d) const {
    Json n = {{"level", level(d.severity)}, {"message", {{"text", d.message}}}};
    // Built-in rule packs live in the binary, not at a path a viewer could open.
    if (!d.path.empty() && d.path.rfind("builtin:", 0) != 0) {
        Json location = {{"artifactLocation", artifactLocation(d.path)}};
        if (d.line) location["region"] = {{"startLine", d.line}};
        n["locations"] = Json::array({{{"physicalLocation", std::move(location)}}});
    }
    return n;
}

// The log up to "results", which comes last in the run so that the invocation (known only
// at the end) can follow it.
Json SarifReporter::skeleton() const {
    Json driver = {
        {"name", "replylint"},
        {"version", REPLYLINT_VERSION},
        {"semanticVersion", REPLYLINT_VERSION},
        {"rules", rules_},
    };
    Json run = {
        {"tool", {{"driver", std::move(driver)}}},
        {"originalUriBaseIds", {{kRootId, {{"uri", root_.uri()}}}}},
        {"columnKind", "utf16CodeUnits"},
        {"results", StreamedJsonArray::kPlaceholder},
    };
    return {
        {"version", "2.1.0"},
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"runs", Json::array({std::move(run)})},
    };
}

void SarifReporter::end(const RunSummary& s) {
    if (!results_.isOpen()) results_.open(skeleton());
    Json invocation = {{"executionSuccessful", s.exitCode != 2}, {"exitCode", s.exitCode}};
    if (!s.ruleProblems.empty()) {
        Json list = Json::array();
        for (const auto& d : s.ruleProblems) list.push_back(notification(d));
        invocation["toolConfigurationNotifications"] = std::move(list);
    }
    if (!s.diagnostics.empty()) {
        Json list = Json::array();
        for (const auto& d : s.diagnostics) list.push_back(notification(d));
        invocation["toolExecutionNotifications"] = std::move(list);
    }
    Json log = skeleton();
    log["runs"][0]["invocations"] = Json::array({std::move(invocation)});
    results_.close(log);
    std::fprintf(err_, "%s\n", summaryLine(s).c_str());
}

}  // namespace replylint
