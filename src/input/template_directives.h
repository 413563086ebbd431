// Reads the inline directives of a template ("replylint-disable-line RULE -- reason") from
// whatever comment holds them: <!-- -->, {# #}, {{! }}, {% comment %}, #, //, /* */.
#pragma once
#include <string_view>
#include <vector>

#include "input/template_markup.h"
#include "model/suppression.h"
#include "text/source_locator.h"

namespace replylint {

struct ParsedDirectives {
    std::vector<SuppressionDirective> directives;
    std::vector<TextSpan> spans;   // the comments holding them (source offsets), never linted
};

ParsedDirectives findDirectives(std::string_view source, const SourceLocator& locator);

}  // namespace replylint
