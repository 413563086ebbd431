#include "text/utf8.h"

#include "text/byte_scan.h"

namespace replylint {

bool utf8::isValid(std::string_view s) { return firstInvalid(s) == std::string_view::npos; }

size_t utf8::firstInvalid(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            i = bytescan::asciiRunEnd(s, i);
            continue;
        }
        int len = 1;
        char32_t cp = decode(s, i, len);
        if (cp == 0xFFFD && len == 1) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string utf8::oneLine(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x20 || b == 0x7F) {
            static const char hex[] = "0123456789abcdef";
            if (b == '\n') out += "\\n";
            else if (b == '\r') out += "\\r";
            else if (b == '\t') out += "\\t";
            else out += std::string("\\x") + hex[b >> 4] + hex[b & 15];
            ++i;
            continue;
        }
        if (b < 0x80) { out += static_cast<char>(b); ++i; continue; }
        int len = 1;
        char32_t cp = decode(s, i, len);
        if (cp == 0xFFFD && len == 1) append(out, 0xFFFD);
        else out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

}  // namespace replylint
