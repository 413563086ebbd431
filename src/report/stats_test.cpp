#include <catch2/catch.hpp>

#include "report/report_test_support.h"
#include "report/stats.h"

using namespace replylint;

namespace {

Conversation conversation(std::vector<std::pair<std::string, Role>> turns) {
    Conversation c;
    for (auto& [speaker, role] : turns) {
        Turn t;
        t.speaker = speaker;
        t.role = role;
        c.turns.push_back(t);
    }
    return c;
}

}  // namespace

TEST_CASE("agents are counted per conversation and per agent turn; rates per 100 turns") {
    RunStats stats;
    stats.addConversation(conversation({{"Sam", Role::customer}, {"Dana", Role::agent}, {"Dana", Role::agent}}));
    Finding f = testing::sampleFinding();
    stats.addFinding(f);
    stats.addConversation(conversation({{"Dana", Role::agent}, {"Lee", Role::agent}}));
    stats.addFinding(f);
    Finding customer = f;
    customer.role = "customer";
    customer.speaker = "Sam";
    stats.addFinding(customer);   // counts for the rule, not for an agent

    auto agents = stats.agents();
    REQUIRE(agents.size() == 2);
    CHECK(agents[0]->speaker == "Dana");
    CHECK(agents[0]->conversations == 2);
    CHECK(agents[0]->turns == 3);
    CHECK(agents[0]->findings == 2);
    CHECK(agents[0]->findingsPer100Turns() == Approx(66.67));
    CHECK(agents[1]->speaker == "Lee");
    CHECK(agents[1]->findings == 0);

    auto rules = stats.rules();
    REQUIRE(rules.size() == 1);
    CHECK(rules[0]->findings == 3);
    CHECK(rules[0]->conversations == 2);

    auto j = stats.toJson();
    CHECK(j["agents"][0]["by_rule"]["pack/not-our-policy"] == 2);
    std::string text = stats.toText();
    CHECK(text.find("  Dana               2            3         2           66.7  pack/not-our-policy 2\n") !=
          std::string::npos);
    CHECK(text.find("  Lee                1            1         0            0.0\n") != std::string::npos);
}
