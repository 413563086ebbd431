#include <catch2/catch.hpp>

#include "report/finding_json.h"
#include "report/report_test_support.h"
#include "report/streamed_json.h"

using namespace replylint;
using Json = nlohmann::ordered_json;

namespace {

// The streamed document must read exactly as if it had been built whole and dumped.
void checkSameAsWhole(const std::vector<Json>& items) {
    Json head = {{"version", 1}, {"nested", {{"list", StreamedJsonArray::kPlaceholder}}}};
    Json whole = head;
    whole["nested"]["after"] = {{"a", Json::array({1, 2})}};
    whole["tail"] = "x";

    testing::Capture out;
    StreamedJsonArray array(out.file());
    array.open(head);
    for (const auto& item : items) array.item(item);
    array.close(whole);

    Json expected = whole;
    expected["nested"]["list"] = Json::array();
    for (const auto& item : items) expected["nested"]["list"].push_back(item);
    CHECK(out.text() == dumpJson(expected, 2) + "\n");
}

}  // namespace

TEST_CASE("a streamed array reads like the whole document dumped at once") {
    checkSameAsWhole({});
    checkSameAsWhole({Json(1)});
    checkSameAsWhole({Json{{"k", "multi\nline"}, {"o", {{"p", Json::array({1, Json::object()})}}}}, Json("s"),
                      Json::array()});
}
