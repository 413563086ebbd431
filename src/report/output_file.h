// Where the report goes: stdout, or (-o FILE) a temporary file beside FILE that replaces
// it by rename only once the whole report is written, so a reader never sees half a report.
// Writes go through a stream that remembers the first write error (EPIPE, ENOSPC, EFBIG),
// so the message says why rather than stdio's bare failure flag.
#pragma once
#include <sys/types.h>

#include <cstdio>
#include <functional>
#include <string>

namespace replylint {

class ReportOutput {
public:
    // `what` names the file in errors ("cannot write the report to …").
    explicit ReportOutput(std::string what = "the report");
    ReportOutput(const ReportOutput&) = delete;
    ReportOutput& operator=(const ReportOutput&) = delete;
    ~ReportOutput();   // removes the temporary file if the report was never committed

    // "" or "-" means stdout. False with `error` set when the file cannot be created.
    bool open(const std::string& path, std::string& error);
    std::FILE* stream() const { return stream_; }
    int fd() const { return fd_; }
    // Gives the file this mode (a rewritten template keeps its own); call after open().
    void setMode(mode_t mode);
    // Runs just before the rename; returning false (error set) abandons the write, as a
    // crash there would. For tests of interrupted writes.
    void setBeforeRename(std::function<bool(std::string&)> hook) { beforeRename_ = std::move(hook); }
    // Flushes and, for a file, moves it into place. False with `error` set on any write
    // error (disk full, closed pipe, …); the target is then left untouched.
    bool commit(std::string& error);
    // True (with `error` set) once a write to the report has failed; the run should stop,
    // since nothing more can reach the reader.
    bool failed(std::string& error);
    // Closes the report without committing it: a temporary file is removed.
    void abandon();

private:
    bool wrap(int fd, bool owned, std::string& error);
    std::string name() const;

    std::string what_;
    std::function<bool(std::string&)> beforeRename_;
    std::string path_;
    std::string temp_;
    int fd_ = 1;
    bool ownsFd_ = false;
    int writeErrno_ = 0;       // the first failed write's errno
    std::FILE* stream_ = nullptr;
};

}  // namespace replylint
