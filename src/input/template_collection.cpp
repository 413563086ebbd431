#include "input/template_collection.h"

#include <yaml-cpp/yaml.h>

#include <array>
#include <cctype>

#include "text/utf8.h"

namespace replylint {

namespace {

constexpr std::array<std::string_view, 7> kTextFields = {"comment", "body", "text", "value",
                                                         "content", "comment_value", "html_body"};
constexpr std::array<std::string_view, 5> kNameFields = {"title", "name", "id", "key", "slug"};

bool isTextField(const std::string& key) {
    for (auto f : kTextFields) if (key == f) return true;
    return false;
}

bool isSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Length of the escape at source[j] ('\' in a double-quoted scalar).
size_t escapeLength(std::string_view source, size_t j) {
    if (j + 1 >= source.size()) return 1;
    switch (source[j + 1]) {
        case 'x': return 4;
        case 'u': return 6;
        case 'U': return 10;
        default: return 2;
    }
}

std::string entryName(const YAML::Node& node, const std::string& fallback) {
    if (node.IsMap()) {
        for (auto field : kNameFields) {
            YAML::Node n = node[std::string(field)];
            if (n && n.IsScalar()) return n.Scalar();
        }
    }
    return fallback;
}

// JSON writes characters beyond U+FFFF as surrogate-pair escapes ("\\ud83d\\ude00"), which
// yaml-cpp rejects. Each \\uD800–\\uDFFF escape becomes \\uFFFD, the same length, so the
// file still parses and every offset stays put; an emoji is nothing a rule reads.
std::string withoutSurrogateEscapes(std::string_view source) {
    std::string out(source);
    for (size_t i = 0; i + 5 < out.size(); ++i) {
        if (out[i] != '\\') continue;
        if (out[i + 1] == '\\') { ++i; continue; }   // an escaped backslash
        char hi = static_cast<char>(std::tolower(static_cast<unsigned char>(out[i + 3])));
        if (out[i + 1] == 'u' && (out[i + 2] == 'd' || out[i + 2] == 'D') &&
            (hi == '8' || hi == '9' || hi == 'a' || hi == 'b' || hi == 'c' || hi == 'd' || hi == 'e' || hi == 'f')) {
            out.replace(i + 2, 4, "FFFD");
            i += 5;
        }
    }
    return out;
}

void collect(const YAML::Node& node, const std::string& name, std::string_view source,
             std::vector<CollectionEntry>& out, int depth) {
    if (depth > 32) return;
    if (node.IsSequence()) {
        for (size_t i = 0; i < node.size(); ++i) {
            // Items inside a named entry (Zendesk's actions) belong to that entry.
            std::string fallback = name.empty() ? std::to_string(i + 1) : name;
            collect(node[i], entryName(node[i], fallback), source, out, depth + 1);
        }
        return;
    }
    if (!node.IsMap()) return;
    for (const auto& kv : node) {
        if (!kv.first.IsScalar()) continue;
        const std::string& key = kv.first.Scalar();
        const YAML::Node& value = kv.second;
        if (value.IsScalar() && isTextField(key)) {
            // Zendesk-style actions carry {field: comment_value, value: …}.
            out.push_back({name.empty() ? key : name, alignScalar(source, value.Mark().pos, value.Scalar())});
        } else if (value.IsMap() || value.IsSequence()) {
            std::string child = entryName(value, name.empty() ? key : name);
            collect(value, child, source, out, depth + 1);
        }
    }
}

// A top-level map of name → reply ("greeting: Hi {{name}}, …").
bool collectPlainMap(const YAML::Node& root, std::string_view source, std::vector<CollectionEntry>& out) {
    if (!root.IsMap() || root.size() == 0) return false;
    for (const auto& kv : root) {
        if (!kv.first.IsScalar() || !kv.second.IsScalar()) return false;
    }
    for (const auto& kv : root) {
        out.push_back({kv.first.Scalar(), alignScalar(source, kv.second.Mark().pos, kv.second.Scalar())});
    }
    return true;
}

}  // namespace

MappedText alignScalar(std::string_view source, size_t start, std::string_view decoded) {
    MappedText out;
    size_t j = std::min(start, source.size());
    char style = j < source.size() ? source[j] : 0;
    bool doubleQuoted = style == '"';
    if (style == '"' || style == '\'') {
        ++j;
    } else if (style == '|' || style == '>') {
        while (j < source.size() && source[j] != '\n') ++j;   // the block header line
    }
    size_t i = 0;
    while (i < decoded.size()) {
        int len = 1;
        utf8::decode(decoded, i, len);
        std::string_view unit = decoded.substr(i, len);
        if (unit.size() == 1 && isSpaceByte(unit[0])) {
            // Folded line breaks, indentation and \n escapes all stand for white space.
            size_t from = j;
            if (j < source.size() && isSpaceByte(source[j])) {
                while (j < source.size() && isSpaceByte(source[j])) ++j;
            } else if (doubleQuoted && j + 1 < source.size() && source[j] == '\\') {
                j += escapeLength(source, j);
            }
            for (char c : unit) { out.text += c; out.origin.push_back(from); }
            i += len;
            continue;
        }
        // Skip what the scalar's syntax adds before the next character: indentation, a
        // line continuation, a quote's escape.
        size_t k = j;
        while (k < source.size() && (isSpaceByte(source[k]) || (doubleQuoted && source[k] == '\\' &&
                                                                 k + 1 < source.size() && isSpaceByte(source[k + 1])))) {
            ++k;
        }
        if (source.substr(k, unit.size()) == unit && !(doubleQuoted && unit == "\\")) {
            for (size_t b = 0; b < unit.size(); ++b) { out.text += unit[b]; out.origin.push_back(k + b); }
            j = k + unit.size() + (style == '\'' && unit == "'" ? 1 : 0);   // '' in single quotes
        } else if (doubleQuoted && k < source.size() && source[k] == '\\') {
            size_t n = escapeLength(source, k);
            for (char c : unit) { out.text += c; out.origin.push_back(k); }
            // A surrogate pair decodes to one 4-byte character.
            j = k + n;
        } else {
            // Not found where expected: keep the text at the last known position.
            for (char c : unit) { out.text += c; out.origin.push_back(j); }
        }
        i += len;
    }
    out.origin.push_back(j);
    return out;
}

CollectionResult readCollection(std::string_view original) {
    CollectionResult result;
    std::string parsed = withoutSurrogateEscapes(original);
    std::string_view source = parsed;
    YAML::Node root;
    try {
        root = YAML::Load(parsed);
    } catch (const YAML::Exception& e) {
        result.error = e.msg;
        result.errorLine = static_cast<uint32_t>(e.mark.line + 1);
        return result;
    }
    if (!collectPlainMap(root, source, result.entries)) collect(root, "", source, result.entries, 0);
    return result;
}

}  // namespace replylint
