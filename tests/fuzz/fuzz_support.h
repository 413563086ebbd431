// Shared by the fuzz targets: runs a reader's conversations through the engine (built-in
// rules) and two reporters, checking the invariants every reader promises on the way.
#pragma once
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.h"
#include "engine/lint_session.h"
#include "input/sink.h"
#include "report/make_reporter.h"

namespace replylint::fuzz {

// Aborts (so libFuzzer records the input) when `ok` is false.
inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        __builtin_trap();
    }
}

// The engine over the built-in packs, compiled once per process.
inline const Engine& builtinEngine() {
    static const Engine* engine = [] {
        std::vector<RuleError> errors;
        std::vector<Rule> rules;
        for (auto& pack : loadBuiltinPacks(errors)) {
            for (auto& rule : pack.rules) rules.push_back(std::move(rule));
        }
        require(errors.empty(), "built-in rules load");
        return new Engine(std::move(rules), errors);
    }();
    return *engine;
}

inline std::FILE* devNull() {
    static std::FILE* f = std::fopen("/dev/null", "w");
    return f;
}

// Checks each conversation (every turn's offset map is complete and inside the input,
// every offset has a line and column) and lints it into a text and a SARIF report.
class CheckingSink : public ConversationSink {
public:
    explicit CheckingSink(uint64_t inputSize, const Engine& engine = builtinEngine())
        : size_(inputSize),
          text_(makeReporter({"text", false, false}, devNull(), devNull())),
          sarif_(makeReporter({"sarif", false, false}, devNull(), devNull())),
          textSession_(engine, *text_, Severity::warning),
          sarifSession_(engine, *sarif_, Severity::warning) {
        text_->begin({});
        sarif_->begin({});
        textSession_.beginInput("fuzz", true);
        sarifSession_.beginInput("fuzz", true);
    }
    ~CheckingSink() override {
        textSession_.finish(0);
        sarifSession_.finish(0);
    }

    void conversation(const Conversation& conv, const SourceLocator& locator) override {
        for (const Turn& turn : conv.turns) {
            const TurnText& t = turn.body;
            for (size_t i = 0; i <= t.text.size(); ++i) {
                uint64_t o = t.sourceOffset(i);
                require(o <= size_, "source offset inside the input");
                SourcePosition p = locator.position(o);
                require(p.line >= 1 && p.column >= 1, "positions are 1-based");
            }
        }
        textSession_.conversation(conv, locator);
        sarifSession_.conversation(conv, locator);
    }
    void templateInput(const std::vector<SuppressionDirective>& directives, bool structured) override {
        textSession_.templateInput(directives, structured);
        sarifSession_.templateInput(directives, structured);
    }
    void diagnostic(const Diagnostic& d) override {
        require(!d.message.empty(), "diagnostics say something");
        require(d.message.find('\n') == std::string::npos, "diagnostics are one line");
        textSession_.diagnostic(d);
        sarifSession_.diagnostic(d);
    }

private:
    uint64_t size_;
    std::unique_ptr<Reporter> text_, sarif_;
    LintSession textSession_, sarifSession_;
};

}  // namespace replylint::fuzz
