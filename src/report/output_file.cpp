#include "report/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace replylint {

namespace {

std::string describe(const std::string& what, const std::string& path, int err) {
    return "cannot write " + what + " to " + path + ": " + std::strerror(err);
}

struct Sink {
    int fd;
    int* firstErrno;
};

ssize_t writeAll(void* cookie, const char* data, size_t size) {
    auto* sink = static_cast<Sink*>(cookie);
    size_t done = 0;
    while (done < size) {
        ssize_t n = ::write(sink->fd, data + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (!*sink->firstErrno) *sink->firstErrno = n < 0 ? errno : EIO;
            return done ? static_cast<ssize_t>(done) : -1;
        }
        done += static_cast<size_t>(n);
    }
    return static_cast<ssize_t>(done);
}

int closeSink(void* cookie) {
    delete static_cast<Sink*>(cookie);
    return 0;
}

}  // namespace

ReportOutput::ReportOutput(std::string what) : what_(std::move(what)) {
    std::string error;
    wrap(STDOUT_FILENO, false, error);
}

ReportOutput::~ReportOutput() {
    abandon();
}

bool ReportOutput::wrap(int fd, bool owned, std::string& error) {
    if (stream_) std::fclose(stream_);
    stream_ = nullptr;
    fd_ = fd;
    ownsFd_ = owned;
    writeErrno_ = 0;
    cookie_io_functions_t io{nullptr, writeAll, nullptr, closeSink};
    auto* sink = new Sink{fd, &writeErrno_};
    stream_ = ::fopencookie(sink, "w", io);
    if (!stream_) {
        delete sink;
        error = describe(what_, name(), errno);
        return false;
    }
    // A terminal sees each line as it is written, as it would with stdout.
    if (::isatty(fd)) std::setvbuf(stream_, nullptr, _IOLBF, 0);
    return true;
}

std::string ReportOutput::name() const { return path_.empty() ? "standard output" : path_; }

void ReportOutput::setMode(mode_t mode) {
    if (!temp_.empty()) ::fchmod(fd_, mode);
}

bool ReportOutput::open(const std::string& path, std::string& error) {
    if (path.empty() || path == "-") return true;
    path_ = path;
    // A device, FIFO or socket (-o /dev/full, -o /dev/stdout, a named pipe) is written in
    // place: a temporary file renamed over it would replace the device itself.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_TRUNC);
        if (fd < 0) {
            error = describe(what_, path, errno);
            return false;
        }
        return wrap(fd, true, error);
    }
    std::filesystem::path target(path);
    std::filesystem::path dir = target.parent_path();
    std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) {
        error = describe(what_, path, errno);
        return false;
    }
    temp_ = name.data();
    // mkstemp creates the file 0600; give the report the mode a plain open() would.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    return wrap(fd, true, error);
}

bool ReportOutput::failed(std::string& error) {
    if (!stream_ || !std::ferror(stream_)) return false;
    error = describe(what_, name(), writeErrno_ ? writeErrno_ : EIO);
    return true;
}

void ReportOutput::abandon() {
    if (stream_) std::fclose(stream_);
    stream_ = nullptr;
    if (ownsFd_) ::close(fd_);
    ownsFd_ = false;
    if (!temp_.empty()) std::remove(temp_.c_str());
    temp_.clear();
}

bool ReportOutput::commit(std::string& error) {
    bool ok = std::fflush(stream_) == 0 && !std::ferror(stream_);
    int err = writeErrno_ ? writeErrno_ : EIO;
    if (ok && !temp_.empty() && ::fsync(fd_) != 0 && errno != EINVAL) {
        ok = false;
        err = errno;
    }
    std::fclose(stream_);
    stream_ = nullptr;
    if (ownsFd_ && ::close(fd_) != 0 && ok) {
        ok = false;
        err = errno;
    }
    ownsFd_ = false;
    if (ok && !temp_.empty() && beforeRename_) {
        std::string hookError;
        if (!beforeRename_(hookError)) {
            error = "cannot write " + what_ + " to " + path_ + ": " + hookError;
            abandon();
            return false;
        }
    }
    if (ok && !temp_.empty() && std::rename(temp_.c_str(), path_.c_str()) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        error = describe(what_, name(), err);
        abandon();
        return false;
    }
    temp_.clear();
    return true;
}

}  // namespace replylint
