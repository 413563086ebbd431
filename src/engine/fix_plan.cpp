#include "engine/fix_plan.h"

#include <algorithm>
#include <cctype>

#include "input/template_markup.h"

namespace replylint {

std::string fittedReplacement(std::string_view matched, std::string_view suggestion) {
    std::string out(suggestion);
    // "Kindly" at a sentence start becomes "Please"; an acronym ("ASAP") says nothing of that.
    bool acronym = std::none_of(matched.begin(), matched.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (!matched.empty() && !out.empty() && !acronym && std::isupper(static_cast<unsigned char>(matched[0])) &&
        std::islower(static_cast<unsigned char>(out[0]))) {
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
}

bool FixPlan::accept(const Finding& f, std::string_view source, bool structured) {
    if (!f.fix || f.suppressed) return false;
    if (source.size() != f.range.end.byte - f.range.start.byte) return false;   // not all in view
    if (!findTemplateMarkup(source).empty()) return false;
    if (structured && f.fix->find_first_of("\"'\\#:\n\r") != std::string::npos) return false;
    uint64_t begin = f.range.start.byte, end = f.range.end.byte;
    if (end <= begin) return false;
    std::vector<FixEdit>& list = edits_[f.path];
    auto at = std::lower_bound(list.begin(), list.end(), begin,
                               [](const FixEdit& e, uint64_t b) { return e.begin < b; });
    if (at != list.end() && at->begin < end) return false;
    if (at != list.begin() && std::prev(at)->end > begin) return false;
    list.insert(at, {begin, end, fittedReplacement(f.matchedText, *f.fix)});
    return true;
}

}  // namespace replylint
