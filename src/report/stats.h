// --stats: per-rule counts and a per-agent table (conversations, agent turns, findings by
// rule, findings per 100 agent turns): the view a support lead wants over many transcripts.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "report/reporter.h"

namespace replylint {

struct RuleStats {
    std::string id;
    Severity severity = Severity::warning;
    size_t findings = 0;
    size_t conversations = 0;      // conversations with at least one finding of the rule
    uint64_t lastConversation = 0;
};

struct AgentStats {
    std::string speaker;
    size_t conversations = 0;      // conversations in which the agent took a turn
    size_t turns = 0;              // agent turns
    size_t findings = 0;
    std::map<std::string, size_t> byRule;
    uint64_t lastConversation = 0;

    double findingsPer100Turns() const;
};

class RunStats {
public:
    void addRules(const std::vector<const Rule*>& rules);
    void addConversation(const Conversation& conv);
    void addFinding(const Finding& f);

    // Most findings first, then by name.
    std::vector<const RuleStats*> rules() const;
    std::vector<const AgentStats*> agents() const;

    nlohmann::ordered_json toJson() const;
    std::string toText() const;

private:
    uint64_t conversationSerial_ = 0;
    std::map<std::string, RuleStats> rules_;
    std::map<std::string, AgentStats> agents_;
};

// Wraps the format's reporter: counts everything that passes through and hands the
// statistics to it in RunSummary::stats. With `table` set, also prints the text tables
// there before the summary (for formats that do not carry the statistics themselves).
class StatsReporter : public Reporter {
public:
    StatsReporter(std::unique_ptr<Reporter> inner, std::FILE* table);
    void begin(const std::vector<const Rule*>& rules) override;
    void conversation(const Conversation& conv, const std::string& path) override;
    bool wantsConversations() const override { return true; }
    void finding(const Finding& f) override;
    bool wantsLineText() const override { return inner_->wantsLineText(); }
    void diagnostic(const Diagnostic& d) override;
    void end(const RunSummary& summary) override;

private:
    std::unique_ptr<Reporter> inner_;
    std::FILE* table_;
    RunStats stats_;
};

}  // namespace replylint
