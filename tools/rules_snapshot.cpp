// Build step: loads rules/*.yaml with the rule loader and writes a C++ source holding the
// packs' snapshot (rules/rule_snapshot.h), so replylint starts without parsing YAML.
// Usage: rules_snapshot OUTPUT.cpp RULEFILE.yaml...   (fails on any rule error)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/pattern_expression.h"
#include "rules/rule_loader.h"
#include "rules/rule_snapshot.h"

using namespace replylint;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: rules_snapshot OUTPUT.cpp RULEFILE.yaml...\n");
        return 2;
    }
    std::vector<std::string> files(argv + 2, argv + argc);
    // Ordered by file name, like the embedded YAML (cmake/embed_rules.cmake).
    std::sort(files.begin(), files.end(), [](const std::string& a, const std::string& b) {
        return std::filesystem::path(a).filename() < std::filesystem::path(b).filename();
    });
    std::vector<RulePack> packs;
    std::vector<RuleError> errors;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) {
            std::fprintf(stderr, "rules_snapshot: cannot read %s\n", path.c_str());
            return 1;
        }
        packs.push_back(loadRulePack(text.str(), "builtin:" + std::filesystem::path(path).filename().string(), errors));
    }
    for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.format().c_str());
    if (!errors.empty()) return 1;

    std::string bytes = serializeRulePacks(packs);
    std::vector<std::string> expressions;
    for (const auto& pack : packs) {
        for (const auto& rule : pack.rules) {
            auto e = ruleExpressions(rule);
            expressions.insert(expressions.end(), e.begin(), e.end());
        }
    }
    std::ostringstream out;
    out << "// Generated from rules/*.yaml by tools/rules_snapshot.cpp; do not edit.\n"
           "#include \"engine/pattern_expression.h\"\n#include \"rules/builtin_rules.h\"\n\nnamespace replylint {\n\n"
           "std::string_view builtinRuleSnapshot() {\n  static const unsigned char bytes[] = {";
    for (size_t i = 0; i < bytes.size(); ++i) {
        out << (i % 24 == 0 ? "\n    " : "") << static_cast<unsigned>(static_cast<unsigned char>(bytes[i])) << ',';
    }
    out << "\n  };\n  return {reinterpret_cast<const char*>(bytes), sizeof bytes};\n}\n\n"
        << patternAtomTableSource(expressions) << "\n}  // namespace replylint\n";
    std::string tmp = std::string(argv[1]) + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary);
        f << out.str();
        if (!f) {
            std::fprintf(stderr, "rules_snapshot: cannot write %s\n", tmp.c_str());
            return 1;
        }
    }
    std::filesystem::rename(tmp, argv[1]);
    return 0;
}
