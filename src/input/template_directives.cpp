#include "input/template_directives.h"

#include <array>
#include <cctype>

namespace replylint {

namespace {

constexpr std::string_view kPrefix = "replylint-disable";

// Comment openers and closers of the template languages and the usual file formats.
constexpr std::array<std::string_view, 9> kOpeners = {"<!--", "{{!--", "{{!", "{#", "{%", "/*", "//", "#", ";"};
constexpr std::array<std::string_view, 8> kClosers = {"-->", "--}}", "}}", "#}", "%}", "*/",
                                                      "{% endcomment", "{%- endcomment"};

size_t lineEnd(std::string_view s, size_t from) {
    size_t i = from;
    while (i < s.size() && s[i] != '\n' && s[i] != '\r') ++i;
    return i;
}

size_t lineStart(std::string_view s, size_t at) {
    while (at > 0 && s[at - 1] != '\n' && s[at - 1] != '\r') --at;
    return at;
}

// The nearest comment opener before the directive on its line, else the directive itself.
size_t commentStart(std::string_view source, size_t directive) {
    size_t begin = lineStart(source, directive);
    std::string_view before = source.substr(begin, directive - begin);
    // The nearest opener: in "Call #123 today // replylint-…" the comment starts at "//".
    size_t best = std::string_view::npos;
    for (std::string_view opener : kOpeners) {
        size_t at = before.rfind(opener);
        if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) best = at;
    }
    return best == std::string_view::npos ? directive : begin + best;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace

ParsedDirectives findDirectives(std::string_view source, const SourceLocator& locator) {
    ParsedDirectives out;
    size_t at = 0;
    while ((at = source.find(kPrefix, at)) != std::string_view::npos) {
        size_t afterPrefix = at + kPrefix.size();
        std::string_view rest = source.substr(afterPrefix);
        DirectiveScope scope;
        size_t nameEnd;
        if (rest.starts_with("-next-line")) {
            scope = DirectiveScope::nextLine;
            nameEnd = afterPrefix + 10;
        } else if (rest.starts_with("-line")) {
            scope = DirectiveScope::line;
            nameEnd = afterPrefix + 5;
        } else if (rest.starts_with("-file")) {
            scope = DirectiveScope::file;
            nameEnd = afterPrefix + 5;
        } else {
            at = afterPrefix;
            continue;
        }
        bool bounded = nameEnd >= source.size() || std::isspace(static_cast<unsigned char>(source[nameEnd])) ||
                       source[nameEnd] == '-' || source[nameEnd] == '#' || source[nameEnd] == '}' ||
                       source[nameEnd] == '*' || source[nameEnd] == '%';
        if (!bounded) {
            at = nameEnd;
            continue;
        }
        // The directive runs to its comment's closer on the same line, else to the line end.
        size_t end = lineEnd(source, nameEnd);
        size_t bodyEnd = end;
        std::string_view line = source.substr(nameEnd, end - nameEnd);
        for (std::string_view closer : kClosers) {
            size_t c = line.find(closer);
            if (c == std::string_view::npos) continue;
            // "--" alone starts the reason; "-->" and "--}}" close the comment.
            if (nameEnd + c < bodyEnd) {
                bodyEnd = nameEnd + c;
                end = bodyEnd + closer.size();
            }
        }
        std::string_view body = source.substr(nameEnd, bodyEnd - nameEnd);
        SuppressionDirective d;
        d.scope = scope;
        size_t reasonAt = std::string_view::npos;
        for (size_t i = 0; i + 1 < body.size(); ++i) {
            if (body[i] == '-' && body[i + 1] == '-' && (i == 0 || std::isspace(static_cast<unsigned char>(body[i - 1])))) {
                reasonAt = i;
                break;
            }
        }
        std::string_view ruleList = body.substr(0, reasonAt);
        if (reasonAt != std::string_view::npos) d.reason = std::string(trim(body.substr(reasonAt + 2)));
        size_t i = 0;
        while (i < ruleList.size()) {
            while (i < ruleList.size() && (ruleList[i] == ',' || std::isspace(static_cast<unsigned char>(ruleList[i])))) ++i;
            size_t j = i;
            while (j < ruleList.size() && ruleList[j] != ',' && !std::isspace(static_cast<unsigned char>(ruleList[j]))) ++j;
            if (j > i) d.rules.emplace_back(ruleList.substr(i, j - i));
            i = j;
        }
        size_t begin = commentStart(source, at);
        d.range = locator.range(at, bodyEnd);
        uint32_t lastLine = locator.position(end).line;
        d.targetLine = scope == DirectiveScope::nextLine ? lastLine + 1 : d.range.start.line;
        out.directives.push_back(std::move(d));
        out.spans.push_back({begin, end});
        at = end;
    }
    return out;
}

}  // namespace replylint
