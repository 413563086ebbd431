// Parses RFC 5322 messages with GMime: the headers that say who wrote a message and which
// thread it belongs to, and the text of its body part (text/plain preferred, HTML reduced to
// text), converted to UTF-8, with every line mapped back to where it is in the source.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/severity.h"

namespace replylint {

// How a body line's bytes map back to the source.
enum class LineMapping {
    bytes,       // byte i of the line is source byte source+i (stored plainly, UTF-8)
    codePoints,  // code point i is source byte source+i (a single-byte charset, converted)
    span,        // the whole line stands for [source, sourceEnd) (encoded part, multi-byte charset)
};

struct BodyLine {
    uint32_t begin = 0, end = 0;   // the line in EmailBody::text, without its terminator
    uint64_t source = 0;
    uint64_t sourceEnd = 0;        // for LineMapping::span
    LineMapping mapping = LineMapping::bytes;
};

struct EmailBody {
    std::string text;              // UTF-8
    std::vector<BodyLine> lines;
    // Non-empty when the part is not stored plainly ("quoted-printable", "base64", "HTML"):
    // every line then maps to the part's first body line.
    std::string encoding;
    uint64_t partStart = 0;        // source offset of the part's first body line
};

struct EmailMessage {
    uint64_t offset = 0;           // where the message (its headers) starts in the source
    std::string from;              // decoded: "Name <addr>", or the address
    std::string fromName;
    std::string fromAddress;
    std::string date;              // as written; empty when there is no Date: header
    std::string subject;           // decoded
    std::string messageId;
    std::vector<std::string> references;   // References, then In-Reply-To (message ids)
    bool hasText = false;          // a text part was found
    EmailBody body;
};

struct MimeProblem {
    uint64_t offset = 0;           // source offset the problem is at (line 0 when unknown)
    bool located = false;
    Severity severity = Severity::warning;
    std::string message;
};

// Parses `bytes` as one message (`mbox` false; a leading mbox `From ` line is allowed) or as
// an mbox file of many. Each message goes to `onMessage`; problems (malformed MIME, an unknown
// charset, bad base64, …) to `problems`. Never throws for bad input. GMime does the work, in
// the replylint-mime module (email_mime_module.h) unless it is linked in (tests, fuzzers);
// when the module cannot be opened, that is the one problem reported.
void parseEmails(std::string_view bytes, bool mbox, const std::function<void(EmailMessage&)>& onMessage,
                 std::vector<MimeProblem>& problems);

// The GMime implementation itself (email_mime.cpp), and its global set-up.
void parseEmailsWithGMime(std::string_view bytes, bool mbox, const std::function<void(EmailMessage&)>& onMessage,
                          std::vector<MimeProblem>& problems);
void initGMime();

}  // namespace replylint
