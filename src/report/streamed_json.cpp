#include "report/streamed_json.h"

#include "report/finding_json.h"

namespace replylint {

namespace {

// Where the quoted placeholder sits in the pretty-printed skeleton.
size_t placeholderAt(const std::string& text) {
    return text.find(std::string("\"") + StreamedJsonArray::kPlaceholder + "\"");
}

// Strings never hold a raw newline once dumped, so every '\n' starts a line.
std::string indented(const std::string& text, const std::string& indent) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

}  // namespace

void StreamedJsonArray::open(const nlohmann::ordered_json& skeleton) {
    std::string text = dumpJson(skeleton, 2);
    size_t at = placeholderAt(text);
    size_t lineStart = text.rfind('\n', at) + 1;   // npos + 1 == 0 for a one-line document
    indent_ = text.substr(lineStart, text.find_first_not_of(' ', lineStart) - lineStart);
    std::string head = text.substr(0, at) + "[";
    std::fputs(head.c_str(), out_);
    open_ = true;
}

void StreamedJsonArray::item(const nlohmann::ordered_json& item) {
    std::string itemIndent = indent_ + "  ";
    std::string text = (items_++ ? ",\n" : "\n") + itemIndent + indented(dumpJson(item, 2), itemIndent);
    std::fputs(text.c_str(), out_);
}

void StreamedJsonArray::close(const nlohmann::ordered_json& skeleton) {
    std::string text = dumpJson(skeleton, 2);
    size_t at = placeholderAt(text) + std::string(kPlaceholder).size() + 2;
    std::string tail = (items_ ? "\n" + indent_ + "]" : std::string("]")) + text.substr(at) + "\n";
    std::fputs(tail.c_str(), out_);
}

}  // namespace replylint
