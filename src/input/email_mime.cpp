#include "input/email_mime.h"

#include <gmime/gmime.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>

#include "input/email_html_text.h"
#include "text/utf8.h"

namespace replylint {

void initGMime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

namespace {

struct GObjectUnref {
    void operator()(void* p) const {
        if (p) g_object_unref(p);
    }
};
template <class T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct ParserOptionsFree {
    void operator()(GMimeParserOptions* p) const { g_mime_parser_options_free(p); }
};

constexpr size_t kMaxProblemsPerInput = 20;

std::string describeWarning(GMimeParserWarning code, const char* item) {
    std::string what = item ? std::string(item) : std::string();
    switch (code) {
        case GMIME_WARN_MALFORMED_MULTIPART: return "malformed multipart: no parts found inside it";
        case GMIME_WARN_TRUNCATED_MESSAGE: return "the message is truncated; linted as far as it goes";
        case GMIME_WARN_MALFORMED_MESSAGE: return "malformed message";
        case GMIME_CRIT_INVALID_HEADER_NAME:
            return "invalid header" + (what.empty() ? std::string() : " '" + what.substr(0, 60) + "'");
        case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
            return "multipart without a boundary parameter; its body is read as one part";
        case GMIME_CRIT_NESTING_OVERFLOW: return "MIME parts nested too deeply; the deeper parts are skipped";
        case GMIME_WARN_PART_WITHOUT_CONTENT: return "a MIME part ends before its content (boundary in the headers)";
        case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: return "a MIME part with neither headers nor content";
        case GMIME_WARN_INVALID_CONTENT_TYPE:
            return "invalid Content-Type" + (what.empty() ? std::string() : " '" + what.substr(0, 60) + "'");
        default: return "";   // duplicated headers, 8-bit headers, odd parameters: harmless here
    }
}

void onParserWarning(gint64 offset, GMimeParserWarning code, const gchar* item, gpointer data) {
    auto* problems = static_cast<std::vector<MimeProblem>*>(data);
    std::string message = describeWarning(code, item);
    if (message.empty() || problems->size() >= kMaxProblemsPerInput) return;
    for (const auto& p : *problems) {
        if (p.message == message) return;   // once per input is enough
    }
    problems->push_back({offset >= 0 ? static_cast<uint64_t>(offset) : 0, offset >= 0, Severity::warning, message});
}

bool sameCharset(const char* a, const char* b) { return g_ascii_strcasecmp(a, b) == 0; }

// Converts lines from a declared charset to UTF-8. Unknown charsets fall back to UTF-8 when
// the bytes are valid UTF-8, else to Windows-1252 (a superset of Latin-1).
class CharsetDecoder {
public:
    CharsetDecoder(const char* charset, std::vector<MimeProblem>& problems, uint64_t at) {
        if (!charset || !*charset || sameCharset(charset, "utf-8") || sameCharset(charset, "utf8") ||
            sameCharset(charset, "us-ascii") || sameCharset(charset, "ascii")) {
            return;
        }
        cd_ = g_mime_iconv_open("UTF-8", charset);
        if (cd_ == reinterpret_cast<iconv_t>(-1)) {
            cd_ = nullptr;
            problems.push_back({at, true, Severity::warning,
                                "unknown charset '" + std::string(charset).substr(0, 40) +
                                    "'; the text is read as UTF-8 (or Windows-1252 where it is not valid UTF-8)"});
        }
    }
    ~CharsetDecoder() {
        if (cd_) g_mime_iconv_close(cd_);
        if (fallback_) g_mime_iconv_close(fallback_);
    }
    CharsetDecoder(const CharsetDecoder&) = delete;
    CharsetDecoder& operator=(const CharsetDecoder&) = delete;

