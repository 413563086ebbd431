// Which findings --fix applies: a `suggest` replacement in a template, whose match holds
// no placeholder and overlaps no other accepted fix. The edits are applied later, per file.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/finding.h"

namespace replylint {

struct FixEdit {
    uint64_t begin = 0;
    uint64_t end = 0;           // source byte range replaced
    std::string replacement;
};

class FixPlan {
public:
    // True when f will be fixed (then it is not reported). `source` holds the bytes the fix
    // would replace: a match across template markup is never rewritten. In a `structured`
    // file (YAML/JSON) a replacement that would need quoting or escaping is not applied.
    bool accept(const Finding& f, std::string_view source, bool structured);

    // Edits per path (as reported), sorted by position, disjoint.
    const std::map<std::string, std::vector<FixEdit>>& edits() const { return edits_; }

private:
    std::map<std::string, std::vector<FixEdit>> edits_;
};

// The suggestion as it should read in place: capitalised when the match was.
std::string fittedReplacement(std::string_view matched, std::string_view suggestion);

}  // namespace replylint
