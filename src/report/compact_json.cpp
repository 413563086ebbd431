#include "report/compact_json.h"

#include <nlohmann/json.hpp>

#include "text/byte_scan.h"

namespace replylint {

namespace {

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7: no overlong forms,
// surrogates or code points past U+10FFFF), or 0. nlohmann checks the same.
size_t wellFormedLength(std::string_view s, size_t i) {
    auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return i + k < s.size() && at(k) >= lo && at(k) <= hi;
    };
    unsigned char b = at(0);
    if (b >= 0xC2 && b <= 0xDF) return cont(1) ? 2 : 0;
    if (b == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (b == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b >= 0xF1 && b <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

}  // namespace

void appendJsonString(std::string& out, std::string_view s) {
    size_t start = out.size();
    out += '"';
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            size_t len = wellFormedLength(s, i);
            if (len == 0) {
                // Malformed UTF-8 is rare (a stray byte in a file name): let nlohmann apply
                // its own replacement rules to the whole string.
                out.resize(start);
                out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                return;
            }
            out.append(s.data() + i, len);
            i += len;
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    // a run of plain ASCII in one append
                    size_t j = bytescan::jsonPlainEnd(s, i + 1);
                    out.append(s.data() + i, j - i);
                    i = j;
                    continue;
                }
        }
        ++i;
    }
    out += '"';
}

void CompactJson::beforeValue() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!first_) out_ += ',';
    first_ = false;
}

void CompactJson::open(char c) {
    beforeValue();
    out_ += c;
    first_ = true;
}

void CompactJson::close(char c) {
    out_ += c;
    first_ = false;
}

void CompactJson::key(std::string_view k) {
    if (!first_) out_ += ',';
    first_ = false;
    // Keys are short ASCII names, a couple of dozen per finding: the common case in one append.
    if (bytescan::jsonPlainEnd(k, 0) == k.size()) {
        out_ += '"';
        out_.append(k);
        out_.append("\":", 2);
    } else {
        appendJsonString(out_, k);
        out_ += ':';
    }
    afterKey_ = true;
}

void CompactJson::string(std::string_view s) {
    beforeValue();
    appendJsonString(out_, s);
}

void CompactJson::number(uint64_t n) {
    beforeValue();
    char buf[24];
    char* p = buf + sizeof buf;
    do {
        *--p = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n);
    out_.append(p, static_cast<size_t>(buf + sizeof buf - p));
}

void CompactJson::boolean(bool b) {
    beforeValue();
    out_ += b ? "true" : "false";
}

void CompactJson::null() {
    beforeValue();
    out_ += "null";
}

}  // namespace replylint
