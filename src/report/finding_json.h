// The JSON shape of a finding and of an input problem, shared by --format json and jsonl so
// both carry exactly the same fields (documented in README "Output formats"; keep stable).
#pragma once
#include <nlohmann/json.hpp>

#include <string>

#include "input/sink.h"
#include "model/finding.h"

namespace replylint {

// Version of the json/jsonl field layout; bumped only when a field changes meaning or goes.
inline constexpr int kJsonReportVersion = 1;

nlohmann::ordered_json findingJson(const Finding& f);
// The same finding as one line of JSON Lines (the dumpJson of findingJson, then '\n'),
// written without building the JSON object: --format jsonl writes one per finding.
void appendFindingLine(std::string& out, const Finding& f);
// kind: "input" for problems with an input, "rule" for rule files that failed to load.
nlohmann::ordered_json diagnosticJson(const Diagnostic& d, const char* kind);

// Serialises without throwing on invalid UTF-8 (file names, stray bytes): such bytes become
// U+FFFD. indent < 0 gives one line.
std::string dumpJson(const nlohmann::ordered_json& j, int indent = -1);

}  // namespace replylint
