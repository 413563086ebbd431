#include "engine/pattern_registry.h"

#include <algorithm>

namespace replylint {

namespace {

// RE2's default DFA budget is small; a Set that runs out of it reports a failed match.
constexpr int64_t kSetMemory = 64 << 20;

RE2::Options regexOptions() {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(8 << 20);
    return o;
}

}  // namespace

std::string wrapPattern(const Rule& rule, const std::string& pattern) {
    std::string body = rule.nonword ? "(?:" + pattern + ")" : "\\b(?:" + pattern + ")\\b";
    return rule.caseSensitive ? body : "(?i)" + body;
}

PatternRegistry::PatternRegistry() = default;
PatternRegistry::~PatternRegistry() = default;

PatternId PatternRegistry::add(const Rule& rule, const Pattern& pattern, std::initializer_list<Role> roles,
                               std::vector<RuleError>& errors) {
    auto fail = [&](const std::string& why) {
        errors.push_back({pattern.at.file, pattern.at.line, pattern.at.column, rule.id,
                          "invalid pattern '" + pattern.text + "': " + why});
        return -1;
    };
    // The built-in packs are checked by `replylint test` in CI; compiling each of their
    // patterns again here would double the start-up time of every run.
    if (rule.origin.file.rfind("builtin:", 0) != 0) {
        allBuiltin_ = false;
        RE2 check(pattern.text, regexOptions());
        if (!check.ok()) return fail(check.error());
        if (RE2::FullMatch("", check)) return fail("it matches the empty string, so it would flag every turn");
    }
    std::string expression = wrapPattern(rule, pattern.text);
    // Reuse an identical expression: many rules share wording.
    for (size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i]->expression == expression) {
            for (Role r : roles) {
                auto& ids = sets_[roleIndex(r)].ids;
                if (std::find(ids.begin(), ids.end(), static_cast<PatternId>(i)) == ids.end()) {
                    ids.push_back(static_cast<PatternId>(i));
                }
            }
            return static_cast<PatternId>(i);
        }
    }
    auto entry = std::make_unique<Entry>();
    entry->expression = expression;
    entries_.push_back(std::move(entry));
    PatternId id = static_cast<PatternId>(entries_.size() - 1);
    for (Role r : roles) sets_[roleIndex(r)].ids.push_back(id);
    return id;
}

PatternId PatternRegistry::addForAllRoles(const Rule& rule, const Pattern& pattern,
                                          std::vector<RuleError>& errors) {
    return add(rule, pattern, {Role::agent, Role::customer, Role::system, Role::unknown}, errors);
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
    for (auto& rs : sets_) {
        rs.set.reset();
        if (rs.ids.empty()) continue;
        if (allBuiltin_) {
            // CI compiles the built-in packs, so nothing can fail here that a user could fix.
            rs.pending = std::async(std::launch::async, [this, &rs] { return compileSet(rs); });
            continue;
        }
        std::string error = compileSet(rs);
        if (!error.empty()) {
            errors.push_back({"", 0, 0, "", error});
            return false;
        }
    }
    return true;
}

bool PatternRegistry::ready(const RoleSet& constSet, std::string& error) const {
    auto& rs = const_cast<RoleSet&>(constSet);   // only the once-guarded hand-over writes
    if (rs.pending.valid()) std::call_once(rs.ready, [&] { rs.error = rs.pending.get(); });
    if (rs.error.empty()) return true;
    error = rs.error;
    return false;
}

bool PatternRegistry::match(Role role, std::string_view text, std::vector<PatternId>& hits,
                            std::string& error) const {
    hits.clear();
    const RoleSet& rs = sets_[roleIndex(role)];
    if (rs.ids.empty() || text.empty()) return true;
    if (!ready(rs, error)) return false;
    if (!rs.set) return true;   // left out after another set failed to compile
    std::vector<int> indices;
    RE2::Set::ErrorInfo info{};
    if (!rs.set->Match(re2::StringPiece(text.data(), text.size()), &indices, &info) &&
        info.kind != RE2::Set::kNoError) {
        error = info.kind == RE2::Set::kOutOfMemory ? "RE2 ran out of memory matching this turn"
                                                    : "RE2 failed to match this turn";
        return false;
    }
    for (int i : indices) hits.push_back(rs.ids[i]);
    std::sort(hits.begin(), hits.end());
    return true;
}

void PatternRegistry::findAll(PatternId id, std::string_view text, std::vector<Span>& out) const {
    out.clear();
    Entry& e = *entries_[id];
    std::call_once(e.compiled, [&] { e.regex = std::make_unique<RE2>(e.expression, regexOptions()); });
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos <= text.size() &&
           e.regex->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
        size_t begin = static_cast<size_t>(m.data() - text.data());
        size_t end = begin + m.size();
        if (end > begin) out.emplace_back(begin, end);
        pos = end > begin ? end : end + 1;
    }
}

}  // namespace replylint
