// Writes one-line JSON straight into a string, byte for byte as nlohmann's dump() (no
// indent, UTF-8 kept, invalid UTF-8 replaced by U+FFFD) would print the same document.
// For the per-finding JSON Lines output: building an ordered_json object first costs an
// allocation per key and value, and a JSONL run writes one object per finding.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace replylint {

class CompactJson {
public:
    explicit CompactJson(std::string& out) : out_(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // The key of the next member (written escaped, like any string).
    void key(std::string_view k);

    void string(std::string_view s);
    void number(uint64_t n);
    void boolean(bool b);
    void null();

private:
    void open(char c);
    void close(char c);
    void beforeValue();

    std::string& out_;
    bool first_ = true;       // no member or element yet in the innermost container
    bool afterKey_ = false;   // a key was written, its value comes next
};

// Appends s as a JSON string literal, quotes included, as nlohmann's serializer escapes it.
void appendJsonString(std::string& out, std::string_view s);

}  // namespace replylint
