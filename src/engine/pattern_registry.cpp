#include "engine/pattern_registry.h"

#include <algorithm>
#include <cstdlib>

namespace replylint {

namespace {

// The memory budget a user's pattern is checked with (see add()).
constexpr int64_t kCheckMemory = 512 << 10;

// RE2's default DFA budget is small; a Set that runs out of it reports a failed match.
constexpr int64_t kSetMemory = 64 << 20;

RE2::Options regexOptions() {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(8 << 20);
    return o;
}

size_t setAfterBytes() {
    const char* v = std::getenv("REPLYLINT_SET_AFTER_BYTES");
    if (v == nullptr || *v == '\0') return PatternRegistry::kSetAfterBytes;
    char* end = nullptr;
    unsigned long long n = std::strtoull(v, &end, 10);
    return *end == '\0' ? static_cast<size_t>(n) : PatternRegistry::kSetAfterBytes;
}

// The built-in expression's entry in the table made at build time, or null.
const BuiltinPatternAtoms* builtinEntry(const std::string& expression) {
    auto table = builtinPatternAtomTable();
    auto it = std::lower_bound(table.begin(), table.end(), expression,
                               [](const BuiltinPatternAtoms& a, const std::string& e) { return a.expression < e; });
    return it == table.end() || it->expression != expression ? nullptr : &*it;
}

}  // namespace

PatternRegistry::PatternRegistry() : setAfterBytes_(setAfterBytes()) {}
PatternRegistry::~PatternRegistry() = default;

PatternId PatternRegistry::add(const Rule& rule, const Pattern& pattern, std::initializer_list<Role> roles,
                               std::vector<RuleError>& errors, Reach reach) {
    auto fail = [&](const std::string& why) {
        errors.push_back({pattern.at.file, pattern.at.line, pattern.at.column, rule.id,
                          "invalid pattern '" + pattern.text + "': " + why});
        return -1;
    };
    // The built-in packs are checked by `replylint test` in CI; compiling each of their
    // patterns again here would double the start-up time of every run.
    bool builtin = rule.origin.file.rfind("builtin:", 0) == 0;
    if (!builtin) {
        // Checked with a small memory budget: RE2 would accept a program of 200,000
        // instructions, but it takes 100 ms to compile (and again in each set), so a few
        // hundred such patterns would stall every run. The budget stops compiling past about
        // 10,000 instructions; the built-in patterns need at most a few hundred.
        RE2::Options checkOptions = regexOptions();
        checkOptions.set_max_mem(kCheckMemory);
        RE2 check(pattern.text, checkOptions);
        if (check.error_code() == RE2::ErrorPatternTooLarge) {
            return fail("it is too large to match quickly (over 10,000 RE2 instructions); write a large counted "
                        "repetition such as \\pL{200} as + or *");
        }
        if (!check.ok()) return fail(check.error());
        if (RE2::FullMatch("", check)) return fail("it matches the empty string, so it would flag every turn");
    }
    std::string expression = wrapPattern(rule, pattern.text);
    // An identical expression is registered once: many rules share wording.
    auto [known, added] = byExpression_.try_emplace(expression, static_cast<PatternId>(entries_.size()));
    if (added) entries_.push_back(newEntry(expression, builtin));
    PatternId id = known->second;
    entries_[id]->otherTurns |= reach == Reach::otherTurns;
    for (Role r : roles) {
        auto& ids = sets_[roleIndex(r)].ids;
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return id;
}

std::unique_ptr<PatternRegistry::Entry> PatternRegistry::newEntry(const std::string& expression, bool builtin) {
    auto entry = std::make_unique<Entry>();
    entry->expression = expression;
    if (const BuiltinPatternAtoms* known = builtin ? builtinEntry(expression) : nullptr) {
        // Atom ids of the built-in table are the scanner's first ids (see compile()).
        entry->always = known->always;
        entry->clauses.assign(known->clauses.begin(), known->clauses.end());
    } else if (!builtin) {
        PatternAtoms atoms = computePatternAtoms(expression);
        entry->always = atoms.always;
        for (const auto& clause : atoms.clauses) {
            for (const auto& a : clause) {
                auto [it, added] = userAtomIds_.emplace(a, static_cast<uint32_t>(builtinAtoms().size() + userAtoms_.size()));
                if (added) userAtoms_.push_back(a);
                entry->clauses.push_back(it->second);
            }
            entry->clauses.push_back(kClauseEnd);
        }
    }
    return entry;
}

std::string PatternRegistry::compileSet(RoleSet& rs) const {
    RE2::Options options = regexOptions();
    options.set_max_mem(kSetMemory);
    auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (PatternId id : rs.ids) {
        std::string error;
        if (set->Add(entries_[id]->expression, &error) < 0) {
            return "pattern '" + entries_[id]->expression + "': " + error;
        }
    }
    if (!set->Compile()) return "the rules' patterns exceed RE2's memory budget; disable some rules";
    rs.set = std::move(set);
    return "";
}

bool PatternRegistry::compile(std::vector<RuleError>& errors) {
    // No patterns (the session's engine before any input, or every rule off): nothing to scan
    // for, and building the scanner over 2,000 built-in atoms would cost a pre-send check 0.1 ms.
    if (entries_.empty()) return true;
    // The scanner's atoms: the built-in table's, then those of user patterns.
    auto builtin = builtinAtoms();
    std::vector<std::string_view> atoms(builtin.begin(), builtin.end());
    atoms.insert(atoms.end(), userAtoms_.begin(), userAtoms_.end());
    scanner_ = AtomScanner(std::move(atoms));
    if (setAfterBytes_ > 0) return true;
    // Sets from the first turn (REPLYLINT_SET_AFTER_BYTES=0): compiled here, errors reported now.
    for (auto& rs : sets_) {
        if (rs.ids.empty()) continue;
        rs.error = compileSet(rs);
        rs.done = true;
        if (!rs.error.empty()) {
            errors.push_back({"", 0, 0, "", rs.error});
            return false;
        }
    }
    return true;
}

void PatternRegistry::startSets() const {
    std::call_once(setsStarted_, [&] {
        for (const RoleSet& constSet : sets_) {
            auto& rs = const_cast<RoleSet&>(constSet);   // written once, then published by `done`
            if (rs.ids.empty()) continue;
            rs.pending = std::async(std::launch::async, [this, &rs] {
                rs.error = compileSet(rs);
                rs.done.store(true, std::memory_order_release);
            }).share();
        }
    });
}

const RE2& PatternRegistry::regex(PatternId id) const {
    Entry& e = *entries_[id];
    std::call_once(e.compiled, [&] { e.regex = std::make_unique<RE2>(e.expression, regexOptions()); });
    return *e.regex;
}

bool PatternRegistry::possible(const Entry& e, const std::vector<char>& present) {
    if (e.always) return true;
    bool clauseMet = false;   // in the clause being read
    for (uint32_t atom : e.clauses) {
        if (atom == kClauseEnd) {
            if (!clauseMet) return false;
            clauseMet = false;
        } else {
            clauseMet = clauseMet || present[atom] != 0;
        }
    }
    return true;
}

std::vector<PatternId> TurnHits::ids(size_t turn) const {
    std::vector<PatternId> out;
    for (size_t w = 0; w < words_; ++w) {
        for (uint64_t b = row(turn)[w]; b != 0; b &= b - 1) out.push_back(static_cast<PatternId>(w * 64 + __builtin_ctzll(b)));
    }
    return out;
}

bool PatternRegistry::matchBySet(const RoleSet& rs, std::string_view text, bool quoted, size_t turn,
                                 TurnHits& hits, std::string& error) const {
    if (!rs.error.empty()) {
        error = rs.error;
        return false;
    }
    thread_local std::vector<int> indices;   // kept: a turn is matched per call
    RE2::Set::ErrorInfo info{};
    if (!rs.set->Match(re2::StringPiece(text.data(), text.size()), &indices, &info) &&
        info.kind != RE2::Set::kNoError) {
        error = info.kind == RE2::Set::kOutOfMemory ? "RE2 ran out of memory matching this turn"
                                                    : "RE2 failed to match this turn";
        return false;
    }
    for (int i : indices) {
        PatternId id = rs.ids[i];
        if (!quoted || entries_[id]->otherTurns) hits.set(turn, id);
    }
    return true;
}

bool PatternRegistry::matchTurns(const Conversation& conv, TurnHits& hits, std::string& error) const {
    hits.reset(conv.turns.size(), entries_.size());
    thread_local std::vector<char> present;   // by atom id: occurs in the turn
    for (size_t t = 0; t < conv.turns.size(); ++t) {
        const RoleSet& rs = sets_[roleIndex(conv.turns[t].role)];
        std::string_view text = conv.turns[t].body.text;
        if (rs.ids.empty() || text.empty()) continue;
        bool quoted = conv.turns[t].quoted;
        if (!rs.done.load(std::memory_order_acquire) &&
            textSeen_.fetch_add(text.size()) + text.size() >= setAfterBytes_) {
            startSets();
            std::shared_future<void>(rs.pending).wait();   // a copy: other threads may wait too
        }
        if (rs.done.load(std::memory_order_acquire)) {
            if (!matchBySet(rs, text, quoted, t, hits, error)) {
                error = "turn " + std::to_string(t + 1) + ": " + error;
                return false;
            }
            continue;
        }
        // No set yet: the patterns whose literals occur are settled by their own RE2.
        scanner_.scan(text, present);
        re2::StringPiece input(text.data(), text.size());
        for (PatternId id : rs.ids) {
            if ((!quoted || entries_[id]->otherTurns) && possible(*entries_[id], present) &&
                regex(id).Match(input, 0, text.size(), RE2::UNANCHORED, nullptr, 0)) {
                hits.set(t, id);
            }
        }
    }
    return true;
}

template <typename Each>
void PatternRegistry::forEachMatch(PatternId id, std::string_view text, Each each) const {
    const RE2& re = regex(id);
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos <= text.size() &&
           re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        size_t begin = static_cast<size_t>(m.data() - text.data());
        size_t end = begin + m.size();
        if (end > begin && !each(Span{begin, end})) return;
        pos = end > begin ? end : end + 1;
    }
}

void PatternRegistry::findAll(PatternId id, std::string_view text, std::vector<Span>& out) const {
    out.clear();
    forEachMatch(id, text, [&](Span s) {
        out.push_back(s);
        return true;
    });
}

std::optional<Span> PatternRegistry::findFirst(PatternId id, std::string_view text) const {
    std::optional<Span> first;
    forEachMatch(id, text, [&](Span s) {
        first = s;
        return false;
    });
    return first;
}

}  // namespace replylint
