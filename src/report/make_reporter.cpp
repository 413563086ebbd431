#include "report/make_reporter.h"

#include "report/github_reporter.h"
#include "report/json_reporter.h"
#include "report/jsonl_reporter.h"
#include "report/sarif_reporter.h"
#include "report/stats.h"
#include "report/text_reporter.h"

namespace replylint {

const std::vector<std::string>& reportFormats() {
    static const std::vector<std::string> formats = {"text", "sarif", "json", "jsonl", "github"};
    return formats;
}

std::unique_ptr<Reporter> makeReporter(const ReportOptions& options, std::FILE* out, std::FILE* err) {
    std::unique_ptr<Reporter> reporter;
    const std::string& f = options.format;
    if (f == "text") reporter = std::make_unique<TextReporter>(out, err, options.color);
    else if (f == "sarif") reporter = std::make_unique<SarifReporter>(out, err);
    else if (f == "json") reporter = std::make_unique<JsonReporter>(out, err);
    else if (f == "jsonl") reporter = std::make_unique<JsonlReporter>(out, err);
    else if (f == "github") reporter = std::make_unique<GithubReporter>(out, err);
    else return nullptr;
    if (!options.stats) return reporter;
    // json carries the statistics in its document; every other format gets the text tables
    // on stderr, so its own output stays what tools expect.
    std::FILE* table = f == "json" ? nullptr : err;
    return std::make_unique<StatsReporter>(std::move(reporter), table);
}

}  // namespace replylint
