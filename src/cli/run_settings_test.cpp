#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "cli/run_settings.h"

using namespace replylint;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

// A scratch project: one rule pack and configs in several directories.
struct Project {
    fs::path root;
    Project() {
        std::string pattern = (fs::temp_directory_path() / "replylint-settings-XXXXXX").string();
        root = ::mkdtemp(pattern.data());
        write(root / "rules" / "t.yaml",
              "pack: t\nrules:\n"
              "  - {id: t/a, kind: phrase, message: a, patterns: [alpha]}\n"
              "  - {id: t/b, kind: phrase, message: b, patterns: [beta], severity: info}\n"
              "  - {id: t/c, kind: phrase, message: c, patterns: [gamma]}\n");
    }
    ~Project() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    std::string config(const std::string& dir, const std::string& text) {
        write(root / dir / ".replylint.yaml", "extends: []\nrules: [" + (root / "rules").string() + "]\n" + text);
        return (root / dir / "x.txt").string();
    }
};

bool enabled(const InputSettings& s, const std::string& id) {
    for (const auto& state : s.rules.states) {
        if (state.rule.id == id) return state.enabled;
    }
    FAIL("no rule " << id);
    return false;
}

}  // namespace

TEST_CASE("inputs whose configs give the same rules share one compiled engine") {
    Project p;
    std::string a = p.config("a", "disable: [t/c]\n");
    std::string b = p.config("b", "disable: [t/c]\nfail-on: error\n");
    std::string c = p.config("c", "disable: [t/b]\n");
    RunSettings settings(RuleSelection{});
    const InputSettings& sa = settings.forInput(a);
    const InputSettings& sb = settings.forInput(b);
    const InputSettings& sc = settings.forInput(c);
    CHECK(settings.flushErrors().empty());
    CHECK(&sa != &sb);                              // different configs (fail-on differs)…
    CHECK(sa.engine.get() == sb.engine.get());      // …but the same rules: one engine
    CHECK(sa.engine.get() != sc.engine.get());
    CHECK(sb.failOn == Severity::error);
    CHECK(&settings.forInput(a) == &sa);            // cached per config
}

TEST_CASE("the more specific entry wins; on a tie disable wins; the command line comes last") {
    Project p;
    std::string x = p.config("x", "disable: [\"*\"]\nenable: [\"t/*\"]\n");
    std::string y = p.config("y", "enable: [t/a]\ndisable: [\"t/*\"]\n");
    std::string z = p.config("z", "enable: [\"t/*\"]\ndisable: [\"t/*\"]\nseverity: {\"t/*\": error, t/b: warning}\n");
    RunSettings settings(RuleSelection{});
    CHECK(enabled(settings.forInput(x), "t/a"));          // t/* beats *
    CHECK(enabled(settings.forInput(y), "t/a"));          // an exact id beats a glob
    CHECK_FALSE(enabled(settings.forInput(y), "t/b"));
    CHECK_FALSE(enabled(settings.forInput(z), "t/a"));    // a tie: disable
    const auto& states = settings.forInput(z).rules.states;
    CHECK(states[0].rule.severity == Severity::error);
    CHECK(states[1].rule.severity == Severity::warning);  // exact beats glob for severity too

    RuleSelection flags;
    flags.enable = {"t/c"};
    flags.minSeverity = "warning";
    RunSettings withFlags(flags);
    const InputSettings& s = withFlags.forInput(y);
    CHECK(enabled(s, "t/c"));                             // --enable overrides the config
    REQUIRE(s.rules.states[2].enabledBy);
    CHECK(s.rules.states[2].enabledBy->setting == "--enable t/c");
    CHECK(withFlags.flushErrors().empty());
}

TEST_CASE("config ignore and inputs globs are relative to the config's directory") {
    Project p;
    std::string file = p.config("proj", "ignore: [\"archive/**\", drafts]\ninputs: {\"logs/*.log\": chat}\n");
    RunSettings settings(RuleSelection{});
    fs::path proj = fs::path(file).parent_path();
    CHECK(settings.ignored((proj / "archive" / "2023" / "a.txt").string(), false, true));
    CHECK(settings.ignored((proj / "archive").string(), true, false));
    CHECK(settings.ignored((proj / "x" / "drafts").string(), true, false));
    CHECK_FALSE(settings.ignored((proj / "archived.txt").string(), false, false));
    CHECK(settings.configuredFormat((proj / "logs" / "s.log").string()) == InputFormat::chat);
    CHECK(settings.configuredFormat((proj / "s.log").string()) == InputFormat::autodetect);
}
