#include "rules/rule_loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "text/did_you_mean.h"
#include "text/utf8.h"

namespace replylint {

namespace {

const std::vector<std::string> kPackFields = {"pack", "description", "rules"};
const std::vector<std::string> kRuleFields = {
    "id",      "kind",    "severity", "speaker", "message", "help",  "patterns", "unless",
    "unless-scope", "not-after", "in-quotes", "trigger", "trigger-where", "expect",  "when",    "within",  "where",
    "count",    "max",     "case",    "nonword", "suggest",  "examples"};

struct LoadContext {
    const std::string& file;
    std::vector<RuleError>& errors;
    std::string ruleId;
    bool failed = false;

    void error(const YAML::Mark& mark, const std::string& message) {
        errors.push_back({file, static_cast<uint32_t>(mark.line + 1),
                          static_cast<uint32_t>(mark.column + 1), ruleId, message});
        failed = true;
    }
    RuleOrigin origin(const YAML::Mark& mark) const {
        return {file, static_cast<uint32_t>(mark.line + 1), static_cast<uint32_t>(mark.column + 1)};
    }
};

bool readString(LoadContext& ctx, const YAML::Node& node, const std::string& field, std::string& out) {
    if (!node.IsScalar()) {
        ctx.error(node.Mark(), "field '" + field + "' must be a string");
        return false;
    }
    out = node.Scalar();
    return true;
}

bool readInt(LoadContext& ctx, const YAML::Node& node, const std::string& field, int min, int& out) {
    try {
        if (node.IsScalar()) {
            out = node.as<int>();
            if (out >= min) return true;
        }
    } catch (const YAML::Exception&) {
    }
    ctx.error(node.Mark(), "field '" + field + "' must be a whole number of at least " +
                               std::to_string(min));
    return false;
}

bool readBool(LoadContext& ctx, const YAML::Node& node, const std::string& field, bool& out) {
    try {
        if (node.IsScalar()) { out = node.as<bool>(); return true; }
    } catch (const YAML::Exception&) {
    }
    ctx.error(node.Mark(), "field '" + field + "' must be true or false");
    return false;
}

// A pattern list: one string, or a sequence of strings.
void readPatterns(LoadContext& ctx, const YAML::Node& node, const std::string& field,
                  std::vector<Pattern>& out) {
    auto add = [&](const YAML::Node& item) {
        if (!item.IsScalar()) {
            ctx.error(item.Mark(), "field '" + field + "' must hold strings");
            return;
        }
        if (item.Scalar().empty()) {
            ctx.error(item.Mark(), "field '" + field + "' has an empty pattern");
            return;
        }
        out.push_back({item.Scalar(), ctx.origin(item.Mark())});
    };
    if (node.IsSequence()) {
        for (const auto& item : node) add(item);
    } else {
        add(node);
    }
}

void readStringList(LoadContext& ctx, const YAML::Node& node, const std::string& field,
                    std::vector<std::string>& out) {
    if (node.IsScalar()) { out.push_back(node.Scalar()); return; }
    if (!node.IsSequence()) {
        ctx.error(node.Mark(), "field '" + field + "' must be a list of strings");
        return;
    }
    for (const auto& item : node) {
        if (!item.IsScalar()) {
            ctx.error(item.Mark(), "field '" + field + "' must be a list of strings");
            continue;
        }
        out.push_back(item.Scalar());
    }
}

template <typename Enum>
bool readEnum(LoadContext& ctx, const YAML::Node& node, const std::string& field,
              const std::vector<std::pair<std::string, Enum>>& values, Enum& out) {
    std::string text;
    if (!readString(ctx, node, field, text)) return false;
    std::vector<std::string> names;
    for (const auto& [name, value] : values) {
        if (name == text) { out = value; return true; }
        names.push_back(name);
    }
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    ctx.error(node.Mark(), "field '" + field + "' is '" + text + "'; expected one of " + list +
                               didYouMean(text, names));
    return false;
}

void readExamples(LoadContext& ctx, const YAML::Node& node, Rule& rule) {
    if (!node.IsMap()) {
        ctx.error(node.Mark(), "field 'examples' must be a map with 'flag' and 'pass' lists");
        return;
    }
    for (const auto& kv : node) {
        std::string key = kv.first.Scalar();
        if (key == "flag") {
            readStringList(ctx, kv.second, "examples.flag", rule.flagExamples);
        } else if (key == "pass") {
            readStringList(ctx, kv.second, "examples.pass", rule.passExamples);
        } else {
            ctx.error(kv.first.Mark(), "unknown field 'examples." + key + "'" +
                                           didYouMean(key, {"flag", "pass"}));
        }
    }
}

void readNotAfter(LoadContext& ctx, const YAML::Node& node, Rule& rule) {
    NotAfter na;
    if (!node.IsMap()) {
        ctx.error(node.Mark(), "field 'not-after' must be a map with 'patterns' and 'words'");
        return;
    }
    for (const auto& kv : node) {
        std::string key = kv.first.Scalar();
        if (key == "patterns") {
            readPatterns(ctx, kv.second, "not-after.patterns", na.patterns);
        } else if (key == "words") {
            readInt(ctx, kv.second, "not-after.words", 0, na.words);
        } else {
            ctx.error(kv.first.Mark(), "unknown field 'not-after." + key + "'" +
                                           didYouMean(key, {"patterns", "words"}));
        }
    }
    if (na.patterns.empty()) ctx.error(node.Mark(), "field 'not-after' needs 'patterns'");
    rule.notAfter = std::move(na);
}

void requireField(LoadContext& ctx, const YAML::Node& ruleNode, bool present, const std::string& field,
                  const std::string& why) {
    if (!present) ctx.error(ruleNode.Mark(), "missing field '" + field + "'" + why);
}

std::optional<Rule> readRule(LoadContext& ctx, const YAML::Node& node, const RulePack& pack,
                             std::set<std::string>& ids) {
    ctx.ruleId.clear();
    ctx.failed = false;
    if (!node.IsMap()) {
        ctx.error(node.Mark(), "each rule must be a map of fields");
        return std::nullopt;
    }
    Rule rule;
    rule.pack = pack.name;
    rule.description = pack.description;
    rule.origin = ctx.origin(node.Mark());
    if (auto id = node["id"]) {
        if (readString(ctx, id, "id", rule.id)) ctx.ruleId = rule.id;
    }
    if (rule.id.empty()) {
        ctx.error(node.Mark(), "missing field 'id'");
        return std::nullopt;
    }
    if (rule.id.rfind(pack.name + "/", 0) != 0 || rule.id.size() == pack.name.size() + 1) {
        ctx.error(node["id"].Mark(), "id must be '" + pack.name + "/<name>' (the pack name, a slash, a name)");
    }
    if (!ids.insert(rule.id).second) ctx.error(node["id"].Mark(), "duplicate rule id");

    std::set<std::string> present;
    for (const auto& kv : node) {
        std::string key = kv.first.Scalar();
        const YAML::Node& v = kv.second;
        present.insert(key);
        if (key == "id") continue;
        if (key == "kind") {
            readEnum<RuleKind>(ctx, v, key, {{"phrase", RuleKind::phrase}, {"respond", RuleKind::respond},
                                            {"require", RuleKind::require}, {"limit", RuleKind::limit}},
                               rule.kind);
        } else if (key == "severity") {
            readEnum<Severity>(ctx, v, key, {{"error", Severity::error}, {"warning", Severity::warning},
                                            {"info", Severity::info}},
                               rule.severity);
        } else if (key == "speaker") {
            std::string s;
            if (readString(ctx, v, key, s) && s == "any") {
                rule.anySpeaker = true;
            } else {
                readEnum<Role>(ctx, v, key, {{"agent", Role::agent}, {"customer", Role::customer},
                                            {"system", Role::system}, {"unknown", Role::unknown},
                                            {"any", Role::unknown}},
                               rule.speaker);
            }
        } else if (key == "message") {
            readString(ctx, v, key, rule.message);
        } else if (key == "help") {
            readString(ctx, v, key, rule.help);
        } else if (key == "patterns") {
            readPatterns(ctx, v, key, rule.patterns);
        } else if (key == "unless") {
            readPatterns(ctx, v, key, rule.unless);
        } else if (key == "unless-scope") {
            readEnum<UnlessScope>(ctx, v, key, {{"sentence", UnlessScope::sentence},
                                               {"adjacent", UnlessScope::adjacent},
                                               {"turn", UnlessScope::turn}},
                                  rule.unlessScope);
        } else if (key == "in-quotes") {
            readBool(ctx, v, key, rule.inQuotes);
        } else if (key == "not-after") {
            readNotAfter(ctx, v, rule);
        } else if (key == "trigger") {
            readPatterns(ctx, v, key, rule.trigger);
        } else if (key == "trigger-where") {
            Where w = Where::any;
            if (readEnum<Where>(ctx, v, key, {{"first", Where::first}, {"any", Where::any}}, w))
                rule.triggerFirstOnly = w == Where::first;
        } else if (key == "expect") {
            readPatterns(ctx, v, key, rule.expect);
        } else if (key == "when") {
            readPatterns(ctx, v, key, rule.when);
        } else if (key == "within") {
            readInt(ctx, v, key, 1, rule.within);
        } else if (key == "where") {
            readEnum<Where>(ctx, v, key, {{"first", Where::first}, {"last", Where::last},
                                         {"every", Where::every}, {"any", Where::any}},
                            rule.where);
        } else if (key == "count") {
            readEnum<LimitCount>(ctx, v, key, {{"matches", LimitCount::matches}, {"words", LimitCount::words},
                                              {"shouting", LimitCount::shouting},
                                              {"sentences", LimitCount::sentences},
                                              {"paragraph-words", LimitCount::paragraphWords}},
                                 rule.count);
        } else if (key == "max") {
            readInt(ctx, v, key, 0, rule.max);
        } else if (key == "case") {
            std::string c;
            if (readString(ctx, v, key, c)) {
                if (c == "sensitive") rule.caseSensitive = true;
                else if (c != "insensitive")
                    ctx.error(v.Mark(), "field 'case' is '" + c + "'; expected insensitive or sensitive");
            }
        } else if (key == "nonword") {
            readBool(ctx, v, key, rule.nonword);
        } else if (key == "suggest") {
            std::string s;
            if (readString(ctx, v, key, s)) rule.suggest = s;
        } else if (key == "examples") {
            readExamples(ctx, v, rule);
        } else {
            ctx.error(kv.first.Mark(), "unknown field '" + key + "'" + didYouMean(key, kRuleFields));
        }
    }
    requireField(ctx, node, present.count("kind"), "kind", " (phrase, respond, require or limit)");
    requireField(ctx, node, present.count("message"), "message", "");
    switch (rule.kind) {
        case RuleKind::phrase:
            requireField(ctx, node, !rule.patterns.empty(), "patterns", " (a phrase rule needs patterns)");
            break;
        case RuleKind::respond:
            requireField(ctx, node, !rule.trigger.empty(), "trigger", " (a respond rule needs trigger patterns)");
            requireField(ctx, node, !rule.expect.empty(), "expect", " (a respond rule needs expect patterns)");
            break;
        case RuleKind::require:
            requireField(ctx, node, !rule.expect.empty(), "expect", " (a require rule needs expect patterns)");
            break;
        case RuleKind::limit:
            requireField(ctx, node, present.count("max"), "max", " (a limit rule needs max)");
            if (rule.count == LimitCount::matches) {
                requireField(ctx, node, !rule.patterns.empty(), "patterns",
                             " (a limit rule with count: matches needs patterns)");
            }
            break;
    }
    if (ctx.failed) return std::nullopt;
    return rule;
}

}  // namespace

std::string RuleError::format() const {
    std::ostringstream out;
    out << file;
    if (line) out << ':' << line << ':' << column;
    out << ": ";
    if (!ruleId.empty()) out << "rule " << ruleId << ": ";
    out << message;
    return out.str();
}

namespace {
RulePack loadRulePackText(std::string_view yamlText, const std::string& file, std::vector<RuleError>& errors);
}  // namespace

RulePack loadRulePack(std::string_view yamlText, const std::string& file, std::vector<RuleError>& errors) {
    size_t first = errors.size();
    RulePack pack = loadRulePackText(yamlText, file, errors);
    // Messages quote the file's text; each must stay one line whatever it holds.
    for (size_t i = first; i < errors.size(); ++i) {
        errors[i].message = utf8::oneLine(errors[i].message);
        errors[i].ruleId = utf8::oneLine(errors[i].ruleId);
    }
    return pack;
}

namespace {
RulePack loadRulePackText(std::string_view yamlText, const std::string& file, std::vector<RuleError>& errors) {
    RulePack pack;
    pack.file = file;
    LoadContext ctx{file, errors};
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yamlText));
    } catch (const YAML::Exception& e) {
        ctx.error(e.mark, "invalid YAML: " + e.msg);
        return pack;
    }
    if (!root.IsMap()) {
        ctx.error(root.Mark(), "a rule file must be a map with 'pack' and 'rules'");
        return pack;
    }
    for (const auto& kv : root) {
        std::string key = kv.first.Scalar();
        if (key == "pack") {
            readString(ctx, kv.second, key, pack.name);
        } else if (key == "description") {
            readString(ctx, kv.second, key, pack.description);
        } else if (key != "rules") {
            ctx.error(kv.first.Mark(), "unknown field '" + key + "'" + didYouMean(key, kPackFields));
        }
    }
    if (pack.name.empty()) {
        ctx.error(root.Mark(), "missing field 'pack' (the prefix of every rule id in the file)");
        return pack;
    }
    YAML::Node rules = root["rules"];
    if (!rules || !rules.IsSequence()) {
        ctx.error(rules ? rules.Mark() : root.Mark(), "field 'rules' must be a list of rules");
        return pack;
    }
    std::set<std::string> ids;
    for (const auto& node : rules) {
        if (auto rule = readRule(ctx, node, pack, ids)) pack.rules.push_back(std::move(*rule));
    }
    return pack;
}
}  // namespace

RulePack loadRuleFile(const std::string& path, std::vector<RuleError>& errors) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({path, 0, 0, "", "cannot read rule file"});
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return loadRulePack(text.str(), path, errors);
}

std::vector<std::string> ruleFilesUnder(const std::string& path, std::string& error) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            auto ext = it->path().extension().string();
            if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) {
                files.push_back(it->path().string());
            }
        }
        std::sort(files.begin(), files.end());
    } else if (fs::exists(path, ec)) {
        files.push_back(path);
    } else {
        error = "no such rule file or directory";
    }
    if (ec && error.empty()) error = ec.message();
    return files;
}

}  // namespace replylint
