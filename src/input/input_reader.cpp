#include "input/input_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "input/chat_reader.h"
#include "input/email_mbox_reader.h"
#include "input/email_reader.h"
#include "input/jsonl_reader.h"
#include "input/template_reader.h"
#include "text/utf8.h"

namespace replylint {

namespace {

constexpr size_t kHeadSize = 64 * 1024;

class Fd {
public:
    explicit Fd(int fd, bool owned) : fd_(fd), owned_(owned) {}
    ~Fd() { if (owned_ && fd_ >= 0) ::close(fd_); }
    int get() const { return fd_; }
    void release() { owned_ = false; }
private:
    int fd_;
    bool owned_;
};

// Reads up to `limit` bytes (or everything when limit is 0), or with `once` just what the
// first successful read returns; false on a read error. `atEnd` says whether the end of the
// input was met (so a small file needs no further read).
bool readUpTo(int fd, std::string& out, size_t limit, std::string& error, bool once = false, bool* atEnd = nullptr) {
    char chunk[65536];
    while (limit == 0 || out.size() < limit) {
        size_t want = sizeof chunk;
        if (limit) want = std::min(want, limit - out.size());
        ssize_t n = ::read(fd, chunk, want);
        if (n > 0) {
            out.append(chunk, static_cast<size_t>(n));
            if (once) return true;
            continue;
        }
        if (n == 0) {
            if (atEnd) *atEnd = true;
            return true;
        }
        if (errno == EINTR) continue;
        error = std::strerror(errno);
        return false;
    }
    return true;
}

uint32_t lineOf(std::string_view bytes, size_t offset) {
    uint32_t line = 1;
    for (size_t i = 0; i < offset && i < bytes.size(); ++i) line += bytes[i] == '\n';
    return line;
}

// Rejects input that is not text; warns about invalid UTF-8. False when it must be skipped.
// Mail may carry NUL bytes in a part; its reader says where they matter.
bool checkText(std::string_view bytes, const std::string& path, ConversationSink& sink, bool allowNul) {
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        sink.diagnostic({path, 0, Severity::error,
                         "UTF-16 text is not supported; convert it to UTF-8 first "
                         "(iconv -f UTF-16 -t UTF-8)"});
        return false;
    }
    size_t nul = allowNul ? std::string_view::npos : bytes.substr(0, kHeadSize).find('\0');
    if (nul != std::string_view::npos) {
        sink.diagnostic({path, lineOf(bytes, nul), Severity::error,
                         "binary data (a NUL byte at offset " + std::to_string(nul) + "); not linted"});
        return false;
    }
    return true;
}

// Text read leniently: bad bytes become U+FFFD, and one warning names where the first is.
void warnInvalidUtf8(std::string_view bytes, const std::string& name, ConversationSink& sink) {
    size_t bad = utf8::firstInvalid(bytes);
    if (bad == std::string_view::npos) return;
    sink.diagnostic({name, lineOf(bytes, bad), Severity::warning,
                     "invalid UTF-8 (first at byte offset " + std::to_string(bad) + "); the bad bytes are read as U+FFFD"});
}

// Diagnostics quote the input (a header, a JSON key, GMime's words about it): each is made one
// line of valid UTF-8 here, whichever reader wrote it.
class OneLineDiagnostics : public ConversationSink {
public:
    explicit OneLineDiagnostics(ConversationSink& next) : next_(next) {}
    void conversation(const Conversation& conv, const SourceLocator& locator) override {
        next_.conversation(conv, locator);
    }
    void diagnostic(const Diagnostic& d) override {
        Diagnostic safe = d;
        safe.message = utf8::oneLine(d.message);
        next_.diagnostic(safe);
    }
    void templateInput(const std::vector<SuppressionDirective>& directives, bool structured) override {
        next_.templateInput(directives, structured);
    }
    void inputPaused() override { next_.inputPaused(); }
private:
    ConversationSink& next_;
};

}  // namespace

OpenedInput::OpenedInput(OpenedInput&& other) noexcept
    : fd_(other.fd_), owned_(other.owned_), empty_(other.empty_), headIsAll_(other.headIsAll_),
      head_(std::move(other.head_)), format_(other.format_) {
    other.fd_ = -1;
    other.owned_ = false;
}

