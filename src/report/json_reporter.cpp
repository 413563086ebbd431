#include "report/json_reporter.h"

#include "report/finding_json.h"
#include "report/stats.h"
#include "report/text_reporter.h"
#include "version.h"

namespace replylint {

JsonReporter::JsonReporter(std::FILE* out, std::FILE* err) : err_(err), findings_(out) {}

// The document up to and including "findings"; end() adds the rest.
nlohmann::ordered_json JsonReporter::skeleton() const {
    return {
        {"version", kJsonReportVersion},
        {"tool", {{"name", "replylint"}, {"version", REPLYLINT_VERSION}}},
        {"findings", StreamedJsonArray::kPlaceholder},
    };
}

void JsonReporter::finding(const Finding& f) {
    if (!findings_.isOpen()) findings_.open(skeleton());
    findings_.item(findingJson(f));
}

// Problems go to stderr as they happen (a person may be watching) and into the document.
void JsonReporter::diagnostic(const Diagnostic& d) { std::fprintf(err_, "%s\n", formatDiagnostic(d).c_str()); }

nlohmann::ordered_json summaryJson(const RunSummary& s) {
    return {
        {"files", s.files},
        {"conversations", s.conversations},
        {"turns", s.turns},
        {"findings", {{"total", s.errors + s.warnings + s.infos},
                      {"error", s.errors},
                      {"warning", s.warnings},
                      {"info", s.infos}}},
        {"suppressed", s.suppressed},   // left out by directives (counted apart from findings)
        {"baselined", s.baselined},     // left out by --baseline
        {"input_errors", s.inputErrors},
        {"rule_errors", s.ruleProblems.size()},
        {"exit_code", s.exitCode},
        {"seconds", s.seconds},
    };
}

void JsonReporter::end(const RunSummary& s) {
    if (!findings_.isOpen()) findings_.open(skeleton());
    auto diagnostics = nlohmann::ordered_json::array();
    for (const auto& d : s.ruleProblems) diagnostics.push_back(diagnosticJson(d, "rule"));
    for (const auto& d : s.diagnostics) diagnostics.push_back(diagnosticJson(d, "input"));
    nlohmann::ordered_json doc = skeleton();
    doc["diagnostics"] = std::move(diagnostics);
    doc["summary"] = summaryJson(s);
    if (s.stats) doc["stats"] = s.stats->toJson();
    findings_.close(doc);
    std::fprintf(err_, "%s\n", summaryLine(s).c_str());
}

}  // namespace replylint
