// Reads a file descriptor line by line through one large buffer, so a stream of any
// length is read in memory bounded by its longest line. Each line handed out is followed
// by at least kPadding readable bytes, which lets simdjson parse it in place.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace replylint {

class LineStream {
public:
    static constexpr size_t kPadding = 64;

    // `initial` holds bytes already read from fd (e.g. to detect the format); they come first.
    explicit LineStream(int fd, std::string_view initial = {}, size_t initialBuffer = 1 << 20);

    // The next line without its terminator (LF or CRLF). False at the end of input or on a
    // read error (then error() says what went wrong).
    bool next(std::string_view& line);

    // True when the next line is not complete in the buffer, so next() would read (and, on a
    // pipe or terminal, may wait for more input).
    bool needsRead() const;

    uint64_t lineOffset() const { return lineOffset_; }   // byte offset of the line's start
    uint32_t lineNumber() const { return lineNumber_; }   // 1-based
    const std::string& error() const { return error_; }

private:
    bool fill();

    int fd_;
    std::vector<char> buf_;
    size_t begin_ = 0, end_ = 0;   // unread data is buf_[begin_, end_)
    size_t scanned_ = 0;           // bytes after begin_ already known to hold no '\n'
    uint64_t bufferOffset_ = 0;    // source offset of buf_[0]
    uint64_t lineOffset_ = 0;
    uint32_t lineNumber_ = 0;
    bool eof_ = false;
    std::string error_;
};

}  // namespace replylint
