#include "rules/rule_snapshot.h"

#include <cstdint>
#include <cstring>

namespace replylint {

// Adding a field to Rule, Pattern, NotAfter, RuleOrigin or RulePack changes its size: write
// and read the new field below (both directions), bump kVersion, then update the size here.
static_assert(sizeof(void*) != 8 || sizeof(Rule) == 504,
              "Rule changed: serialise the new field in rule_snapshot.cpp");
static_assert(sizeof(void*) != 8 || sizeof(Pattern) == 72, "Pattern changed: see rule_snapshot.cpp");
static_assert(sizeof(void*) != 8 || sizeof(RuleOrigin) == 40, "RuleOrigin changed: see rule_snapshot.cpp");
static_assert(sizeof(void*) != 8 || sizeof(NotAfter) == 32, "NotAfter changed: see rule_snapshot.cpp");
static_assert(sizeof(void*) != 8 || sizeof(RulePack) == 120, "RulePack changed: see rule_snapshot.cpp");

namespace {

constexpr uint32_t kMagic = 0x524c5331;   // "RLS1"
constexpr uint32_t kVersion = 2;

class Writer {
public:
    void u32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void i32(int v) { u32(static_cast<uint32_t>(v)); }
    void str(const std::string& s) { u32(static_cast<uint32_t>(s.size())); out_ += s; }
    void optStr(const std::optional<std::string>& s) { u32(s ? 1 : 0); if (s) str(*s); }
    void origin(const RuleOrigin& o) { str(o.file); u32(o.line); u32(o.column); }
    void patterns(const std::vector<Pattern>& ps) {
        u32(static_cast<uint32_t>(ps.size()));
        for (const auto& p : ps) { str(p.text); origin(p.at); }
    }
    void strings(const std::vector<std::string>& v) {
        u32(static_cast<uint32_t>(v.size()));
        for (const auto& s : v) str(s);
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool ok() const { return ok_; }
    bool atEnd() const { return pos_ == in_.size(); }

    uint32_t u32() {
        uint32_t v = 0;
        if (pos_ + sizeof v > in_.size()) { ok_ = false; return 0; }
        std::memcpy(&v, in_.data() + pos_, sizeof v);
        pos_ += sizeof v;
        return v;
    }
    int i32() { return static_cast<int>(u32()); }
    template <typename E> E enumeration() { return static_cast<E>(u32()); }
    std::string str() {
        uint32_t n = u32();
        if (!ok_ || pos_ + n > in_.size()) { ok_ = false; return {}; }
        std::string s(in_.substr(pos_, n));
        pos_ += n;
        return s;
    }
    std::optional<std::string> optStr() {
        if (u32() == 0) return std::nullopt;
        return str();
    }
    RuleOrigin origin() {
        RuleOrigin o;
        o.file = str();
        o.line = u32();
        o.column = u32();
        return o;
    }
    std::vector<Pattern> patterns() {
        std::vector<Pattern> ps(count());
        for (auto& p : ps) { p.text = str(); p.at = origin(); }
        return ps;
    }
    std::vector<std::string> strings() {
        std::vector<std::string> v(count());
        for (auto& s : v) s = str();
        return v;
    }
    size_t count() {
        uint32_t n = u32();
        if (n > in_.size()) { ok_ = false; return 0; }   // each element takes at least a byte
        return n;
    }

private:
    std::string_view in_;
    size_t pos_ = 0;
    bool ok_ = true;
};

}  // namespace

std::string serializeRulePacks(const std::vector<RulePack>& packs) {
    Writer w;
    w.u32(kMagic);
    w.u32(kVersion);
    w.u32(static_cast<uint32_t>(packs.size()));
    for (const auto& pack : packs) {
        w.str(pack.name);
        w.str(pack.description);
        w.str(pack.file);
        w.u32(static_cast<uint32_t>(pack.rules.size()));
        for (const Rule& r : pack.rules) {
            w.str(r.id);
            w.str(r.pack);
            w.u32(static_cast<uint32_t>(r.kind));
            w.u32(static_cast<uint32_t>(r.severity));
            w.u32(static_cast<uint32_t>(r.speaker));
            w.u32(r.anySpeaker);
            w.str(r.message);
            w.str(r.help);
            w.str(r.description);
            w.u32(r.caseSensitive);
            w.u32(r.nonword);
            w.optStr(r.suggest);
            w.patterns(r.patterns);
            w.patterns(r.unless);
            w.u32(static_cast<uint32_t>(r.unlessScope));
            w.u32(r.inQuotes);
            w.u32(r.notAfter ? 1 : 0);
            if (r.notAfter) {
                w.patterns(r.notAfter->patterns);
                w.i32(r.notAfter->words);
            }
            w.patterns(r.trigger);
            w.patterns(r.expect);
            w.patterns(r.when);
            w.i32(r.within);
            w.u32(r.triggerFirstOnly);
            w.u32(static_cast<uint32_t>(r.where));
            w.u32(static_cast<uint32_t>(r.count));
            w.i32(r.max);
            w.strings(r.flagExamples);
            w.strings(r.passExamples);
            w.origin(r.origin);
        }
    }
    return w.take();
}

bool deserializeRulePacks(std::string_view bytes, std::vector<RulePack>& packs) {
    Reader r(bytes);
    if (r.u32() != kMagic || r.u32() != kVersion) return false;
    std::vector<RulePack> out(r.count());
    for (auto& pack : out) {
        pack.name = r.str();
        pack.description = r.str();
        pack.file = r.str();
        pack.rules.resize(r.count());
        for (Rule& rule : pack.rules) {
            rule.id = r.str();
            rule.pack = r.str();
            rule.kind = r.enumeration<RuleKind>();
            rule.severity = r.enumeration<Severity>();
            rule.speaker = r.enumeration<Role>();
            rule.anySpeaker = r.u32() != 0;
            rule.message = r.str();
            rule.help = r.str();
            rule.description = r.str();
            rule.caseSensitive = r.u32() != 0;
            rule.nonword = r.u32() != 0;
            rule.suggest = r.optStr();
            rule.patterns = r.patterns();
            rule.unless = r.patterns();
            rule.unlessScope = r.enumeration<UnlessScope>();
            rule.inQuotes = r.u32() != 0;
            if (r.u32() != 0) {
                NotAfter na;
                na.patterns = r.patterns();
                na.words = r.i32();
                rule.notAfter = std::move(na);
            }
            rule.trigger = r.patterns();
            rule.expect = r.patterns();
            rule.when = r.patterns();
            rule.within = r.i32();
            rule.triggerFirstOnly = r.u32() != 0;
            rule.where = r.enumeration<Where>();
            rule.count = r.enumeration<LimitCount>();
            rule.max = r.i32();
            rule.flagExamples = r.strings();
            rule.passExamples = r.strings();
            rule.origin = r.origin();
            if (!r.ok()) return false;
        }
    }
    if (!r.ok() || !r.atEnd()) return false;
    packs = std::move(out);
    return true;
}

}  // namespace replylint
