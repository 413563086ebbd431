#include "input/json_record.h"

#include "text/byte_scan.h"
#include "text/turn_text_builder.h"
#include "text/utf8.h"

namespace replylint {

namespace {

using simdjson::ondemand::json_type;

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool readHex4(std::string_view s, size_t i, char32_t& out) {
    if (i + 4 > s.size()) return false;
    out = 0;
    for (size_t k = 0; k < 4; ++k) {
        int v = hexValue(s[i + k]);
        if (v < 0) return false;
        out = (out << 4) | static_cast<char32_t>(v);
    }
    return true;
}

// Decodes the JSON string token starting at raw[0] == '"' into the builder; `offset` is the
// source offset of raw[0].
std::string decodeString(std::string_view raw, uint64_t offset, TurnTextBuilder& builder) {
    size_t i = 1;
    std::string decoded;
    while (i < raw.size()) {
        size_t run = bytescan::findQuoteOrBackslash(raw, i);
        if (run > i) builder.appendSource(raw.substr(i, run - i), offset + i);
        if (run >= raw.size()) return "unterminated string";
        if (raw[run] == '"') return "";
        size_t esc = run;
        if (esc + 1 >= raw.size()) return "unterminated string";
        char c = raw[esc + 1];
        size_t len = 2;
        decoded.clear();
        switch (c) {
            case 'n': decoded = "\n"; break;
            case 't': decoded = "\t"; break;
            case 'r': decoded = "\r"; break;
            case 'b': decoded = "\b"; break;
            case 'f': decoded = "\f"; break;
            case '/': decoded = "/"; break;
            case '\\': decoded = "\\"; break;
            case '"': decoded = "\""; break;
            case 'u': {
                char32_t cp = 0;
                if (!readHex4(raw, esc + 2, cp)) return "invalid \\u escape";
                len = 6;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    char32_t low = 0;
                    if (esc + 7 < raw.size() && raw[esc + 6] == '\\' && raw[esc + 7] == 'u' &&
                        readHex4(raw, esc + 8, low) && low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        len = 12;
                    } else {
                        cp = 0xFFFD;
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                utf8::append(decoded, cp);
                break;
            }
            default:
                return std::string("invalid escape \\") + c;
        }
        builder.appendDecoded(decoded, offset + esc, offset + esc + len);
        i = esc + len;
    }
    return "unterminated string";
}

// Assigns rather than returns, so a reused string keeps its memory.
void scalarText(simdjson::ondemand::value v, std::string& out) {
    switch (v.type()) {
        case json_type::string: out.assign(std::string_view(v.get_string())); return;
        case json_type::number:
        case json_type::boolean: {
            std::string_view raw = v.raw_json_token();
            while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r' ||
                                    raw.back() == '\n')) raw.remove_suffix(1);
            out.assign(raw);
            return;
        }
        default: out.clear(); return;
    }
}

std::string readTurn(simdjson::ondemand::object message, const JsonRecordContext& ctx,
                     size_t index, Turn& turn) {
    bool haveText = false, haveRole = false;
    std::string roleLabel;
    for (auto field : message) {
        std::string_view key = field.unescaped_key();
        simdjson::ondemand::value value = field.value();
        if (key == "text" || key == "body" || key == "content" || key == "message") {
            if (value.type() != json_type::string) {
                return "message " + std::to_string(index + 1) + ": \"" + std::string(key) +
                       "\" must be a string";
            }
            std::string_view raw = value.raw_json_token();
            uint64_t offset = ctx.bufferOffset + static_cast<uint64_t>(raw.data() - ctx.bufferStart);
            TurnTextBuilder builder(turn.body);
            std::string err = decodeString(raw, offset, builder);
            builder.finish();
            if (!err.empty()) return "message " + std::to_string(index + 1) + ": " + err;
            haveText = true;
        } else if (key == "speaker" || key == "author" || key == "from" || key == "name") {
            scalarText(value, turn.speaker);
        } else if (key == "role") {
            scalarText(value, roleLabel);
            haveRole = !roleLabel.empty();
        } else if (key == "time" || key == "timestamp" || key == "date") {
            scalarText(value, turn.time);
        }
    }
    if (!haveText) {
        return "message " + std::to_string(index + 1) + " has no \"text\" (or \"body\")";
    }
    if (!haveRole || !roleFromLabel(roleLabel, turn.role)) {
        turn.role = ctx.roles->classify(turn.speaker);
    }
    return "";
}

}  // namespace

std::string readJsonConversation(simdjson::ondemand::value record, const JsonRecordContext& ctx,
                                 Conversation& out) {
    try {
        if (record.type() != json_type::object) return "expected a conversation object";
        out.id.clear();
        // The turns of the last record are refilled, not freed and allocated again.
        size_t used = 0;
        struct Trim {   // on every way out, drop the turns this record did not refill
            Conversation& conv;
            size_t& used;
            ~Trim() { conv.keepTurns(used); }
        } trim{out, used};
        bool haveTurns = false;
        for (auto field : record.get_object()) {
            std::string_view key = field.unescaped_key();
            simdjson::ondemand::value value = field.value();
            if (key == "id" || key == "conversation_id" || key == "ticket_id") {
                scalarText(value, out.id);
            } else if (key == "messages" || key == "turns") {
                if (value.type() != json_type::array) {
                    return "\"" + std::string(key) + "\" must be an array of messages";
                }
                haveTurns = true;
                size_t index = 0;
                for (auto item : value.get_array()) {
                    simdjson::ondemand::value element;
                    if (auto error = item.get(element)) throw simdjson::simdjson_error(error);
                    if (element.type() != json_type::object) {
                        return "message " + std::to_string(index + 1) + " must be an object";
                    }
                    Turn& turn = out.refillTurn(used);
                    turn.clear();
                    ++used;
                    std::string err = readTurn(element.get_object(), ctx, index, turn);
                    if (!err.empty()) return err;
                    ++index;
                }
            }
        }
        if (!haveTurns) return "no \"messages\" (or \"turns\") array";
        if (out.id.empty()) out.id = ctx.fallbackId;
        return "";
    } catch (const simdjson::simdjson_error& e) {
        return std::string("invalid JSON: ") + simdjson::error_message(e.error());
    }
}

}  // namespace replylint
