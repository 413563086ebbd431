#include "cli/parallel_check.h"

#include <sched.h>
#include <sys/stat.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "input/jsonl_reader.h"
#include "input/line_stream.h"

namespace replylint {

namespace {

constexpr size_t kBatchBytes = 1 << 20;
// Files up to this size are read whole by a worker, many to a piece: handing each of 20,000
// small files from thread to thread costs more than linting it.
constexpr off_t kSmallFileBytes = 256 << 10;
constexpr size_t kFilesPerPiece = 256;

// The start of an input, one conversation, a template's directives or one diagnostic, in the
// order the reader produced them.
struct Event {
    std::optional<size_t> beginInput;   // index of the input whose events follow
    std::optional<LintedConversation> conversation;
    std::optional<std::vector<SuppressionDirective>> directives;
    bool structured = false;
    Diagnostic diagnostic;
};

struct WorkerState {
    JsonlLineParser jsonl;
};

struct Piece {
    std::function<void(Piece&, WorkerState&)> work;   // empty when there is nothing to do
    std::vector<Event> events;
    bool done = false;
};

// What the session's reporter reads beyond the findings themselves.
struct SinkNeeds {
    bool lineText = false;        // SourceRange::lineText
    bool conversations = false;   // each conversation's id, speakers and roles
};

// Lints what a reader hands over and records it for the session.
class RecordingSink : public ConversationSink {
public:
    RecordingSink(const Engine& engine, const std::string& path, const SinkNeeds& needs, std::vector<Event>& out)
        : engine_(engine), path_(path), needs_(needs), out_(out) {}

    void conversation(const Conversation& conv, const SourceLocator& locator) override {
        Event& ev = out_.emplace_back();
        LintedConversation& done = ev.conversation.emplace();
        lintConversation(engine_, conv, locator, path_, needs_.lineText, raw_, done.error, done.findings);
        done.turns = conv.turns.size();
        if (!needs_.conversations) return;
        done.speakers.id = conv.id;
        done.speakers.turns.resize(conv.turns.size());
        for (size_t i = 0; i < conv.turns.size(); ++i) {
            done.speakers.turns[i].speaker = conv.turns[i].speaker;
            done.speakers.turns[i].role = conv.turns[i].role;
        }
    }
    void diagnostic(const Diagnostic& d) override { out_.emplace_back().diagnostic = d; }
    void templateInput(const std::vector<SuppressionDirective>& directives, bool structured) override {
        Event& ev = out_.emplace_back();
        ev.directives = directives;
        ev.structured = structured;
    }

private:
    const Engine& engine_;
    const std::string& path_;
    SinkNeeds needs_;
    std::vector<Event>& out_;
    std::vector<RawFinding> raw_;
};

// Pieces in input order; workers take them in that order, the consumer receives them in that
// order once done.
class Pipeline {
public:
    Pipeline(unsigned workers, size_t window) : window_(window) {
        for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
    }
    ~Pipeline() {
        close();
        for (auto& t : threads_) t.join();
    }

    void push(std::unique_ptr<Piece> piece) {
        std::unique_lock lock(m_);
        space_.wait(lock, [&] { return pieces_.size() < window_; });
        if (!piece->work) piece->done = true;
        pieces_.push_back(std::move(piece));
        queued_.notify_one();
        finished_.notify_all();
    }

    void close() {
        std::lock_guard lock(m_);
        closed_ = true;
        queued_.notify_all();
        finished_.notify_all();
    }

    // The next piece once it is done; nullptr when the producer closed and all were taken.
    std::unique_ptr<Piece> pop() {
        std::unique_lock lock(m_);
        finished_.wait(lock, [&] { return (!pieces_.empty() && pieces_.front()->done) || (closed_ && pieces_.empty()); });
        if (pieces_.empty()) return nullptr;
        auto piece = std::move(pieces_.front());
        pieces_.pop_front();
        if (nextToStart_ > 0) --nextToStart_;
        space_.notify_one();
        return piece;
    }

private:
    void work() {
        WorkerState state;
        std::unique_lock lock(m_);
        for (;;) {
            queued_.wait(lock, [&] { return nextToStart_ < pieces_.size() || closed_; });
            if (nextToStart_ >= pieces_.size()) return;   // closed and nothing left
            Piece* piece = pieces_[nextToStart_++].get();
            if (piece->done) continue;
            lock.unlock();
            piece->work(*piece, state);
            piece->work = nullptr;   // frees what the work held (a batch, an open file)
            lock.lock();
            piece->done = true;
            finished_.notify_all();
        }
    }

