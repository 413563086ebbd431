#include "input/line_stream.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace replylint {

LineStream::LineStream(int fd, std::string_view initial, size_t initialBuffer)
    : fd_(fd), buf_(std::max(initialBuffer, initial.size()) + kPadding) {
    // memcpy from the null data() of an empty view is undefined (UBSan), even for 0 bytes.
    if (!initial.empty()) std::memcpy(buf_.data(), initial.data(), initial.size());
    end_ = initial.size();
}

bool LineStream::fill() {
    if (begin_ > 0) {  // move the partial line to the front
        std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
        bufferOffset_ += begin_;
        end_ -= begin_;
        begin_ = 0;
    }
    if (end_ + kPadding >= buf_.size()) buf_.resize(buf_.size() * 2);
    for (;;) {
        ssize_t n = ::read(fd_, buf_.data() + end_, buf_.size() - kPadding - end_);
        if (n > 0) { end_ += static_cast<size_t>(n); return true; }
        if (n == 0) { eof_ = true; return false; }
        if (errno == EINTR) continue;
        error_ = std::strerror(errno);
        eof_ = true;
        return false;
    }
}

bool LineStream::needsRead() const {
    if (eof_) return false;
    size_t avail = end_ - begin_;
    return avail <= scanned_ || !std::memchr(buf_.data() + begin_ + scanned_, '\n', avail - scanned_);
}

bool LineStream::next(std::string_view& line) {
    for (;;) {
        const char* start = buf_.data() + begin_;
        size_t avail = end_ - begin_;
        const void* nl = avail > scanned_ ? std::memchr(start + scanned_, '\n', avail - scanned_)
                                          : nullptr;
        if (nl || (eof_ && avail > 0)) {
            size_t len = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
            size_t consumed = nl ? len + 1 : len;
            if (len > 0 && start[len - 1] == '\r') --len;
            line = std::string_view(start, len);
            lineOffset_ = bufferOffset_ + begin_;
            ++lineNumber_;
            begin_ += consumed;
            scanned_ = 0;
            return true;
        }
        if (eof_) return false;
        scanned_ = avail;
        if (!fill() && end_ == begin_) return false;
    }
}

}  // namespace replylint
