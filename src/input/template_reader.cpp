#include "input/template_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "input/input_format.h"
#include "input/markdown_entries.h"
#include "input/template_collection.h"
#include "input/template_directives.h"
#include "input/template_markup.h"
#include "text/turn_text_builder.h"
#include "text/utf8.h"

namespace replylint {

namespace {

bool oneOf(const std::string& ext, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), ext) != list.end();
}

bool isMarkdown(const std::string& ext) { return oneOf(ext, {".md", ".mdx", ".markdown"}); }
bool isCollection(const std::string& ext) { return oneOf(ext, {".yaml", ".yml", ".json"}); }

MappedText identity(std::string_view source, TextSpan span) {
    MappedText m;
    m.text.assign(source.substr(span.begin, span.end - span.begin));
    m.origin.reserve(m.text.size() + 1);
    for (size_t i = span.begin; i <= span.end; ++i) m.origin.push_back(i);
    return m;
}

// How a byte of template text reads: as itself, as part of a value placeholder, as a break
// between words (a Markdown/HTML tag or link target), or not at all.
enum class Mask : uint8_t { text, value, separator, silent };

// Marks the bytes of directive comments (by source offset) and of template markup.
std::vector<Mask> maskOf(const MappedText& text, const std::vector<TextSpan>& directiveComments) {
    std::vector<Mask> masked(text.text.size(), Mask::text);
    for (const TemplateMarkup& m : findTemplateMarkup(text.text)) {
        std::fill(masked.begin() + static_cast<long>(m.begin), masked.begin() + static_cast<long>(m.end),
                  m.rendersValue ? Mask::value : Mask::silent);
    }
    // Templates of every kind carry HTML (e-mail macros) or Markdown.
    for (const TextSpan& s : findMarkupSeparators(text.text)) {
        if (std::any_of(masked.begin() + static_cast<long>(s.begin), masked.begin() + static_cast<long>(s.end),
                        [](Mask m) { return m != Mask::text; })) {
            continue;   // <a href="{{ url }}">: the placeholder inside decides
        }
        std::fill(masked.begin() + static_cast<long>(s.begin), masked.begin() + static_cast<long>(s.end),
                  Mask::separator);
    }
    if (directiveComments.empty()) return masked;
    // The comments are sorted and disjoint: find the one at or before each byte's origin.
    for (size_t i = 0; i < text.text.size(); ++i) {
        uint64_t at = text.origin[i];
        auto after = std::upper_bound(directiveComments.begin(), directiveComments.end(), at,
                                      [](uint64_t offset, const TextSpan& c) { return offset < c.begin; });
        if (after != directiveComments.begin() && at < std::prev(after)->end) masked[i] = Mask::silent;
    }
    return masked;
}

// One agent turn from mapped text: a value placeholder becomes one placeholder word standing
// for its whole source range; logic tags and comments render nothing. Offsets never move.
Conversation templateConversation(std::string id, std::string_view source, const MappedText& text,
                                  const std::vector<TextSpan>& directiveComments) {
    std::vector<Mask> masked = maskOf(text, directiveComments);
    Conversation conv;
    conv.id = std::move(id);
    Turn& turn = conv.turns.emplace_back();
    turn.speaker = "template";
    turn.role = Role::agent;
    TurnTextBuilder builder(turn.body);
    const std::string& t = text.text;
    size_t i = 0;
    while (i < t.size()) {
        if (masked[i] != Mask::text) {
            size_t j = i;
            while (j < t.size() && masked[j] == masked[i]) ++j;
            if (masked[i] == Mask::separator) builder.appendDecoded(" ", text.origin[i], text.origin[j]);
            if (masked[i] == Mask::value) {
                // Kept apart from letters it touches, so "ASAP{{ mark }}" still has its word.
                auto isWordByte = [&](size_t k) {
                    auto c = static_cast<unsigned char>(t[k]);
                    return std::isalnum(c) || c == '_' || c >= 0x80;
                };
                std::string word(kPlaceholderWord);
                if (i > 0 && masked[i - 1] == Mask::text && isWordByte(i - 1)) word.insert(0, " ");
                if (j < t.size() && masked[j] == Mask::text && isWordByte(j)) word += ' ';
                builder.appendDecoded(word, text.origin[i], text.origin[j]);
            }
            i = j;
            continue;
        }
        int len = 1;
        utf8::decode(t, i, len);
        std::string_view unit = std::string_view(t).substr(i, len);
        uint64_t at = text.origin[i];
        if (source.substr(at, unit.size()) == unit) {
            builder.appendSource(unit, at);
        } else {
            uint64_t end = text.origin[i + len];
            builder.appendDecoded(unit, at, end > at ? end : at + 1);
        }
        i += len;
    }
    builder.finish();
    return conv;
}

}  // namespace

bool isTemplateExtension(std::string_view path) {
    std::string ext = lowerExtension(path);
    return isTemplateOnlyExtension(path) || isMarkdown(ext) || isCollection(ext) || oneOf(ext, {".txt", ".html", ".htm"});
}

bool isRepositoryDocument(std::string_view fileName) {
    std::string stem = std::filesystem::path(std::string(fileName)).stem().string();
    std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::toupper(c); });
    return oneOf(stem, {"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING",
                        "CODE_OF_CONDUCT", "SECURITY", "NOTICE", "AUTHORS"});
}

bool isTemplateOnlyExtension(std::string_view path) {
    return oneOf(lowerExtension(path),
                 {".liquid", ".hbs", ".handlebars", ".mustache", ".j2", ".jinja", ".jinja2", ".mdx"});
}

void readTemplate(std::string_view bytes, const std::string& path, ConversationSink& sink) {
    SourceLocator locator(bytes);
    ParsedDirectives directives = findDirectives(bytes, locator);
    std::string ext = lowerExtension(path);
    if (isCollection(ext)) {
        CollectionResult collection = readCollection(bytes);
        if (!collection.error.empty()) {
            sink.diagnostic({path, collection.errorLine, Severity::error,
                             "not a valid YAML/JSON macro file: " + collection.error});
            return;
        }
        if (collection.entries.empty()) {
            sink.diagnostic({path, 0, Severity::warning,
                             "no replies found (expected entries with a comment, body, text, value or content field)"});
            return;
        }
        // Only once there is something to lint: a broken file's directives are not "unused".
        sink.templateInput(directives.directives, true);
        for (const CollectionEntry& e : collection.entries) {
            sink.conversation(templateConversation(e.name, bytes, e.reply, directives.spans), locator);
        }
        return;
    }
    sink.templateInput(directives.directives, false);
    if (isMarkdown(ext)) {
        for (const MarkdownEntry& e : splitMarkdownReplies(bytes)) {
            std::string id = e.name.empty() ? path : e.name;
            sink.conversation(templateConversation(id, bytes, identity(bytes, e.span), directives.spans), locator);
        }
        return;
    }
    size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    sink.conversation(templateConversation(path, bytes, identity(bytes, {start, bytes.size()}), directives.spans),
                      locator);
}

}  // namespace replylint
