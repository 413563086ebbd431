// Reads a YAML or JSON file of macros: a list or map whose entries carry the reply in a
// field such as comment, body, text, value or content (or a map of name → reply). Each
// reply keeps the source offset of every byte, so findings point into the file.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

// Decoded text with the source offset of each byte (origin has one entry per byte of text).
struct MappedText {
    std::string text;
    std::vector<uint64_t> origin;
};

struct CollectionEntry {
    std::string name;   // the entry's title/name/id, or its key, or its index path
    MappedText reply;
};

struct CollectionResult {
    std::vector<CollectionEntry> entries;
    std::string error;       // set when the file is not valid YAML/JSON
    uint32_t errorLine = 0;
};

CollectionResult readCollection(std::string_view source);

// Maps a scalar's decoded value back to the source, starting at the scalar's first byte
// (its quote, block indicator or first character). Exposed for tests.
MappedText alignScalar(std::string_view source, size_t start, std::string_view decoded);

}  // namespace replylint
