#include "input/jsonl_reader.h"

#include <simdjson.h>

#include "input/json_record.h"
#include "input/line_stream.h"

namespace replylint {

namespace {

bool isBlankLine(std::string_view line) {
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
}

}  // namespace

struct JsonlLineParser::State {
    simdjson::ondemand::parser parser;
    Conversation conv;
};

JsonlLineParser::JsonlLineParser() : state_(std::make_unique<State>()) {}
JsonlLineParser::~JsonlLineParser() = default;

void JsonlLineParser::parse(std::string_view line, uint64_t offset, uint32_t lineNumber, const std::string& path,
                            const RoleClassifier& roles, ConversationSink& sink) {
    if (isBlankLine(line)) return;
    if (lineNumber == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
        line.remove_prefix(3);
        offset += 3;
    }
    JsonRecordContext ctx{line.data(), offset, &roles, path + ":" + std::to_string(lineNumber)};
    std::string err;
    Conversation& conv = state_->conv;
    try {
        simdjson::ondemand::document doc;
        if (auto error = state_->parser.iterate(simdjson::padded_string_view(
                line.data(), line.size(), line.size() + LineStream::kPadding)).get(doc)) {
            throw simdjson::simdjson_error(error);
        }
        err = readJsonConversation(doc.get_value(), ctx, conv);

    } catch (const simdjson::simdjson_error& e) {
        err = std::string("invalid JSON: ") + simdjson::error_message(e.error());
    }
    if (!err.empty()) {
        sink.diagnostic({path, lineNumber, Severity::error, err});
        return;
    }
    SourceLocator locator(line, ctx.bufferOffset, lineNumber);
    sink.conversation(conv, locator);
}

void readJsonl(int fd, std::string_view head, const std::string& path, const RoleClassifier& roles,
               ConversationSink& sink) {
    LineStream lines(fd, head);
    JsonlLineParser parser;
    std::string_view line;
    for (;;) {
        if (lines.needsRead()) sink.inputPaused();
        if (!lines.next(line)) break;
        parser.parse(line, lines.lineOffset(), lines.lineNumber(), path, roles, sink);
    }
    if (!lines.error().empty()) {
        sink.diagnostic({path, 0, Severity::error, "read error: " + lines.error()});
    }
}

void readJsonDocument(std::string_view bytes, const std::string& path, const RoleClassifier& roles,
                      ConversationSink& sink) {
    size_t skip = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    simdjson::padded_string padded(bytes.substr(skip));
    simdjson::ondemand::parser parser;
    SourceLocator locator(bytes);
    Conversation conv;
    try {
        simdjson::ondemand::document doc;
        if (auto error = parser.iterate(padded).get(doc)) throw simdjson::simdjson_error(error);
        auto emit = [&](simdjson::ondemand::value value, size_t index) {
            JsonRecordContext ctx{padded.data(), skip, &roles,
                                  path + "#" + std::to_string(index + 1)};
            std::string err = readJsonConversation(value, ctx, conv);
            if (!err.empty()) {
                sink.diagnostic({path, 0, Severity::error,
                                 "conversation " + std::to_string(index + 1) + ": " + err});
                return;
            }
            sink.conversation(conv, locator);
        };
        simdjson::ondemand::value root = doc.get_value();
        if (root.type() == simdjson::ondemand::json_type::array) {
            size_t index = 0;
            for (auto item : root.get_array()) {
                simdjson::ondemand::value element;
                if (auto error = item.get(element)) throw simdjson::simdjson_error(error);
                emit(element, index++);
            }
        } else {
            emit(root, 0);
        }
    } catch (const simdjson::simdjson_error& e) {
        sink.diagnostic({path, 0, Severity::error,
                         std::string("invalid JSON: ") + simdjson::error_message(e.error())});
    }
}

}  // namespace replylint