    // Appends the UTF-8 form of `in` to `out`; returns true when the bytes were copied as they
    // are (so they map one to one to the source).
    bool decode(std::string_view in, std::string& out) {
        if (!cd_) {
            if (utf8::isValid(in)) {
                out.append(in);
                return true;
            }
            if (!fallback_) fallback_ = g_mime_iconv_open("UTF-8", "WINDOWS-1252");
            if (fallback_ == reinterpret_cast<iconv_t>(-1)) {
                fallback_ = nullptr;
                out.append(in);
                return true;
            }
            convert(fallback_, in, out);
            return false;
        }
        convert(cd_, in, out);
        return false;
    }

private:
    static void convert(iconv_t cd, std::string_view in, std::string& out) {
        char* inp = const_cast<char*>(in.data());
        size_t inLeft = in.size();
        char buf[4096];
        while (inLeft > 0) {
            char* outp = buf;
            size_t outLeft = sizeof buf;
            size_t r = iconv(cd, &inp, &inLeft, &outp, &outLeft);
            out.append(buf, static_cast<size_t>(outp - buf));
            if (r == static_cast<size_t>(-1)) {
                if (errno == E2BIG) continue;
                out += "\xEF\xBF\xBD";   // an invalid or incomplete sequence: U+FFFD, skip a byte
                ++inp;
                --inLeft;
            }
        }
        char* outp = buf;
        size_t outLeft = sizeof buf;
        iconv(cd, nullptr, nullptr, &outp, &outLeft);
        out.append(buf, static_cast<size_t>(outp - buf));
    }

