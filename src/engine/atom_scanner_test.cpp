#include <catch2/catch.hpp>

#include "engine/atom_scanner.h"

using namespace replylint;

namespace {

std::vector<char> scan(const AtomScanner& s, std::string_view text) {
    std::vector<char> present;
    s.scan(text, present);
    return present;
}

}  // namespace

TEST_CASE("atom scanner finds lowercase literals anywhere in a text, whatever its case") {
    AtomScanner s({"policy", "not our", "?", "ab", "zzz"});
    auto p = scan(s, "That is NOT OUR Policy, ok?");
    CHECK(p == std::vector<char>{1, 1, 1, 0, 0});
    CHECK(scan(s, "ab") == std::vector<char>{0, 0, 0, 1, 0});
    CHECK(scan(s, "") == std::vector<char>{0, 0, 0, 0, 0});
    CHECK(scan(s, "zz") == std::vector<char>{0, 0, 0, 0, 0});   // an atom running past the end
}

TEST_CASE("atom scanner folds the letters RE2's prefilter folds into ASCII") {
    AtomScanner s({"kb", "it"});
    // KELVIN SIGN lowercases to 'k' and LATIN CAPITAL I WITH DOT to 'i' in RE2's prefilter.
    CHECK(scan(s, "\xE2\x84\xAA" "B") == std::vector<char>{1, 0});
    CHECK(scan(s, "\xC4\xB0T") == std::vector<char>{0, 1});
}

TEST_CASE("atom scanner counts non-ASCII atoms present whenever the text is non-ASCII") {
    AtomScanner s({"caf\xC3\xA9", "cafe"});
    CHECK(scan(s, "CAF\xC3\x89") == std::vector<char>{1, 0});   // É: not folded here, so assumed
    CHECK(scan(s, "cafe") == std::vector<char>{0, 1});
}

TEST_CASE("atom scanner handles atoms sharing their first bytes") {
    AtomScanner s({"the", "they", "them", "th"});
    CHECK(scan(s, "tell them") == std::vector<char>{1, 0, 1, 1});
}
