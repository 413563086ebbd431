// Picks the reporter for --format, wrapped for --stats when asked.
#pragma once
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "report/reporter.h"

namespace replylint {

struct ReportOptions {
    std::string format = "text";
    bool color = false;     // text only
    bool stats = false;
};

// The --format values, in the order help lists them.
const std::vector<std::string>& reportFormats();

// The report goes to `out`; problems, the summary line and text statistics to `err`.
// nullptr for an unknown format.
std::unique_ptr<Reporter> makeReporter(const ReportOptions& options, std::FILE* out, std::FILE* err);

}  // namespace replylint