    iconv_t cd_ = nullptr;
    iconv_t fallback_ = nullptr;
};

size_t countCodePoints(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Splits `data` into lines (LF, CRLF); `each(line, offsetInData)`.
template <class F>
void forEachLine(std::string_view data, F each) {
    size_t pos = 0;
    while (pos < data.size()) {
        size_t nl = data.find('\n', pos);
        size_t end = nl == std::string_view::npos ? data.size() : nl;
        size_t stop = end > pos && data[end - 1] == '\r' ? end - 1 : end;
        each(data.substr(pos, stop - pos), pos);
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
}

// The body of a part stored as 7bit/8bit/binary text: each line decoded from its charset and
// mapped to its own place in the source.
void plainBody(std::string_view raw, uint64_t rawOffset, CharsetDecoder& decoder, EmailBody& body) {
    forEachLine(raw, [&](std::string_view line, size_t at) {
        BodyLine l;
        l.begin = static_cast<uint32_t>(body.text.size());
        l.source = rawOffset + at;
        l.sourceEnd = l.source + line.size();
        if (decoder.decode(line, body.text)) {
            l.mapping = LineMapping::bytes;
        } else {
            std::string_view decoded(body.text.data() + l.begin, body.text.size() - l.begin);
            l.mapping = countCodePoints(decoded) == line.size() ? LineMapping::codePoints : LineMapping::span;
        }
        l.end = static_cast<uint32_t>(body.text.size());
        body.text += '\n';
        body.lines.push_back(l);
    });
}

// A decoded (quoted-printable, base64, HTML) body: every line stands for the part's first line.
void encodedBody(std::string_view text, uint64_t partStart, uint64_t firstLineEnd, EmailBody& body) {
    forEachLine(text, [&](std::string_view line, size_t) {
        BodyLine l;
        l.begin = static_cast<uint32_t>(body.text.size());
        body.text.append(line);
        l.end = static_cast<uint32_t>(body.text.size());
        body.text += '\n';
        l.source = partStart;
        l.sourceEnd = firstLineEnd;
        l.mapping = LineMapping::span;
        body.lines.push_back(l);
    });
}

bool validBase64(std::string_view raw) {
    for (unsigned char c : raw) {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                  c == '/' || c == '=' || c == '\r' || c == '\n' || c == ' ' || c == '\t';
        if (!ok) return false;
    }
    return true;
}

struct BodyChoice {
    GMimePart* plain = nullptr;
    GMimePart* html = nullptr;
    GMimeMessage* attached = nullptr;   // the first message/rfc822 part, a fallback
};

// True when a part's stored content is only white space (an empty alternative).
bool blankContent(GMimePart* part) {
    GMimeDataWrapper* w = g_mime_part_get_content(part);
    GMimeStream* s = w ? g_mime_data_wrapper_get_stream(w) : nullptr;
    if (!s) return true;
    if (s->bound_end < 0) return false;
    return s->bound_end - s->bound_start < 4096 && [&] {
        GPtr<GMimeStream> mem(g_mime_stream_mem_new());
        g_mime_data_wrapper_write_to_stream(w, mem.get());
        GByteArray* a = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
        for (guint i = 0; a && i < a->len; ++i) {
            if (!g_ascii_isspace(a->data[i])) return false;
        }
        return true;
    }();
}

void choose(GMimeObject* obj, BodyChoice& c, int depth) {
    if (!obj || depth > 50) return;
    if (GMIME_IS_MULTIPART(obj)) {
        GMimeMultipart* mp = GMIME_MULTIPART(obj);
        int n = g_mime_multipart_get_count(mp);
        for (int i = 0; i < n; ++i) choose(g_mime_multipart_get_part(mp, i), c, depth + 1);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(obj)) {   // an attached message: only if there is nothing else
        if (!c.attached) c.attached = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
        return;
    }
    if (!GMIME_IS_PART(obj)) return;
    GMimePart* part = GMIME_PART(obj);
    if (g_mime_part_is_attachment(part)) return;
    GMimeContentType* ct = g_mime_object_get_content_type(obj);
    if (!ct) return;
    if (g_mime_content_type_is_type(ct, "text", "plain")) {
        if (!c.plain && !blankContent(part)) c.plain = part;
    } else if (g_mime_content_type_is_type(ct, "text", "html")) {
        if (!c.html && !blankContent(part)) c.html = part;
    }
}

void readBody(std::string_view bytes, GMimePart* part, bool html, EmailMessage& msg,
              std::vector<MimeProblem>& problems) {
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    msg.hasText = true;
    if (!wrapper) return;
    GMimeStream* stream = g_mime_data_wrapper_get_stream(wrapper);
    if (!stream) return;
    int64_t start = stream->bound_start;
    int64_t end = stream->bound_end < 0 ? static_cast<int64_t>(bytes.size()) : stream->bound_end;
    bool inSource = start >= 0 && start <= end && end <= static_cast<int64_t>(bytes.size());
    if (!inSource) {   // not backed by the source (should not happen with a persistent stream)
        start = static_cast<int64_t>(msg.offset);
        end = start;
    }
    std::string_view raw = bytes.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    uint64_t partStart = static_cast<uint64_t>(start);
    msg.body.partStart = partStart;
    GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(wrapper);
    CharsetDecoder decoder(g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset"), problems,
                           partStart);

    size_t nul = raw.find('\0');
    if (nul != std::string_view::npos && encoding != GMIME_CONTENT_ENCODING_BASE64) {
        problems.push_back({partStart + nul, true, Severity::warning,
                            "NUL bytes in the message text; they are ignored"});
    }

    bool stored = encoding == GMIME_CONTENT_ENCODING_DEFAULT || encoding == GMIME_CONTENT_ENCODING_7BIT ||
                  encoding == GMIME_CONTENT_ENCODING_8BIT || encoding == GMIME_CONTENT_ENCODING_BINARY;
    if (stored && !html && inSource) {
        plainBody(raw, partStart, decoder, msg.body);
        return;
    }

    // Decode the transfer encoding with GMime, then the charset.
    if (encoding == GMIME_CONTENT_ENCODING_BASE64 && !validBase64(raw)) {
        problems.push_back({partStart, true, Severity::warning,
                            "invalid base64 in the message text; the valid characters were decoded"});
    }
    GPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, mem.get());
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.get()));
    std::string_view decodedBytes(array ? reinterpret_cast<const char*>(array->data) : "", array ? array->len : 0);
    std::string text;
    forEachLine(decodedBytes, [&](std::string_view line, size_t) {
        decoder.decode(line, text);
        text += '\n';
    });
    if (html) {
        std::string error;
        text = htmlToText(text, error);
        if (!error.empty()) problems.push_back({partStart, true, Severity::error, error});
    }

