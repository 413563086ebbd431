#include "input/template_markup.h"

#include <cctype>

namespace replylint {

namespace {

// Placeholders are short; a lone "{{" in prose must not swallow the rest of the file.
constexpr size_t kMaxTagLength = 4096;

size_t findCloser(std::string_view text, size_t from, std::string_view closer) {
    size_t limit = std::min(text.size(), from + kMaxTagLength);
    size_t at = text.substr(0, limit).find(closer, from);
    return at == std::string_view::npos ? at : at + closer.size();
}

bool isFieldChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' || c == ':' ||
           c == '|' || c == '[' || c == ']';
}

// {first_name}, { ticket.id }: an identifier-like field, so prose braces stay text.
size_t mergeFieldEnd(std::string_view text, size_t open) {
    size_t i = open + 1;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || !(std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '_')) {
        return std::string_view::npos;
    }
    while (i < text.size() && isFieldChar(text[i]) && i - open < 128) ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    return i < text.size() && text[i] == '}' ? i + 1 : std::string_view::npos;
}

// A Liquid comment block hides everything up to its {% endcomment %}.
size_t liquidCommentEnd(std::string_view text, size_t tagEnd, std::string_view tag) {
    std::string_view inner = tag.substr(2, tag.size() - 4);
    while (!inner.empty() && (inner.front() == ' ' || inner.front() == '-')) inner.remove_prefix(1);
    while (!inner.empty() && (inner.back() == ' ' || inner.back() == '-')) inner.remove_suffix(1);
    if (inner != "comment") return tagEnd;
    size_t at = text.find("endcomment", tagEnd);
    if (at == std::string_view::npos) return tagEnd;
    size_t close = text.find("%}", at);
    return close == std::string_view::npos ? tagEnd : close + 2;
}

// {{#if}}, {{/if}}, {{^}}, {{else}}, {{! }}: Handlebars/Mustache sections and comments.
bool isMustacheLogic(std::string_view tag) {
    std::string_view inner = tag.substr(2);
    while (!inner.empty() && (inner.front() == ' ' || inner.front() == '~')) inner.remove_prefix(1);
    if (inner.empty()) return false;
    char c = inner.front();
    return c == '#' || c == '/' || c == '^' || c == '!' || inner.starts_with("else");
}

}  // namespace

std::vector<TemplateMarkup> findTemplateMarkup(std::string_view text) {
    std::vector<TemplateMarkup> spans;
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c != '{' && c != '%' && c != '[' && c != '<') {
            ++i;
            continue;
        }
        std::string_view rest = text.substr(i);
        size_t end = std::string_view::npos;
        bool value = false;
        if (rest.starts_with("{{{")) {
            end = findCloser(text, i + 3, "}}}");
            value = true;
        } else if (rest.starts_with("{{!--")) {
            end = findCloser(text, i + 5, "--}}");
        } else if (rest.starts_with("{{")) {
            end = findCloser(text, i + 2, "}}");
            value = !isMustacheLogic(rest);
        } else if (rest.starts_with("{%")) {
            end = findCloser(text, i + 2, "%}");
            if (end != std::string_view::npos) end = liquidCommentEnd(text, end, text.substr(i, end - i));
        } else if (rest.starts_with("{#")) {
            end = findCloser(text, i + 2, "#}");
        } else if (rest.starts_with("<!--")) {
            end = findCloser(text, i + 4, "-->");
        } else if (rest.starts_with("%{")) {
            end = findCloser(text, i + 2, "}");
            value = true;
        } else if (rest.starts_with("[[")) {
            end = findCloser(text, i + 2, "]]");
            value = true;
        } else if (c == '{') {
            end = mergeFieldEnd(text, i);
            value = true;
        }
        if (end == std::string_view::npos) {
            ++i;
            continue;
        }
        TemplateMarkup m;
        m.begin = i;
        m.end = end;
        m.rendersValue = value;
        spans.push_back(m);
        i = end;
    }
    return spans;
}

std::vector<TextSpan> findMarkupSeparators(std::string_view text) {
    constexpr size_t kMaxSeparator = 512;
    std::vector<TextSpan> spans;
    size_t i = 0;
    while (i < text.size()) {
        size_t end = std::string_view::npos;
        if (text[i] == '<' && i + 1 < text.size() &&
            (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/')) {
            // A tag closes on its own line, with no other tag opening inside it.
            for (size_t k = i + 1; k < text.size() && k - i < kMaxSeparator; ++k) {
                char c = text[k];
                if (c == '\n' || c == '<') break;
                if (c == '>') { end = k + 1; break; }
            }
        } else if (text[i] == ']' && i + 1 < text.size() && text[i + 1] == '(') {
            for (size_t k = i + 2; k < text.size() && k - i < kMaxSeparator; ++k) {
                if (text[k] == '\n') break;
                if (text[k] == ')') { end = k + 1; break; }
            }
        }
        if (end == std::string_view::npos) {
            ++i;
            continue;
        }
        spans.push_back({i, end});
        i = end;
    }
    return spans;
}

}  // namespace replylint
