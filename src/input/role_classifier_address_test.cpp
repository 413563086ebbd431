#include <catch2/catch.hpp>

#include "input/role_classifier.h"

using namespace replylint;

TEST_CASE("configured address globs decide roles from e-mail addresses") {
    RoleClassifier roles;
    roles.addAddressGlob(Role::agent, "*@support.acme.com");
    roles.addAddressGlob(Role::customer, "*@*");
    CHECK(roles.classifyAddress("mike@support.acme.com") == Role::agent);
    CHECK(roles.classifyAddress("Mike Smith <Mike@Support.ACME.com>") == Role::agent);
    CHECK(roles.classifyAddress("ann@example.org") == Role::customer);
    CHECK(roles.classifyAddress("no address here") == Role::unknown);
    // Speaker names: configured regexes first, then addresses, then the usual names.
    CHECK(roles.classify("Agent") == Role::agent);
    CHECK(roles.classify("Ann <ann@example.org>") == Role::customer);
    CHECK(roles.classify("mike@support.acme.com") == Role::agent);
}

TEST_CASE("without address globs, addresses fall through to the usual names") {
    RoleClassifier roles;
    CHECK(roles.classifyAddress("mike@support.acme.com") == Role::unknown);
    CHECK(roles.classify("Customer") == Role::customer);
}
