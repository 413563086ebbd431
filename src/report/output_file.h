// Where the report goes: stdout, or (-o FILE) a temporary file beside FILE that replaces
// it by rename only once the whole report is written, so a reader never sees half a report.
#pragma once
#include <sys/types.h>

#include <cstdio>
#include <functional>
#include <string>

namespace replylint {

class ReportOutput {
public:
    // `what` names the file in errors ("cannot write the report to …").
    explicit ReportOutput(std::string what = "the report") : what_(std::move(what)) {}
    ReportOutput(const ReportOutput&) = delete;
    ReportOutput& operator=(const ReportOutput&) = delete;
    ~ReportOutput();   // removes the temporary file if the report was never committed

    // "" or "-" means stdout. False with `error` set when the file cannot be created.
    bool open(const std::string& path, std::string& error);
    std::FILE* stream() const { return stream_; }
    // Gives the file this mode (a rewritten template keeps its own); call after open().
    void setMode(mode_t mode);
    // Runs just before the rename; returning false (error set) abandons the write, as a
    // crash there would. For tests of interrupted writes.
    void setBeforeRename(std::function<bool(std::string&)> hook) { beforeRename_ = std::move(hook); }
    // Flushes and, for a file, moves it into place. False with `error` set on any write
    // error (disk full, closed pipe, …); the target is then left untouched.
    bool commit(std::string& error);

private:
    std::string what_;
    std::function<bool(std::string&)> beforeRename_;
    std::string path_;
    std::string temp_;
    std::FILE* stream_ = stdout;
};

}  // namespace replylint