    size_t firstEol = raw.find('\n');
    uint64_t firstLineEnd = partStart + (firstEol == std::string_view::npos ? raw.size() : firstEol);
    if (firstEol != std::string_view::npos && firstEol > 0 && raw[firstEol - 1] == '\r') --firstLineEnd;
    switch (encoding) {
        case GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE: msg.body.encoding = "quoted-printable"; break;
        case GMIME_CONTENT_ENCODING_BASE64: msg.body.encoding = "base64"; break;
        case GMIME_CONTENT_ENCODING_UUENCODE: msg.body.encoding = "uuencode"; break;
        default: msg.body.encoding = "plain"; break;
    }
    if (html) msg.body.encoding = msg.body.encoding == "plain" ? "HTML" : "HTML, " + msg.body.encoding;
    encodedBody(text, partStart, firstLineEnd, msg.body);
}

std::string headerValue(GMimeObject* obj, const char* name) {
    const char* v = g_mime_object_get_header(obj, name);
    return v ? std::string(v) : std::string();
}

void appendReferences(const char* text, std::vector<std::string>& out) {
    if (!text) return;
    GMimeReferences* refs = g_mime_references_parse(nullptr, text);
    if (!refs) return;
    int n = g_mime_references_length(refs);
    for (int i = 0; i < n; ++i) out.emplace_back(g_mime_references_get_message_id(refs, i));
    g_mime_references_free(refs);
}

// No usable text part, but the body itself is text: a multipart without parts (no boundary,
// truncated) or a part whose Content-Type could not be read. Its raw body is read as text.
bool rawBodyIsText(GMimeObject* top) {
    if (GMIME_IS_MULTIPART(top)) return g_mime_multipart_get_count(GMIME_MULTIPART(top)) == 0;
    if (!GMIME_IS_PART(top)) return false;
    GMimeContentType* ct = g_mime_object_get_content_type(top);
    return ct && g_mime_content_type_is_type(ct, "application", "octet-stream") &&
           !g_mime_part_get_filename(GMIME_PART(top)) &&
           (g_mime_part_get_content_encoding(GMIME_PART(top)) == GMIME_CONTENT_ENCODING_DEFAULT ||
            g_mime_part_get_content_encoding(GMIME_PART(top)) == GMIME_CONTENT_ENCODING_7BIT ||
            g_mime_part_get_content_encoding(GMIME_PART(top)) == GMIME_CONTENT_ENCODING_8BIT);
}

// The text after the header block that starts at `from`, up to `end`.
void rawBody(std::string_view bytes, uint64_t from, uint64_t end, EmailMessage& msg) {
    std::string_view region = bytes.substr(from, end - from);
    size_t blank = region.find("\n\n");
    size_t crlf = region.find("\r\n\r\n");
    size_t start = std::min(blank == std::string_view::npos ? region.size() : blank + 2,
                            crlf == std::string_view::npos ? region.size() : crlf + 4);
    std::vector<MimeProblem> none;   // no charset: nothing to report
    CharsetDecoder decoder(nullptr, none, 0);
    plainBody(region.substr(start), from + start, decoder, msg.body);
    msg.body.partStart = from + start;
    msg.hasText = true;
}

void readMessage(std::string_view bytes, GMimeMessage* message, uint64_t offset, uint64_t end, EmailMessage& msg,
                 std::vector<MimeProblem>& problems) {
    GMimeObject* obj = GMIME_OBJECT(message);
    msg.offset = offset;
    if (InternetAddressList* from = g_mime_message_get_from(message);
        from && internet_address_list_length(from) > 0) {
        InternetAddress* ia = internet_address_list_get_address(from, 0);
        const char* name = internet_address_get_name(ia);
        msg.fromName = name ? name : "";
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia));
            msg.fromAddress = addr ? addr : "";
        }
        msg.from = msg.fromName.empty() ? msg.fromAddress
                   : msg.fromAddress.empty() ? msg.fromName
                                             : msg.fromName + " <" + msg.fromAddress + ">";
    }
    msg.date = headerValue(obj, "Date");
    if (const char* subject = g_mime_message_get_subject(message)) msg.subject = subject;
    if (const char* id = g_mime_message_get_message_id(message)) msg.messageId = id;
    appendReferences(g_mime_object_get_header(obj, "References"), msg.references);
    appendReferences(g_mime_object_get_header(obj, "In-Reply-To"), msg.references);

    GMimeObject* top = g_mime_message_get_mime_part(message);
    BodyChoice choice;
    choose(top, choice, 0);
    for (int nested = 0; !choice.plain && !choice.html && choice.attached && nested < 5; ++nested) {
        GMimeMessage* attached = choice.attached;
        choice = {};
        choose(g_mime_message_get_mime_part(attached), choice, 0);
    }
    if (choice.plain) {
        readBody(bytes, choice.plain, false, msg, problems);
    } else if (choice.html) {
        readBody(bytes, choice.html, true, msg, problems);
    } else if (top && rawBodyIsText(top) && end > offset) {
        rawBody(bytes, offset, end, msg);
    }
}

