#include <catch2/catch.hpp>

#include "report/compact_json.h"
#include "report/finding_json.h"
#include "report/report_test_support.h"

using namespace replylint;

TEST_CASE("a json finding has every documented field, turn 0-based and fix null when absent") {
    Finding f = testing::sampleFinding();
    auto j = findingJson(f);
    for (const char* key : {"rule", "severity", "message", "path", "line", "column", "end_line", "end_column",
                            "byte_offset", "end_byte_offset", "conversation", "turn", "speaker", "role", "match",
                            "fix", "related", "suppressed"}) {
        INFO(key);
        CHECK(j.contains(key));
    }
    CHECK(j["turn"] == 1);
    CHECK(j["column"] == 5);      // code points, not UTF-16 units
    CHECK(j["fix"].is_null());
    CHECK(j["related"].is_array());
    f.fix = "Here's what I can do";
    f.related.push_back({f.range, "the customer turn"});
    j = findingJson(f);
    CHECK(j["fix"] == "Here's what I can do");
    CHECK(j["related"][0]["message"] == "the customer turn");
    CHECK(j["related"][0]["end_byte_offset"] == 41);
}

TEST_CASE("invalid UTF-8 (say, in a file name) is written as U+FFFD instead of failing") {
    Finding f = testing::sampleFinding();
    f.path = "bad\xFF.txt";
    std::string line;
    REQUIRE_NOTHROW(line = dumpJson(findingJson(f)));
    CHECK(line.find("\"path\":\"bad\xEF\xBF\xBD.txt\"") != std::string::npos);
    CHECK(line.find('\n') == std::string::npos);
}

TEST_CASE("a diagnostic without a line has line null") {
    auto j = diagnosticJson({"a.txt", 0, Severity::error, "cannot open"}, "input");
    CHECK(j["line"].is_null());
    CHECK(j["kind"] == "input");
}

TEST_CASE("a JSON Lines finding is written byte for byte as findingJson dumps it") {
    auto line = [](const Finding& f) {
        std::string out;
        appendFindingLine(out, f);
        return out;
    };
    Finding f = testing::sampleFinding();
    CHECK(line(f) == dumpJson(findingJson(f)) + "\n");
    f.fix = "Here's \"what\" I can do\\";
    f.related.push_back({f.range, "the customer turn"});
    f.related.push_back({f.range, "and another"});
    f.speaker = "Chlo\xC3\xA9 \xF0\x9F\x8E\x89 \x7F";
    f.matchedText = std::string("tab\there\nnull\0bell\x07\x1F end\r\b\f", 25);
    f.suppressed = true;
    f.suppressionKind = "inSource";
    f.suppressionReason = "quoted \"on purpose\"";
    f.range.end.byte = UINT64_MAX;
    CHECK(line(f) == dumpJson(findingJson(f)) + "\n");
    // malformed UTF-8: a stray byte, an overlong form, a surrogate, past U+10FFFF, truncated
    for (const char* bad : {"bad\xFF.txt", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "ok \xE2\x80", "\xE2\x80 x"}) {
        INFO(bad);
        f.path = bad;
        CHECK(line(f) == dumpJson(findingJson(f)) + "\n");
    }
}

TEST_CASE("CompactJson writes keys as nlohmann does, plain or needing escapes") {
    for (std::string key : {"rule", "", "with \"quotes\"", "back\\slash", "tab\there", "caf\xC3\xA9", "del\x7F"}) {
        std::string out;
        CompactJson j(out);
        j.beginObject();
        j.key(key);
        j.number(1);
        j.endObject();
        nlohmann::ordered_json expected;
        expected[key] = 1;
        INFO(key);
        CHECK(out == dumpJson(expected));
    }
}
