// The data every reader produces and the engine consumes: conversations made of turns
// whose normalised text maps byte for byte back into the source file.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

enum class Role { agent, customer, system, unknown };

std::string_view roleName(Role role);
// Parses "agent", "customer", "system", "unknown"; returns false for anything else.
bool parseRole(std::string_view name, Role& out);

// Text of one turn after normalisation, with the source offset of every byte.
struct TurnText {
    std::string text;                 // normalised: ASCII quotes, single spaces
    std::vector<uint32_t> paragraphBreaks;  // positions in text where a blank line was collapsed

    // Where the text came from, as runs rather than one offset per byte (most text is
    // copied from the source as it is, so a turn is usually a handful of runs): text from
    // run.at up to the next run's `at` maps to source bytes from run.source on, one to one,
    // or every byte to run.source (a decoded escape, say).
    struct OriginRun {
        size_t at;
        uint64_t source;
        bool oneToOne;
    };
    std::vector<OriginRun> origins;
    uint64_t end = 0;                 // the source offset of position text.size()

    // Empty, keeping the memory (a reader refills the same turns record after record).
    void clear() {
        text.clear();
        paragraphBreaks.clear();
        origins.clear();
        end = 0;
    }

    // Source offset of normalised position pos; for pos == size, the end of the last byte.
    // A collapsed space maps to the end of the text before it, so a match end that stops
    // at a space maps to just past its last character.
    uint64_t sourceOffset(size_t pos) const {
        if (pos >= text.size()) return end;
        auto run = std::upper_bound(origins.begin(), origins.end(), pos,
                                    [](size_t p, const OriginRun& r) { return p < r.at; }) - 1;
        return run->oneToOne ? run->source + (pos - run->at) : run->source;
    }
    // Records where the text appended next, from position at == text.size(), comes from;
    // a one-to-one run that continues the last one extends it.
    void mapFrom(size_t at, uint64_t source, bool oneToOne) {
        if (oneToOne && !origins.empty()) {
            const OriginRun& last = origins.back();
            if (last.oneToOne && last.source + (at - last.at) == source) return;
        }
        origins.push_back({at, source, oneToOne});
    }
};

struct Turn {
    std::string speaker;
    Role role = Role::unknown;
    std::string time;
    TurnText body;
    // Appended to the messages of findings in this turn when its positions are approximate
    // (text from an encoded e-mail part maps to the part's first line); empty otherwise.
    std::string locationNote;
    // Quoted history in an e-mail: context for rules that look back at earlier turns, but
    // those words were sent before (and are linted with their own message), so findings
    // in this turn are not reported.
    bool quoted = false;

    // Back to a new turn's state, keeping the memory of its strings and vectors. Keep in
    // step with the fields above.
    void clear() {
        speaker.clear();
        role = Role::unknown;
        time.clear();
        body.clear();
        locationNote.clear();
        quoted = false;
    }
};

struct Conversation {
    std::string id;
    std::vector<Turn> turns;
    // Turns a refill left over (its record had fewer than the last), kept with their memory
    // so the next longer record does not allocate each turn's strings again.
    std::vector<Turn> spareTurns;

    // For a reader refilling one conversation record after record: turn `used` (== the
    // number refilled so far), reusing a turn from before. The caller clears it.
    Turn& refillTurn(size_t used) {
        if (used < turns.size()) return turns[used];
        if (spareTurns.empty()) return turns.emplace_back();
        turns.push_back(std::move(spareTurns.back()));
        spareTurns.pop_back();
        return turns.back();
    }
    // Ends a refill at `used` turns; the rest become spares.
    void keepTurns(size_t used) {
        while (turns.size() > used) {
            spareTurns.push_back(std::move(turns.back()));
            turns.pop_back();
        }
    }
};

}  // namespace replylint
