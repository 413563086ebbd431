#include "input/input_format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "input/template_reader.h"

namespace replylint {

std::string lowerExtension(std::string_view path) {
    std::string ext = std::filesystem::path(std::string(path)).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

namespace {

bool startsWithHeader(std::string_view line) {
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
    for (size_t i = 0; i < colon; ++i) {
        char c = line[i];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-')) return false;
    }
    return true;
}

// RFC 5322 headers: the first lines are `Name: value` with names a mail has.
bool looksLikeEmail(std::string_view head) {
    static constexpr std::array<std::string_view, 9> kHeaders = {
        "received:", "message-id:", "mime-version:", "return-path:", "date:", "from:",
        "subject:", "to:", "delivered-to:"};
    int known = 0, lines = 0;
    size_t pos = 0;
    while (pos < head.size() && lines < 30) {
        size_t end = head.find('\n', pos);
        std::string_view line = head.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) break;
        if (line[0] == ' ' || line[0] == '\t') { pos = end == std::string_view::npos ? head.size() : end + 1; continue; }
        if (!startsWithHeader(line)) return false;
        std::string lower(line.substr(0, line.find(':') + 1));
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        for (auto h : kHeaders) known += lower == h;
        ++lines;
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    return known >= 2;
}

}  // namespace

std::string_view inputFormatName(InputFormat f) {
    switch (f) {
        case InputFormat::autodetect: return "auto";
        case InputFormat::chat: return "chat";
        case InputFormat::email: return "email";
        case InputFormat::mbox: return "mbox";
        case InputFormat::jsonl: return "jsonl";
        case InputFormat::json: return "json";
        case InputFormat::templ: return "template";
    }
    return "auto";
}

bool parseInputFormat(std::string_view name, InputFormat& out) {
    for (auto f : {InputFormat::autodetect, InputFormat::chat, InputFormat::email, InputFormat::mbox,
                   InputFormat::jsonl, InputFormat::json, InputFormat::templ}) {
        if (name == inputFormatName(f)) { out = f; return true; }
    }
    return false;
}

InputFormat detectInputFormat(std::string_view path, std::string_view head) {
    std::string ext = lowerExtension(path);
    if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::jsonl;
    if (ext == ".json") return InputFormat::json;
    if (ext == ".eml") return InputFormat::email;
    if (ext == ".mbox") return InputFormat::mbox;
    if (isTemplateOnlyExtension(path)) return InputFormat::templ;
    size_t i = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    std::string_view rest = head.substr(i);
    if (rest.substr(0, 1) == "{") return InputFormat::jsonl;
    if (rest.substr(0, 1) == "[" && rest.find("\"messages\"") != std::string_view::npos) return InputFormat::json;
    if (rest.substr(0, 1) == "[" && rest.find("\"turns\"") != std::string_view::npos) return InputFormat::json;
    if (rest.substr(0, 5) == "From " && looksLikeEmail(rest.substr(rest.find('\n') + 1))) return InputFormat::mbox;
    if (looksLikeEmail(rest)) return InputFormat::email;
    return InputFormat::chat;
}

bool isLintableExtension(std::string_view path) {
    static constexpr std::array<std::string_view, 9> kExtensions = {
        ".txt", ".chat", ".log", ".transcript", ".jsonl", ".ndjson", ".json", ".eml", ".mbox"};
    std::string ext = lowerExtension(path);
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end() ||
           isTemplateOnlyExtension(path);
}

}  // namespace replylint
