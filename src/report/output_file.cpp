#include "report/output_file.h"

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

}  // namespace

void ReportOutput::setMode(mode_t mode) {
    if (stream_ && stream_ != stdout) ::fchmod(fileno(stream_), mode);
}

ReportOutput::~ReportOutput() {
    if (stream_ && stream_ != stdout) std::fclose(stream_);
    if (!temp_.empty()) std::remove(temp_.c_str());
}

bool ReportOutput::open(const std::string& path, std::string& error) {
    if (path.empty() || path == "-") return true;
    path_ = path;
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
    stream_ = ::fdopen(fd, "w");
    if (!stream_) {
        error = describe(what_, path, errno);
        ::close(fd);
        return false;
    }
    return true;
}

bool ReportOutput::commit(std::string& error) {
    errno = 0;
    bool ok = std::fflush(stream_) == 0 && !std::ferror(stream_);
    if (stream_ == stdout) {
        if (!ok) error = describe(what_, "standard output", errno ? errno : EIO);
        return ok;
    }
    if (ok && ::fsync(fileno(stream_)) != 0 && errno != EINVAL) ok = false;
    int err = errno ? errno : EIO;
    if (std::fclose(stream_) != 0 && ok) {
        ok = false;
        err = errno;
    }
    stream_ = nullptr;
    if (ok && beforeRename_) {
        std::string hookError;
        if (!beforeRename_(hookError)) {
            error = "cannot write " + what_ + " to " + path_ + ": " + hookError;
            return false;
        }
    }
    if (ok && std::rename(temp_.c_str(), path_.c_str()) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        error = describe(what_, path_, err);
        return false;
    }
    temp_.clear();
    return true;
}

}  // namespace replylint