// Input without a header block (a bare reply text): all of it is the body of a draft.
void headerlessMessage(std::string_view bytes, EmailMessage& msg) {
    std::vector<MimeProblem> none;
    CharsetDecoder decoder(nullptr, none, 0);
    plainBody(bytes, 0, decoder, msg.body);
    msg.hasText = true;
}

}  // namespace

void parseEmailsWithGMime(std::string_view bytes, bool mbox, const std::function<void(EmailMessage&)>& onMessage,
                          std::vector<MimeProblem>& problems) {
    initGMime();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    bool fromLine = bytes.substr(0, 5) == "From ";
    g_mime_parser_set_format(parser.get(), mbox || fromLine ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    g_mime_parser_set_persist_stream(parser.get(), TRUE);
    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> options(g_mime_parser_options_new());
    g_mime_parser_options_set_warning_callback(options.get(), onParserWarning, &problems);

    size_t count = 0;
    size_t problemsBefore = problems.size();
    while (!g_mime_parser_eos(parser.get())) {
        GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
        bool noHeaders = message && g_mime_header_list_get_count(g_mime_object_get_header_list(GMIME_OBJECT(message.get()))) == 0;
        if ((!message || noHeaders) && count == 0 && !mbox && !fromLine) {
            problems.resize(problemsBefore);   // GMime's complaints about "headers" that are text
            if (bytes.find('\0') != std::string_view::npos || !utf8::isValid(bytes)) {
                problems.push_back({0, false, Severity::error,
                                    "not an e-mail message: no headers, and not UTF-8 text (binary data?); not linted"});
                return;
            }
            EmailMessage msg;
            headerlessMessage(bytes, msg);
            onMessage(msg);
            return;
        }
        if (!message) {
            if (count == 0) {
                problems.push_back({0, false, Severity::error, "no mbox `From ` line found; not an mbox file"});
            }
            break;
        }
        uint64_t end = static_cast<uint64_t>(std::max<gint64>(g_mime_parser_tell(parser.get()), 0));
        end = std::min<uint64_t>(end, bytes.size());
        gint64 at = mbox || fromLine ? g_mime_parser_get_mbox_marker_offset(parser.get())
                                     : g_mime_parser_get_headers_begin(parser.get());
        if (!mbox && count == 1) {
            problems.push_back({static_cast<uint64_t>(std::max<gint64>(at, 0)), at >= 0, Severity::warning,
                                "more messages follow; only the first is linted (use --input mbox for all)"});
            break;
        }
        EmailMessage msg;
        readMessage(bytes, message.get(), static_cast<uint64_t>(std::max<gint64>(at, 0)), end, msg, problems);
        onMessage(msg);
        ++count;
    }
}

}  // namespace replylint
