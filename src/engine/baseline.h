// A baseline: findings accepted once and ignored from then on. A finding is known by its
// rule, file and normalised matched text (not its line), so edits elsewhere in the file do
// not break it; each recorded finding excuses one occurrence.
#pragma once
#include <map>
#include <string>
#include <tuple>

#include "model/finding.h"

namespace replylint {

class Baseline {
public:
    // False with `error` set when the file cannot be read or is not a baseline.
    bool load(const std::string& path, std::string& error);
    // True (and uses up one recorded occurrence) when f is in the baseline.
    bool consume(const Finding& f);

    void record(const Finding& f);
    // The recorded findings as a baseline file (JSON, sorted, one count per key).
    std::string serialise() const;

    // The key of a finding: rule, normalised path, normalised text.
    using Key = std::tuple<std::string, std::string, std::string>;
    static Key keyOf(const Finding& f);

private:
    std::map<Key, size_t> counts_;
};

}  // namespace replylint