    std::mutex m_;
    std::condition_variable space_, queued_, finished_;
    std::deque<std::unique_ptr<Piece>> pieces_;   // front: next for the consumer
    size_t nextToStart_ = 0;                      // index in pieces_ of the next for a worker
    size_t window_;
    bool closed_ = false;
    std::vector<std::thread> threads_;
};

// Whole JSONL lines copied out of the stream, each followed by readable padding.
struct Batch {
    struct Line {
        size_t begin, size;
        uint64_t offset;
        uint32_t number;
    };
    std::string bytes;
    std::vector<Line> lines;
};

// A regular file of at most kSmallFileBytes (its size in `bytes`). Stdin, FIFOs and devices
// are not: the producer opens those itself, since reading them may block or never end.
bool isSmallFile(const InputSpec& spec, size_t& bytes) {
    struct stat st {};
    if (spec.path == "-" || ::stat(spec.path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    if (st.st_size > kSmallFileBytes) return false;
    bytes = static_cast<size_t>(st.st_size);
    return true;
}

void produce(const std::vector<InputSpec>& inputs, const std::vector<const InputSettings*>& settings,
             SinkNeeds needs, Pipeline& pipeline) {
    // Small files wait here until they make up a piece; a worker reads and lints them in turn.
    std::vector<size_t> smallFiles;
    size_t smallBytes = 0;
    auto submitSmallFiles = [&] {
        if (smallFiles.empty()) return;
        auto piece = std::make_unique<Piece>();
        piece->work = [files = std::move(smallFiles), &inputs, &settings, needs](Piece& p, WorkerState&) {
            for (size_t i : files) {
                p.events.emplace_back().beginInput = i;
                RecordingSink sink(*settings[i]->engine, inputs[i].displayPath, needs, p.events);
                readInput(inputs[i], settings[i]->roles, sink);
            }
        };
        pipeline.push(std::move(piece));
        smallFiles.clear();
        smallBytes = 0;
    };

    for (size_t i = 0; i < inputs.size(); ++i) {
        const InputSpec& spec = inputs[i];
        const InputSettings& set = *settings[i];
        size_t bytes = 0;
        if (isSmallFile(spec, bytes)) {
            smallFiles.push_back(i);
            smallBytes += bytes;
            if (smallBytes >= kBatchBytes || smallFiles.size() >= kFilesPerPiece) submitSmallFiles();
            continue;
        }
        submitSmallFiles();

        auto first = std::make_unique<Piece>();
        first->events.emplace_back().beginInput = i;
        auto opened = std::make_shared<OpenedInput>();
        RecordingSink opening(*set.engine, spec.displayPath, needs, first->events);
        if (!opened->open(spec, opening)) {
            pipeline.push(std::move(first));
            continue;
        }
        if (opened->format() != InputFormat::jsonl) {
            first->work = [opened, &spec, &set, needs](Piece& piece, WorkerState&) {
                RecordingSink sink(*set.engine, spec.displayPath, needs, piece.events);
                opened->readRest(spec, set.roles, sink);
            };
            pipeline.push(std::move(first));
            continue;
        }
        pipeline.push(std::move(first));

        LineStream lines(opened->fd(), opened->head());
        auto batch = std::make_shared<Batch>();
        auto submit = [&] {
            if (batch->lines.empty()) return;
            batch->bytes.append(LineStream::kPadding, '\0');
            auto piece = std::make_unique<Piece>();
            piece->work = [batch, &spec, &set, needs](Piece& p, WorkerState& state) {
                RecordingSink sink(*set.engine, spec.displayPath, needs, p.events);
                for (const auto& l : batch->lines) {
                    state.jsonl.parse(std::string_view(batch->bytes.data() + l.begin, l.size), l.offset, l.number,
                                      spec.displayPath, set.roles, sink);
                }
            };
            pipeline.push(std::move(piece));
            batch = std::make_shared<Batch>();
        };
        std::string_view line;
        while (lines.next(line)) {
            if (batch->lines.empty()) batch->bytes.reserve(kBatchBytes + LineStream::kPadding + 4096);
            batch->lines.push_back({batch->bytes.size(), line.size(), lines.lineOffset(), lines.lineNumber()});
            batch->bytes.append(line);
            batch->bytes.push_back('\n');
            if (batch->bytes.size() >= kBatchBytes || lines.needsRead()) submit();
        }
        submit();
        if (!lines.error().empty()) {
            auto piece = std::make_unique<Piece>();
            piece->events.emplace_back().diagnostic = {spec.displayPath, 0, Severity::error,
                                                       "read error: " + lines.error()};
            pipeline.push(std::move(piece));
        }
    }
    submitSmallFiles();
}

}  // namespace

unsigned defaultJobs() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0) return static_cast<unsigned>(n);
    }
    unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

void lintInParallel(const std::vector<InputSpec>& inputs, const std::vector<const InputSettings*>& settings,
                    LintSession& session, unsigned jobs) {
    Pipeline pipeline(jobs, 4 * static_cast<size_t>(jobs) + 4);
    std::thread producer([&] {
        produce(inputs, settings, {session.wantsLineText(), session.wantsConversations()}, pipeline);
        pipeline.close();
    });
    while (auto piece = pipeline.pop()) {
        for (Event& ev : piece->events) {
            if (ev.beginInput) {
                size_t i = *ev.beginInput;
                session.useSettings(*settings[i]->engine, settings[i]->failOn);
                session.beginInput(inputs[i].displayPath, inputs[i].path != "-");
            } else if (ev.conversation) session.linted(*ev.conversation);
            else if (ev.directives) session.templateInput(*ev.directives, ev.structured);
            else session.diagnostic(ev.diagnostic);
        }
        session.inputPaused();   // a piece ends at 1 MiB, after its small files, or where the stream paused
    }
    producer.join();
}

}  // namespace replylint
