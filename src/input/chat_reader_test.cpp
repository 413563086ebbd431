#include <catch2/catch.hpp>

#include "input/chat_reader.h"

using namespace replylint;

TEST_CASE("chat turns with timestamps, tabs and continuation lines") {
    RoleClassifier roles;
    std::string text =
        "[10:32] Customer: my order\n"
        "  never came\n"
        "2024-05-01 10:33 Agent: Sorry to hear that.\n"
        "\tSupport:\tLet me check.\n"
        "[5/1/24, 10:34 AM] Client: thanks\n"
        "10:35:05 Agent: Done\n"
        "Note: this line has no known speaker\n";
    Conversation c = parseChat(text, "x", roles);
    REQUIRE(c.turns.size() == 5);
    CHECK(c.turns[0].speaker == "Customer");
    CHECK(c.turns[0].role == Role::customer);
    CHECK(c.turns[0].time == "10:32");
    CHECK(c.turns[0].body.text == "my order never came");
    CHECK(c.turns[1].role == Role::agent);
    CHECK(c.turns[1].time == "2024-05-01 10:33");
    CHECK(c.turns[2].speaker == "Support");
    CHECK(c.turns[2].body.text == "Let me check.");
    CHECK(c.turns[3].time == "5/1/24, 10:34 AM");
    CHECK(c.turns[4].body.text == "Done Note: this line has no known speaker");
}

TEST_CASE("two named speakers: a known role gives the other the counterpart role") {
    RoleClassifier roles;
    Conversation c = parseChat("Dana (Support): Hi there\nSam Lee: my app crashes\n", "x", roles);
    REQUIRE(c.turns.size() == 2);
    CHECK(c.turns[0].role == Role::agent);
    CHECK(c.turns[1].role == Role::customer);
}

TEST_CASE("turn text maps back to the source across CRLF continuation lines") {
    RoleClassifier roles;
    std::string text = "Agent: that\xE2\x80\x99s not\r\n   our policy\r\n";
    Conversation c = parseChat(text, "x", roles);
    REQUIRE(c.turns.size() == 1);
    const TurnText& t = c.turns[0].body;
    CHECK(t.text == "that's not our policy");
    CHECK(t.sourceOffset(t.text.find("our")) == text.find("our"));
    CHECK(t.sourceOffset(t.text.size()) == text.find("policy") + 6);
}
