#include "text/utf8.h"

namespace replylint {

bool utf8::isValid(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        int len = 1;
        char32_t cp = decode(s, i, len);
        if (cp == 0xFFFD && len == 1) return false;
        i += len;
    }
    return true;
}

}  // namespace replylint
