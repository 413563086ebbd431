#include <catch2/catch.hpp>

#include <unistd.h>

#include "input/jsonl_reader.h"

using namespace replylint;

namespace {
struct Collect : ConversationSink {
    std::vector<Conversation> convs;
    std::vector<Diagnostic> diags;
    std::vector<SourcePosition> firstTurnStart;
    void conversation(const Conversation& c, const SourceLocator& loc) override {
        convs.push_back(c);
        firstTurnStart.push_back(loc.position(c.turns.at(0).body.sourceOffset(0)));
    }
    void diagnostic(const Diagnostic& d) override { diags.push_back(d); }
};

void readString(const std::string& data, Collect& sink) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    REQUIRE(write(fds[1], data.data(), data.size()) == static_cast<ssize_t>(data.size()));
    close(fds[1]);
    RoleClassifier roles;
    readJsonl(fds[0], {}, "t.jsonl", roles, sink);
    close(fds[0]);
}
}  // namespace

TEST_CASE("JSONL: escapes are decoded and offsets point into the JSON string") {
    std::string data =
        "{\"id\": \"a\", \"messages\": [{\"speaker\": \"Ann\", \"role\": \"agent\", "
        "\"text\": \"\\u201cThat\\u2019s\\nnot\\\" ok\"}]}\n";
    Collect sink;
    readString(data, sink);
    REQUIRE(sink.convs.size() == 1);
    const TurnText& t = sink.convs[0].turns[0].body;
    CHECK(t.text == "\"That's not\" ok");
    CHECK(sink.convs[0].turns[0].role == Role::agent);
    size_t quote = data.find("\\u201c");
    CHECK(t.sourceOffset(0) == quote);
    CHECK(t.sourceOffset(t.text.find("not")) == data.find("not"));
    CHECK(sink.firstTurnStart[0].line == 1);
}

TEST_CASE("JSONL: a broken line is reported and the next line still read") {
    std::string data =
        "{\"id\": \"a\", \"messages\": [{\"speaker\": \"Agent\", \"text\": \"one\"}]}\n"
        "{\"id\": \"b\", \"messages\": [\n"
        "{\"id\": \"c\", \"turns\": [{\"author\": \"Customer\", \"body\": \"three\"}]}\n";
    Collect sink;
    readString(data, sink);
    REQUIRE(sink.convs.size() == 2);
    CHECK(sink.convs[0].turns[0].role == Role::agent);   // derived from the speaker name
    CHECK(sink.convs[1].id == "c");
    CHECK(sink.convs[1].turns[0].role == Role::customer);
    CHECK(sink.firstTurnStart[1].line == 3);
    REQUIRE(sink.diags.size() == 1);
    CHECK(sink.diags[0].line == 2);
}

TEST_CASE("JSONL: a record without messages is a clear error") {
    Collect sink;
    readString("{\"id\": \"x\"}\n", sink);
    CHECK(sink.convs.empty());
    REQUIRE(sink.diags.size() == 1);
    CHECK(sink.diags[0].message.find("messages") != std::string::npos);
}

TEST_CASE("JSONL: JsonlLineParser reads one record at its offset and line, as readJsonl does") {
    std::string line = R"({"id": "c9", "messages": [{"speaker": "Agent", "text": "hi there"}]})";
    std::string padded = line + std::string(64, '\0');
    JsonlLineParser parser;
    RoleClassifier roles;
    Collect sink;
    parser.parse(std::string_view(padded.data(), line.size()), 1000, 7, "big.jsonl", roles, sink);
    parser.parse(std::string_view(padded.data(), 3), 2000, 8, "big.jsonl", roles, sink);   // cut short
    REQUIRE(sink.convs.size() == 1);
    CHECK(sink.convs[0].id == "c9");
    CHECK(sink.firstTurnStart[0].line == 7);
    CHECK(sink.firstTurnStart[0].byte == 1000 + line.find("hi there"));
    REQUIRE(sink.diags.size() == 1);
    CHECK(sink.diags[0].line == 8);
}
