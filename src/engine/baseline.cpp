#include "engine/baseline.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>


namespace replylint {

namespace {

constexpr int kVersion = 1;

// Case and spacing do not make a different finding.
std::string normaliseText(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

Baseline::Key Baseline::keyOf(const Finding& f) {
    std::string path = std::filesystem::path(f.path).lexically_normal().generic_string();
    // Findings without matched text (a missing closing line) are known by their conversation.
    std::string text = f.matchedText.empty() ? "conversation " + f.conversationId : normaliseText(f.matchedText);
    return {f.ruleId, path, text};
}

bool Baseline::load(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read the baseline " + path;
        return false;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    nlohmann::json doc = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("findings") || !doc["findings"].is_array()) {
        error = path + ": not a replylint baseline (expected {\"version\": 1, \"findings\": [...]})";
        return false;
    }
    size_t index = 0;
    for (const auto& entry : doc["findings"]) {
        ++index;
        if (!entry.is_object() || !entry.value("rule", nlohmann::json()).is_string() ||
            !entry.value("path", nlohmann::json()).is_string() || !entry.value("text", nlohmann::json()).is_string()) {
            error = path + ": finding " + std::to_string(index) + " needs string fields rule, path and text";
            return false;
        }
        size_t count = entry.value("count", 1);
        counts_[{entry["rule"], entry["path"], normaliseText(entry["text"].get<std::string>())}] += count;
    }
    return true;
}

bool Baseline::consume(const Finding& f) {
    auto it = counts_.find(keyOf(f));
    if (it == counts_.end() || it->second == 0) return false;
    --it->second;
    return true;
}

void Baseline::record(const Finding& f) { ++counts_[keyOf(f)]; }

std::string Baseline::serialise() const {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const auto& [key, count] : counts_) {
        const auto& [rule, file, text] = key;
        findings.push_back({{"rule", rule}, {"path", file}, {"text", text}, {"count", count}});
    }
    nlohmann::ordered_json doc = {{"version", kVersion}, {"findings", findings}};
    return doc.dump(2) + "\n";
}

}  // namespace replylint