OpenedInput& OpenedInput::operator=(OpenedInput&& other) noexcept {
    if (this != &other) {
        if (owned_ && fd_ >= 0) ::close(fd_);
        fd_ = other.fd_;
        owned_ = other.owned_;
        empty_ = other.empty_;
        head_ = std::move(other.head_);
        headIsAll_ = other.headIsAll_;
        format_ = other.format_;
        other.fd_ = -1;
        other.owned_ = false;
    }
    return *this;
}

OpenedInput::~OpenedInput() {
    if (owned_ && fd_ >= 0) ::close(fd_);
}

bool readInput(const InputSpec& spec, const RoleClassifier& roles, ConversationSink& sink) {
    OpenedInput input;
    if (!input.open(spec, sink)) return input.empty();
    return input.readRest(spec, roles, sink);
}

bool OpenedInput::open(const InputSpec& spec, ConversationSink& rawSink) {
    OneLineDiagnostics sink(rawSink);
    const std::string& name = spec.displayPath;
    bool isStdin = spec.path == "-";
    int fd = isStdin ? STDIN_FILENO : ::open(spec.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        sink.diagnostic({name, 0, Severity::error, std::string("cannot open: ") + std::strerror(errno)});
        return false;
    }
    Fd guard(fd, !isStdin);
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        sink.diagnostic({name, 0, Severity::error, "is a directory"});
        return false;
    }

    std::string error;
    std::string head;
    // With the format named there is nothing to detect: one read is enough to check the
    // text, so a live stream (a pipe kept open) is linted as its lines arrive instead of
    // waiting for 64 KiB.
    bool formatKnown = spec.format != InputFormat::autodetect;
    bool headIsAll = false;
    if (!readUpTo(fd, head, kHeadSize, error, formatKnown, &headIsAll)) {
        sink.diagnostic({name, 0, Severity::error, "read error: " + error});
        return false;
    }
    if (head.empty()) {
        sink.diagnostic({name, 0, Severity::warning, "empty input; nothing to lint"});
        empty_ = true;
        return false;
    }
    InputFormat format = spec.format;
    // Stdin goes by its --stdin-filename, if given, for detection too.
    std::string_view detectName = isStdin ? (name == "-" ? std::string_view() : std::string_view(name)) : spec.path;
    if (format == InputFormat::autodetect) format = detectInputFormat(detectName, head);
    bool mail = format == InputFormat::email || format == InputFormat::mbox;
    if (!checkText(head, name, sink, mail)) return false;

    guard.release();
    fd_ = fd;
    owned_ = !isStdin;
    head_ = std::move(head);
    headIsAll_ = headIsAll;
    format_ = format;
    return true;
}

bool OpenedInput::readRest(const InputSpec& spec, const RoleClassifier& roles, ConversationSink& rawSink) {
    OneLineDiagnostics sink(rawSink);
    const std::string& name = spec.displayPath;
    std::string error;
    if (format_ == InputFormat::jsonl) {
        readJsonl(fd_, head_, name, roles, sink);
        return true;
    }
    std::string bytes = std::move(head_);
    if (!headIsAll_ && !readUpTo(fd_, bytes, 0, error)) {
        sink.diagnostic({name, 0, Severity::error, "read error: " + error});
        return false;
    }
    switch (format_) {
        case InputFormat::json:
            readJsonDocument(bytes, name, roles, sink);
            break;
        case InputFormat::chat:
            warnInvalidUtf8(bytes, name, sink);
            readChat(bytes, name, roles, sink);
            break;
        case InputFormat::email:
            readEmail(bytes, name, EmailReadOptions{spec.draft, spec.agentAddresses, spec.lintQuoted}, roles, sink);
            break;
        case InputFormat::mbox:
            readMbox(bytes, name, EmailReadOptions{false, spec.agentAddresses, spec.lintQuoted}, roles, sink);
            break;
        case InputFormat::templ:
            warnInvalidUtf8(bytes, name, sink);
            readTemplate(bytes, name, sink);
            break;
        default:
            sink.diagnostic({name, 0, Severity::error,
                             "input format '" + std::string(inputFormatName(format_)) +
                                 "' is not supported yet; use --input chat, email, mbox, jsonl, json or template"});
            return false;
    }
    return true;
}

}  // namespace replylint
