#include "report/stats.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace replylint {

namespace {

template <typename T>
std::vector<const T*> byFindings(const std::map<std::string, T>& items) {
    std::vector<const T*> out;
    for (const auto& [name, item] : items) out.push_back(&item);
    std::stable_sort(out.begin(), out.end(), [](const T* a, const T* b) { return a->findings > b->findings; });
    return out;
}

// Most frequent first: "core/blame 2, core/not-our-policy 1".
std::vector<std::pair<std::string, size_t>> rulesByCount(const std::map<std::string, size_t>& byRule) {
    std::vector<std::pair<std::string, size_t>> out(byRule.begin(), byRule.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::string speakerLabel(const std::string& speaker) { return speaker.empty() ? "(unnamed)" : speaker; }

// Width in code points, so names like "Zoë" line up (fmt would count bytes here).
size_t width(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::string padRight(const std::string& s, size_t to) {
    size_t w = width(s);
    return w >= to ? s : s + std::string(to - w, ' ');
}

}  // namespace

double AgentStats::findingsPer100Turns() const {
    if (turns == 0) return 0;
    return std::round(10000.0 * static_cast<double>(findings) / static_cast<double>(turns)) / 100.0;
}

void RunStats::addRules(const std::vector<const Rule*>& rules) {
    for (const Rule* r : rules) {
        RuleStats& s = rules_[r->id];
        s.id = r->id;
        s.severity = r->severity;
    }
}

void RunStats::addConversation(const Conversation& conv) {
    ++conversationSerial_;
    for (const Turn& turn : conv.turns) {
        if (turn.role != Role::agent) continue;
        AgentStats& a = agents_[turn.speaker];
        a.speaker = turn.speaker;
        ++a.turns;
        if (a.lastConversation != conversationSerial_) {
            a.lastConversation = conversationSerial_;
            ++a.conversations;
        }
    }
}

void RunStats::addFinding(const Finding& f) {
    RuleStats& r = rules_[f.ruleId];
    if (r.id.empty()) {   // a rule the reporter was not told about
        r.id = f.ruleId;
        r.severity = f.severity;
    }
    ++r.findings;
    if (r.lastConversation != conversationSerial_) {
        r.lastConversation = conversationSerial_;
        ++r.conversations;
    }
    if (f.role != roleName(Role::agent)) return;
    AgentStats& a = agents_[f.speaker];
    a.speaker = f.speaker;
    ++a.findings;
    ++a.byRule[f.ruleId];
}

std::vector<const RuleStats*> RunStats::rules() const { return byFindings(rules_); }
std::vector<const AgentStats*> RunStats::agents() const { return byFindings(agents_); }

nlohmann::ordered_json RunStats::toJson() const {
    auto rules = nlohmann::ordered_json::array();
    for (const RuleStats* r : this->rules()) {
        rules.push_back({{"rule", r->id},
                         {"severity", std::string(severityName(r->severity))},
                         {"findings", r->findings},
                         {"conversations", r->conversations}});
    }
    auto agents = nlohmann::ordered_json::array();
    for (const AgentStats* a : this->agents()) {
        nlohmann::ordered_json byRule = nlohmann::ordered_json::object();
        for (const auto& [rule, n] : rulesByCount(a->byRule)) byRule[rule] = n;
        agents.push_back({{"speaker", a->speaker},
                          {"conversations", a->conversations},
                          {"agent_turns", a->turns},
                          {"findings", a->findings},
                          {"findings_per_100_turns", a->findingsPer100Turns()},
                          {"by_rule", std::move(byRule)}});
    }
    return {{"rules", std::move(rules)}, {"agents", std::move(agents)}};
}

std::string RunStats::toText() const {
    size_t ruleWidth = 4;
    for (const auto& [id, r] : rules_) ruleWidth = std::max(ruleWidth, id.size());
    std::string out = "Findings by rule:\n";
    out += fmt::format("  {:<{}}  {:<8}  {:>8}  {:>13}\n", "rule", ruleWidth, "severity", "findings", "conversations");
    for (const RuleStats* r : rules()) {
        out += fmt::format("  {:<{}}  {:<8}  {:>8}  {:>13}\n", r->id, ruleWidth, severityName(r->severity),
                           r->findings, r->conversations);
    }

    out += "Findings by agent:\n";
    if (agents_.empty()) return out + "  (no agent turns)\n";
    size_t nameWidth = 5;
    for (const auto& [name, a] : agents_) {
        nameWidth = std::max(nameWidth, width(speakerLabel(name)));
    }
    out += fmt::format("  {}  {:>13}  {:>11}  {:>8}  {:>13}  {}\n", padRight("agent", nameWidth), "conversations",
                       "agent turns", "findings", "per 100 turns", "by rule");
    for (const AgentStats* a : agents()) {
        std::string rules;
        for (const auto& [rule, n] : rulesByCount(a->byRule)) {
            rules += fmt::format("{}{} {}", rules.empty() ? "" : ", ", rule, n);
        }
        std::string line = fmt::format("  {}  {:>13}  {:>11}  {:>8}  {:>13.1f}  {}",
                                       padRight(speakerLabel(a->speaker), nameWidth), a->conversations, a->turns,
                                       a->findings, a->findingsPer100Turns(), rules);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

StatsReporter::StatsReporter(std::unique_ptr<Reporter> inner, std::FILE* table)
    : inner_(std::move(inner)), table_(table) {}

void StatsReporter::begin(const std::vector<const Rule*>& rules) {
    stats_.addRules(rules);
    inner_->begin(rules);
}

void StatsReporter::conversation(const Conversation& conv, const std::string& path) {
    stats_.addConversation(conv);
    inner_->conversation(conv, path);
}

void StatsReporter::finding(const Finding& f) {
    if (!f.suppressed) stats_.addFinding(f);   // --show-suppressed: shown, not counted
    inner_->finding(f);
}

void StatsReporter::diagnostic(const Diagnostic& d) { inner_->diagnostic(d); }

void StatsReporter::end(const RunSummary& summary) {
    RunSummary withStats = summary;
    withStats.stats = &stats_;
    if (table_) std::fputs(stats_.toText().c_str(), table_);
    inner_->end(withStats);
}

}  // namespace replylint
