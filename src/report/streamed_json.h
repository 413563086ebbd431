// Writes a JSON document whose one large array (findings, SARIF results) is streamed item
// by item, so memory stays bounded however many findings a run has. The document is
// described by a skeleton holding kPlaceholder where the array goes; everything before the
// placeholder is written first, the rest once the array is complete.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

namespace replylint {

class StreamedJsonArray {
public:
    static constexpr const char* kPlaceholder = "@@replylint-streamed-array@@";

    explicit StreamedJsonArray(std::FILE* out) : out_(out) {}

    bool isOpen() const { return open_; }
    // Writes the skeleton up to the array. Nothing before the placeholder may differ in
    // the skeleton later given to close().
    void open(const nlohmann::ordered_json& skeleton);
    void item(const nlohmann::ordered_json& item);
    // Ends the array and writes the rest of the skeleton, with a final newline.
    void close(const nlohmann::ordered_json& skeleton);

private:
    std::FILE* out_;
    bool open_ = false;
    size_t items_ = 0;
    std::string indent_;   // of the line holding the array
};

}  // namespace replylint
