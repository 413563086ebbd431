// An inline directive in a template that turns rules off for a line, the next line or
// the whole file ("replylint-disable-next-line tone/x -- reason").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/finding.h"

namespace replylint {

enum class DirectiveScope { line, nextLine, file };

struct SuppressionDirective {
    DirectiveScope scope = DirectiveScope::line;
    std::vector<std::string> rules;   // ids or globs ("tone/*"); empty: every rule
    std::string reason;               // the text after "--", kept as the justification
    uint32_t targetLine = 0;          // the line it covers (line and next-line scopes)
    SourceRange range;                // where the directive is written
};

}  // namespace replylint
