// A finding is what the engine reports and every report format prints.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/severity.h"

namespace replylint {

struct SourcePosition {
    uint32_t line = 0;        // 1-based
    uint32_t column = 0;      // 1-based, in Unicode code points
    uint32_t utf16Column = 0; // 1-based, in UTF-16 code units (SARIF)
    uint64_t byte = 0;        // 0-based byte offset in the file
};

struct SourceRange {
    SourcePosition start;
    SourcePosition end;       // exclusive
    std::string lineText;     // the source line holding start, for display
};

struct RelatedLocation {
    SourceRange range;
    std::string message;
};

struct Finding {
    std::string ruleId;
    Severity severity = Severity::warning;
    std::string message;
    std::string path;          // as the user named it ("-" or --stdin-filename for stdin)
    SourceRange range;
    std::string conversationId;
    uint32_t turnIndex = 0;
    std::string speaker;
    std::string role;
    std::string matchedText;   // the normalised text that was matched
    std::optional<std::string> fix;
    std::vector<RelatedLocation> related;
    bool suppressed = false;
    // Why, when suppressed: "inSource" (a directive in the file) or "external" (a baseline),
    // and the directive's reason.
    std::string suppressionKind;
    std::string suppressionReason;
};

}  // namespace replylint
