#include "engine/pattern_expression.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <set>
#include <stdexcept>

#include <re2/filtered_re2.h>
#include <re2/re2.h>

namespace replylint {

namespace {

// Even one character counts ("?" in a question pattern): clauses keep short atoms from
// filtering nothing, since a match needs one atom of every clause.
constexpr int kMinAtomLength = 1;

// The expression is potentially matched when exactly the atoms in `present` occur.
bool passes(const re2::FilteredRE2& filter, const std::vector<int>& present) {
    std::vector<int> potential;
    filter.AllPotentials(present, &potential);
    return !potential.empty();
}

// A C++ string literal holding `bytes` exactly (octal escapes are never longer than three
// digits, so a digit after one cannot extend it the way it would a hex escape).
std::string cppLiteral(std::string_view bytes) {
    std::string out = "std::string_view(\"";
    for (unsigned char c : bytes) {
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
            out += static_cast<char>(c);
        } else {
            char esc[5];
            std::snprintf(esc, sizeof esc, "\\%03o", c);
            out += esc;
        }
    }
    return out + "\", " + std::to_string(bytes.size()) + ")";
}

}  // namespace

std::string wrapPattern(const Rule& rule, const std::string& pattern) {
    std::string body = rule.nonword ? "(?:" + pattern + ")" : "\\b(?:" + pattern + ")\\b";
    return rule.caseSensitive ? body : "(?i)" + body;
}

std::vector<std::string> ruleExpressions(const Rule& rule) {
    std::vector<std::string> out;
    auto add = [&](const std::vector<Pattern>& list) {
        for (const auto& p : list) out.push_back(wrapPattern(rule, p.text));
    };
    add(rule.patterns);
    add(rule.unless);
    if (rule.notAfter) add(rule.notAfter->patterns);
    add(rule.trigger);
    add(rule.expect);
    add(rule.when);
    return out;
}

PatternAtoms computePatternAtoms(const std::string& expression) {
    PatternAtoms out;
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(8 << 20);
    re2::FilteredRE2 filter(kMinAtomLength);
    int id = 0;
    if (filter.Add(expression, options, &id) != RE2::NoError) return out;
    std::vector<std::string> atoms;
    filter.Compile(&atoms);
    // No literal needed at all (e.g. a bare character class): it runs on every text.
    if (atoms.empty() || passes(filter, {})) return out;
    out.always = false;
    // RE2 keeps its AND/OR tree of atoms private, so it is read back as clauses: a set of
    // atoms C is a clause (a match needs one of them) when the expression cannot pass with
    // every atom except C present. Shrinking the full set to a minimal clause, starting from
    // each atom in turn, finds the tree's clauses ("policy" AND ("can't" OR "cannot")).
    const int n = static_cast<int>(atoms.size());
    auto isClause = [&](const std::vector<char>& inClause) {
        std::vector<int> others;
        for (int i = 0; i < n; ++i) if (!inClause[i]) others.push_back(i);
        return !passes(filter, others);
    };
    std::set<std::vector<int>> found;
    for (int first = 0; first < n; ++first) {
        std::vector<char> clause(n, 1);
        for (int k = 0; k < n; ++k) {
            int i = (first + 1 + k) % n;   // the `first` atom is tried last, so it tends to stay
            clause[i] = 0;
            if (!isClause(clause)) clause[i] = 1;
        }
        std::vector<int> members;
        for (int i = 0; i < n; ++i) if (clause[i]) members.push_back(i);
        found.insert(members);
    }
    for (const auto& members : found) {
        std::vector<std::string> clause;
        for (int i : members) clause.push_back(atoms[i]);
        out.clauses.push_back(std::move(clause));
    }
    return out;
}

std::string patternAtomTableSource(const std::vector<std::string>& expressions) {
    std::set<std::string> sorted(expressions.begin(), expressions.end());
    std::vector<std::pair<std::string, PatternAtoms>> computed;
    std::set<std::string> atoms;
    for (const auto& e : sorted) {
        computed.emplace_back(e, computePatternAtoms(e));
        for (const auto& clause : computed.back().second.clauses) atoms.insert(clause.begin(), clause.end());
    }
    if (atoms.size() >= kClauseEnd) throw std::runtime_error("too many distinct atoms for 16-bit ids");
    std::string out = "const std::string_view kBuiltinAtoms[] = {\n";
    for (const auto& a : atoms) out += "    " + cppLiteral(a) + ",\n";
    out += "};\n\n";
    auto index = [&](const std::string& a) { return std::distance(atoms.begin(), atoms.find(a)); };
    for (size_t i = 0; i < computed.size(); ++i) {
        out += "const uint16_t kClauses" + std::to_string(i) + "[] = {";
        for (const auto& clause : computed[i].second.clauses) {
            for (const auto& a : clause) out += std::to_string(index(a)) + ",";
            out += "kClauseEnd,";
        }
        out += "kClauseEnd};\n";   // never empty; the span below leaves this one out
    }
    out += "\nconst BuiltinPatternAtoms kBuiltinPatternAtoms[] = {\n";
    for (size_t i = 0; i < computed.size(); ++i) {
        const std::string n = "kClauses" + std::to_string(i);
        out += "    {" + cppLiteral(computed[i].first) + ", std::span<const uint16_t>(" + n + ", std::size(" + n +
               ") - 1), " + (computed[i].second.always ? "true" : "false") + "},\n";
    }
    out += "};\n\nstd::span<const BuiltinPatternAtoms> builtinPatternAtomTable() { return kBuiltinPatternAtoms; }\n"
           "std::span<const std::string_view> builtinAtoms() { return kBuiltinAtoms; }\n";
    return out;
}

}  // namespace replylint
