// Where the report goes: stdout, or (-o FILE) a temporary file beside FILE that replaces
// it by rename only once the whole report is written, so a reader never sees half a report.
#pragma once
#include <cstdio>
#include <string>

namespace replylint {

class ReportOutput {
public:
    ReportOutput() = default;
    ReportOutput(const ReportOutput&) = delete;
    ReportOutput& operator=(const ReportOutput&) = delete;
    ~ReportOutput();   // removes the temporary file if the report was never committed

    // "" or "-" means stdout. False with `error` set when the file cannot be created.
    bool open(const std::string& path, std::string& error);
    std::FILE* stream() const { return stream_; }
    // Flushes and, for a file, moves it into place. False with `error` set on any write
    // error (disk full, closed pipe, …); the target is then left untouched.
    bool commit(std::string& error);

private:
    std::string path_;
    std::string temp_;
    std::FILE* stream_ = stdout;
};

}  // namespace replylint
