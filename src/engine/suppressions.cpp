#include "engine/suppressions.h"

#include <fnmatch.h>

namespace replylint {

namespace {

bool coversRule(const SuppressionDirective& d, const std::string& ruleId) {
    if (d.rules.empty()) return true;
    for (const std::string& r : d.rules) {
        if (r == ruleId || ::fnmatch(r.c_str(), ruleId.c_str(), 0) == 0) return true;
    }
    return false;
}

bool coversLine(const SuppressionDirective& d, uint32_t line) {
    return d.scope == DirectiveScope::file || d.targetLine == line;
}

std::string scopeName(DirectiveScope s) {
    switch (s) {
        case DirectiveScope::line: return "replylint-disable-line";
        case DirectiveScope::nextLine: return "replylint-disable-next-line";
        case DirectiveScope::file: return "replylint-disable-file";
    }
    return "";
}

}  // namespace

const Rule& unusedDirectiveRule() {
    static const Rule rule = [] {
        Rule r;
        r.id = kUnusedDirectiveRule;
        r.pack = "replylint";
        r.severity = Severity::warning;
        r.speaker = Role::agent;
        r.message = "This directive suppresses nothing; remove it.";
        r.description = "Checks of replylint's own inline directives.";
        r.help = "A replylint-disable directive that no finding needs hides future findings silently. "
                 "Remove it, or correct the rule id it names.";
        r.origin.file = "builtin:replylint";
        return r;
    }();
    return rule;
}

void InputSuppressions::reset(std::vector<SuppressionDirective> directives) {
    directives_ = std::move(directives);
    used_.assign(directives_.size(), false);
}

bool InputSuppressions::apply(Finding& f) {
    for (size_t i = 0; i < directives_.size(); ++i) {
        const SuppressionDirective& d = directives_[i];
        if (!coversRule(d, f.ruleId) || !coversLine(d, f.range.start.line)) continue;
        used_[i] = true;
        if (!f.suppressed) {
            f.suppressed = true;
            f.suppressionKind = "inSource";
            f.suppressionReason = d.reason;
        }
    }
    return f.suppressed;
}

std::vector<Finding> InputSuppressions::unusedDirectives(const std::string& path) const {
    std::vector<Finding> out;
    const Rule& rule = unusedDirectiveRule();
    for (size_t i = 0; i < directives_.size(); ++i) {
        if (used_[i]) continue;
        const SuppressionDirective& d = directives_[i];
        Finding f;
        f.ruleId = rule.id;
        f.severity = rule.severity;
        std::string what = scopeName(d.scope);
        for (size_t k = 0; k < d.rules.size(); ++k) what += (k ? "," : " ") + d.rules[k];
        f.message = "'" + what + "' suppresses nothing; remove it.";
        f.path = path;
        f.range = d.range;
        f.conversationId = path;
        f.speaker = "template";
        f.role = "agent";
        f.matchedText = what;
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace replylint
