#include <catch2/catch.hpp>

#include "input/email_mbox_reader.h"
#include "input/email_reader.h"

using namespace replylint;

namespace {

struct Captured : ConversationSink {
    std::vector<Conversation> conversations;
    std::vector<Diagnostic> diagnostics;
    void conversation(const Conversation& conv, const SourceLocator&) override { conversations.push_back(conv); }
    void diagnostic(const Diagnostic& d) override { diagnostics.push_back(d); }
};

Captured read(const std::string& mail, EmailReadOptions options = {}) {
    RoleClassifier roles;
    Captured sink;
    readEmail(mail, "m.eml", options, roles, sink);
    return sink;
}

const std::string kReply =
    "From: Dana <dana@support.acme.com>\r\n"
    "To: pat@example.com\r\n"
    "Date: Tue, 7 May 2024 09:14:00 +0000\r\n"
    "\r\n"
    "We can't refund it.\r\n"
    "\r\n"
    "On Mon, 6 May 2024, Pat <pat@example.com> wrote:\r\n"
    "> It is broken.\r\n";

}  // namespace

TEST_CASE("an e-mail's turns: quoted history first, source offsets past the > prefix") {
    Captured c = read(kReply, {false, {"*@support.acme.com"}});
    REQUIRE(c.conversations.size() == 1);
    const auto& turns = c.conversations[0].turns;
    REQUIRE(turns.size() == 2);
    CHECK(turns[0].speaker == "Pat <pat@example.com>");
    CHECK(turns[0].role == Role::customer);
    CHECK(turns[0].body.text == "It is broken.");
    CHECK(kReply.substr(turns[0].body.sourceOffset(0), 13) == "It is broken.");
    CHECK(turns[1].speaker == "Dana <dana@support.acme.com>");
    CHECK(turns[1].role == Role::agent);
    CHECK(turns[1].time == "Tue, 7 May 2024 09:14:00 +0000");
    CHECK(kReply.substr(turns[1].body.sourceOffset(3), 5) == "can't");
    CHECK(turns[1].locationNote.empty());
}

TEST_CASE("roles: unknown without agent addresses, the sender is the agent in a draft") {
    Captured sent = read(kReply);
    CHECK(sent.conversations[0].turns[1].role == Role::unknown);
    CHECK(sent.conversations[0].turns[0].role == Role::unknown);
    Captured draft = read(kReply, {true, {}});
    CHECK(draft.conversations[0].turns[1].role == Role::agent);
    CHECK(draft.conversations[0].turns[0].role == Role::customer);
    std::string noDate = kReply;
    noDate.erase(noDate.find("Date:"), noDate.find("\r\n\r\n") - noDate.find("Date:") + 2);
    CHECK(read(noDate).conversations[0].turns[1].role == Role::agent);
}

TEST_CASE("a Latin-1 part maps each character to its byte; an encoded part to its first line") {
    std::string latin1 =
        "From: a@b.c\nDate: x\nContent-Type: text/plain; charset=iso-8859-1\n\ncaf\xe9 ferm\xe9 today\n";
    auto c = read(latin1);
    const TurnText& body = c.conversations[0].turns[0].body;
    CHECK(body.text == "caf\xc3\xa9 ferm\xc3\xa9 today");
    size_t today = body.text.find("today");
    CHECK(latin1.substr(body.sourceOffset(today), 5) == "today");

    std::string qp = "From: a@b.c\nDate: x\nContent-Transfer-Encoding: quoted-printable\n\nline one=\n two\nthree\n";
    auto q = read(qp);
    const Turn& turn = q.conversations[0].turns[0];
    CHECK(turn.body.text == "line one two three");
    CHECK(turn.body.sourceOffset(turn.body.text.find("three")) == qp.find("line one"));
    CHECK(turn.locationNote.find("quoted-printable part") != std::string::npos);
}

TEST_CASE("problems become diagnostics; text without headers is a draft body") {
    auto c = read("From: a@b.c\nDate: x\nContent-Type: text/plain; charset=x-klingon\n\nhello\n");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 5);
    CHECK(c.diagnostics[0].message.find("unknown charset 'x-klingon'") != std::string::npos);
    CHECK(c.conversations.size() == 1);
    auto bare = read("Thanks for waiting, it is fixed now.\n");
    REQUIRE(bare.conversations.size() == 1);
    CHECK(bare.conversations[0].turns[0].role == Role::agent);
    CHECK(bare.diagnostics.empty());
    auto binary = read(std::string("\x01\x02\xff\xfe\x00garbage", 12));
    CHECK(binary.conversations.empty());
    REQUIRE(binary.diagnostics.size() == 1);
    CHECK(binary.diagnostics[0].severity == Severity::error);
}

TEST_CASE("mbox: threads by References, else by subject; each message one turn") {
    std::string mbox =
        "From a Mon May  6 18:02:00 2024\nFrom: Pat <pat@example.com>\nSubject: Broken\nMessage-ID: <1@x>\n\n"
        "It is broken.\n\n"
        "From b Mon May  6 19:02:00 2024\nFrom: Dana <dana@support.acme.com>\nSubject: Re: Broken\n"
        "In-Reply-To: <1@x>\nMessage-ID: <2@x>\n\nSorry, fixed.\n\n> It is broken.\n\n"
        "From c Mon May  6 20:02:00 2024\nFrom: Sam <sam@example.org>\nSubject: Invoice\n\nWhere is it?\n\n"
        "From d Mon May  6 21:02:00 2024\nFrom: Pat <pat@example.com>\nSubject: RE: Re: broken\n\nThanks!\n";
    RoleClassifier roles;
    Captured sink;
    readMbox(mbox, "t.mbox", {false, {"*@support.acme.com"}}, roles, sink);
    REQUIRE(sink.conversations.size() == 2);
    const auto& thread = sink.conversations[0].turns;
    REQUIRE(thread.size() == 3);
    CHECK(thread[1].body.text == "Sorry, fixed.");
    CHECK(thread[1].role == Role::agent);
    CHECK(thread[0].role == Role::customer);
    CHECK(thread[2].body.text == "Thanks!");
    CHECK(sink.conversations[1].id == "t.mbox#2");
    CHECK(threadSubject("Re: AW: [list] Broken  down") == "broken down");
}
