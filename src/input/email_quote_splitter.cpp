#include "input/email_quote_splitter.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "text/ascii.h"
#include "text/byte_scan.h"

namespace replylint {

namespace {

RE2::Options caseless() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    return o;
}

// Verbs of "… wrote:" in the common languages.
#define REPLYLINT_WROTE                                                                         \
    R"((?:wrote|writes|sent|schrieb|a écrit|a ecrit|escribió|escribio|escreveu|ha scritto|)"    \
    R"(schreef|het volgende geschreven|skrev|napisał(?:\(a\))?|napisal(?:\(a\))?|napsal(?:\(a\))?|)" \
    R"(написал(?:\(а\))?|написала|kirjoitti|yazdı|kirjutas|rašė|写道|書きました))"

// No counted repetitions such as .{0,300}: RE2 expands them at compile time, which cost
// 20 ms at start-up. Lines longer than 400 bytes are never tested instead.
// Each pattern compiles on first use, so a draft only pays for the ones its lines need.
namespace pat {

// "On <date>, <name> wrote:" and its translations, led by the word for "on".
const RE2& onWrote() {
    static const RE2 re{R"(^[-\s]*(?:on|am|le|el|em|il(?: giorno)?|op|den|på|w dniu|dne|в|el día)\s.*?)" REPLYLINT_WROTE
                R"(\s*[:：]?[-\s]*$)", caseless()};
    return re;
}
// German, Dutch and Scandinavian put the writer after the verb: "Am <date> schrieb <name>:".
const RE2& verbThenName() {
    static const RE2 re{R"(^[-\s]*(?:am|op|den|på)\s.*?\b(?:schrieb|schreef|skrev)\s.+[:：]\s*$)", caseless()};
    return re;
}
// The first line of an attribution: "On …", "Am …".
const RE2& attributionStart() {
    static const RE2 re{R"(^[-\s]*(?:on|am|le|el|em|il|op|den|på|w dniu)\s)", caseless()};
    return re;
}
// "<name> <addr> wrote:" or "02.04.2012 14:20 <name> написал:" — needs a date or an address.
const RE2& verbAtEnd() {
    static const RE2 re{R"(^.*?[\d@].*?)" REPLYLINT_WROTE R"(\s*[:：]\s*$)", caseless()};
    return re;
}
// "2014-10-17 11:28 GMT+03:00 Postmaster <addr>:" (date, then an address).
const RE2& dateAddress() {
    static const RE2 re{R"(^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.*?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+>?\s*[:：]?\s*$)", caseless()};
    return re;
}
const RE2& originalMessage() {
    static const RE2 re{
        R"(^\s*[-_*=]{2,}\s*(?:original message|reply message|forwarded message|)"
        R"(ursprüngliche nachricht|antwort nachricht|weitergeleitete nachricht|oprindelig meddelelse|)"
        R"(videresendt meddelelse|message d'origine|message original|message transféré|mensaje original|)"
        R"(mensaje reenviado|messaggio originale|messaggio inoltrato|mensagem original|mensagem encaminhada|)"
        R"(oorspronkelijk bericht|doorgestuurd bericht|originalmeddelande|vidarebefordrat meddelande|)"
        R"(opprinnelig melding|alkuperäinen viesti|původní zpráva|wiadomość oryginalna|)"
        R"(исходное сообщение|пересылаемое сообщение)\s*[-_*=]{2,}\s*$)"
        R"(|^\s*begin forwarded message\s*:\s*$)",
        caseless()};
    return re;
}
// One header line of a quoted message's header block; the group says which header.
const RE2& headerKey() {
    static const RE2 re{R"(^\s*\*?\s*(?:(from|von|de|fra|från|van|da|od|от|lähettäjä|feladó|发件人|寄件者|差出人)|)"
                  R"((sent|date|gesendet|datum|envoyé|envoye|sendt|skickat|verzonden|inviato|data|enviado|)"
                  R"(fecha|wysłane|отправлено|дата|lähetetty|发送时间|日期|送信日時)|)"
                  R"((to|cc|an|à|a|til|till|aan|para|do|кому|vastaanottaja|收件人|宛先)|)"
                  R"((subject|betreff|objet|emne|ämne|onderwerp|oggetto|asunto|assunto|temat|тема|aihe|主题|件名)))"
                  R"(\s*\*?\s*[:：])",
                  caseless()};
    return re;
}
const RE2& separator() {
    static const RE2 re{R"(^\s*(?:[-_=*]\s?){3,}\s*$)"};
    return re;
}
const RE2& address() {
    static const RE2 re{R"(([\w.+'-]+@[\w-]+(?:\.[\w-]+)+))"};
    return re;
}
const RE2& wroteVerb() {
    static const RE2 re{"(" REPLYLINT_WROTE ")", caseless()};
    return re;
}

// Signatures and footers.
const RE2& sigDelimiter() {
    static const RE2 re{R"(^\s*(?:--|__)\s*$)"};
    return re;
}
// Latin letters only: \pL would cost 6 ms to compile.
const RE2& dashName() {
    static const RE2 re{R"(^\s*(?:-[A-Za-zÀ-ÖØ-öø-ÿ]|--\s?[A-Za-zÀ-ÖØ-öø-ÿ])[A-Za-zÀ-ÖØ-öø-ÿ.'-]*(?:\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'-]*){0,3}\s*$)"};
    return re;
}
const RE2& mobile() {
    static const RE2 re{R"(^\s*(?:sent from my(?:\s+[\w-]+){1,4}|sent (?:from|with|via) (?:mail|outlook|yahoo mail|)"
               R"(samsung mobile|gmail|sparrow|mailbox|airmail|blackberry)\b.*|)"
               R"(get outlook for \w+|von meinem \w+(?:\s\w+)? gesendet|envoyé de mon \w+|)"
               R"(enviado desde mi \w+|enviado do meu \w+|inviato da(?:l mio)? \w+|)"
               R"(verzonden (?:met|vanaf) (?:mijn )?\w+|skickat från min \w+|sendt fra min \w+)\.?\s*$)",
               caseless()};
    return re;
}
// Sign-off lines: "<opening> <closing>" ("Best regards") or one of the phrases, then at most
// one of , . ! — matched as a table for ASCII lines (most of them, and the regex below takes
// a quarter of a millisecond to compile), by the regex built from the same table otherwise.
constexpr std::string_view kSignOffOpenings[] = {"best", "kind", "warm", "warmest", "many", "with", "all the best"};
constexpr std::string_view kSignOffClosings[] = {"regards", "wishes", "thanks"};
constexpr std::string_view kSignOffs[] = {
    "regards", "best", "cheers", "thanks", "thanks again", "thanks so much", "thanks a lot", "thank you",
    "thank you so much", "thank you again", "sincerely", "yours", "yours truly", "yours sincerely", "all the best",
    "take care", "respectfully", "cordially", "mit freundlichen grüßen", "mit freundlichen grüssen", "viele grüße",
    "beste grüße", "liebe grüße", "cordialement", "bien à vous", "salutations", "saludos", "atentamente",
    "un saludo", "cordiali saluti", "distinti saluti", "saluti", "atenciosamente", "abraços",
    "met vriendelijke groet", "met vriendelijke groeten", "groeten", "vriendelijke groeten",
    "med vänliga hälsningar", "hälsningar", "med venlig hilsen", "mvh", "pozdrawiam", "с уважением",
    "ystävällisin terveisin"};

const RE2& valediction() {
    static const RE2 re{[] {
                            auto alternatives = [](auto& list) {
                                std::string out;
                                for (std::string_view p : list) {
                                    out += (out.empty() ? "" : "|") + RE2::QuoteMeta(re2::StringPiece(p.data(), p.size()));
                                }
                                return out;
                            };
                            return R"(^\s*(?:(?:)" + alternatives(kSignOffOpenings) + R"()\s+(?:)" +
                                   alternatives(kSignOffClosings) + ")|" + alternatives(kSignOffs) +
                                   R"()\s*[,.!]?\s*$)";
                        }(),
                        caseless()};
    return re;
}
const RE2& legal() {
    static const RE2 re{R"(^\s*(?:confidentiality notice|disclaimer\s*:|legal notice\s*:|)"
              R"(this (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^.]*)? )"
              R"((?:is|are|may be|may contain|contains?) (?:confidential|intended|privileged|proprietary)|)"
              R"(the information (?:contained )?in this (?:e-?mail|message|communication)|)"
              R"(if you are not the intended recipient|)"
              R"(if you have received this (?:e-?mail|message|communication) in error|)"
              R"(to unsubscribe from this (?:group|list)))",
              caseless()};
    return re;
}

}  // namespace pat



re2::StringPiece piece(std::string_view s) { return {s.data(), s.size()}; }

bool isBlankText(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '*')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '*' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// RE2's \s.
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Cheap tests that keep most lines away from the patterns (and their compilation).
char firstChar(std::string_view s) {
    for (char c : s) {
        if (c != ' ' && c != '\t') return c;
    }
    return 0;
}

// `needle` is lower case.
bool containsAsciiCaseless(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        size_t k = 0;
        while (k < needle.size() && ascii::toLower(hay[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

// An attribution ends with ':' (also the full-width '：'), '-' or '>', or names a verb.
bool mayEndAttribution(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    if (s.empty()) return false;
    char last = s.back();
    if (last == ':' || last == '-' || last == '>' || s.substr(s.size() >= 3 ? s.size() - 3 : 0) == "\xEF\xBC\x9A") {
        return true;
    }
    return containsAsciiCaseless(s.substr(s.size() >= 6 ? s.size() - 6 : 0), "wrote") ||
           containsAsciiCaseless(s.substr(s.size() >= 6 ? s.size() - 6 : 0), "writes");
}


// Every legal-footer pattern contains one of these words.
bool mayBeLegal(std::string_view s) {
    std::string lower(s);   // once, not once per word
    for (char& c : lower) c = ascii::toLower(c);
    for (std::string_view w : {"confidential", "disclaimer", "legal notice", "intended", "privileged", "proprietary",
                               "information", "in error", "unsubscribe"}) {
        if (lower.find(w) != std::string::npos) return true;
    }
    return false;
}

// Counts leading `>` markers (">", "> >", ">>", up to three spaces before the first) and
// where the text after them (and one space) begins.
int quoteLevel(std::string_view line, uint32_t& contentBegin) {
    if (line.substr(0, 6) == ">From ") {   // mbox's escape of a "From " line, not a quote
        contentBegin = 1;
        return 0;
    }
    size_t j = 0;
    while (j < line.size() && j < 3 && line[j] == ' ') ++j;
    int level = 0;
    size_t i = 0;
    if (j < line.size() && line[j] == '>') {
        i = j;
        while (i < line.size()) {
            if (line[i] == '>') {
                ++level;
                ++i;
            } else if ((line[i] == ' ' || line[i] == '\t') && i + 1 < line.size() && line[i + 1] == '>') {
                ++i;
            } else {
                break;
            }
        }
        if (i < line.size() && line[i] == ' ') ++i;
    }
    contentBegin = static_cast<uint32_t>(i);
    return level;
}

// Who an attribution names: "Name <addr>", a bare address, or a name.
std::string attributionWho(std::string_view text) {
    re2::StringPiece addr;
    std::string name;
    auto cutName = [](std::string_view s) {
        size_t comma = s.find_last_of(",;");
        if (comma != std::string_view::npos) s = s.substr(comma + 1);
        s = trim(s);
        while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == '<' || s.back() == '(' ||
                              s.back() == '[' || s.back() == ' ')) {
            s.remove_suffix(1);
        }
        while (!s.empty() && (s.front() == '"' || s.front() == '\'' || s.front() == ' ')) s.remove_prefix(1);
        if (s.size() > 60) return std::string();
        for (char c : s) {
            if (c >= '0' && c <= '9') return std::string();   // a date, not a name
        }
        return std::string(s);
    };
    if (RE2::PartialMatch(piece(text), pat::address(), &addr)) {
        std::string_view before = text.substr(0, static_cast<size_t>(addr.data() - text.data()));
        name = cutName(before);
        if (name.find('@') != std::string::npos) name.clear();
        std::string a(addr.data(), addr.size());
        return name.empty() ? a : name + " <" + a + ">";
    }
    re2::StringPiece verb;
    if (RE2::PartialMatch(piece(text), pat::wroteVerb(), &verb)) {
        name = cutName(text.substr(0, static_cast<size_t>(verb.data() - text.data())));
    }
    return name;
}

#undef REPLYLINT_WROTE

struct Splitter {
    size_t lines = 0;      // lines the splitter takes; 0 when there is none at i
    std::string who;
    bool wrote = false;    // an "… wrote:" line (the quote usually follows with `>`)
};

class Splitting {
public:
    explicit Splitting(const std::vector<std::string_view>& lines) : lines_(lines) {
        size_t n = lines.size();
        level_.resize(n);
        begin_.resize(n);
        blank_.resize(n);
        for (size_t i = 0; i < n; ++i) {
            level_[i] = std::min(quoteLevel(lines[i], begin_[i]), kMaxQuoteDepth);
            blank_[i] = isBlankText(content(i));
        }
    }

    QuoteSplit run();

private:
    std::string_view content(size_t i) const { return lines_[i].substr(begin_[i]); }
    Splitter detect(size_t i) const;
    size_t headerBlock(size_t i, std::string& from) const;
    size_t attributionLines(size_t i, int lookahead = 2) const;
    void markSignatures(QuoteSplit& out) const;

    const std::vector<std::string_view>& lines_;
    std::vector<int> level_;
    std::vector<uint32_t> begin_;
    std::vector<bool> blank_;
};

// A header block (From:/Sent:/To:/Subject: or a translation) starting at i: the number of
// lines it takes, or 0. It needs two kinds of header, one of them From or Date.
size_t Splitting::headerBlock(size_t i, std::string& from) const {
    re2::StringPiece g[4];
    bool seen[4] = {false, false, false, false};
    size_t j = i, lastKey = i, continuations = 0;
    bool any = false;
    std::string_view fromLine;
    while (j < lines_.size() && j < i + 12 && level_[j] == level_[i] && !blank_[j]) {
        std::string_view c = content(j);
        size_t colon = c.find_first_of(":\xEF");   // ':' or the first byte of '：'
        // A header key is one word ("From", "Betreff", "发件人"), so "On Mon, 6 May 2024 at
        // 18:02, …" never reaches the pattern.
        bool oneWord = colon != std::string_view::npos && trim(c.substr(0, colon)).find_first_of(" \t") == std::string_view::npos;
        if (c.size() < 400 && colon != std::string_view::npos && colon < 40 && oneWord &&
            RE2::PartialMatch(piece(c), pat::headerKey(), &g[0], &g[1], &g[2], &g[3])) {
            for (int k = 0; k < 4; ++k) {
                if (!g[k].empty()) {
                    seen[k] = true;
                    if (k == 0 && fromLine.empty()) fromLine = c.substr(c.find_first_of(":：") + 1);
                }
            }
            lastKey = j;
            any = true;
        } else if (!any || j - lastKey > 1 || ++continuations > 2) {
            break;
        }
        ++j;
    }
    int kinds = seen[0] + seen[1] + seen[2] + seen[3];
    if (!any || kinds < 2 || !(seen[0] || seen[1])) return 0;
    if (!fromLine.empty()) {
        // "Name [mailto:addr]" and "Name <addr>" both name the writer.
        std::string f(trim(fromLine));
        size_t mailto = f.find("[mailto:");
        if (mailto != std::string::npos) f = f.substr(0, mailto) + "<" + f.substr(mailto + 8);
        std::string who = attributionWho(f);
        from = who.empty() ? std::string(trim(f)) : who;
    }
    return lastKey + 1 - i;
}

// "On … wrote:" over one to three lines at i: the number of lines, or 0.
size_t Splitting::attributionLines(size_t i, int lookahead) const {
    std::string joined;
    for (size_t k = 0; k < 3 && i + k < lines_.size(); ++k) {
        size_t j = i + k;
        if (level_[j] != level_[i] || blank_[j]) break;
        std::string_view c = content(j);
        if (k == 1) {
            // A wrapped attribution starts with its date or address; and when the next line
            // starts one itself, this line ("Hi,") is text.
            if (content(i).find_first_of("0123456789@") == std::string_view::npos) break;
            if (lookahead > 0 && RE2::PartialMatch(piece(c), pat::attributionStart()) && attributionLines(j, lookahead - 1)) {
                break;
            }
        }
        // Wrapped lines without "On …" need the address to carry over ("Name <\naddr> wrote:").
        bool weak = k > 0 && joined.find('@') == std::string::npos && c.find('@') == std::string_view::npos &&
                    c.find('<') == std::string_view::npos;
        if (joined.size() + c.size() > 400) break;
        if (k) joined += ' ';
        joined.append(c);
        if (!mayEndAttribution(joined)) continue;
        if (RE2::FullMatch(joined, pat::onWrote()) || RE2::FullMatch(joined, pat::verbThenName())) return k + 1;
        if (weak) continue;
        if (RE2::FullMatch(joined, pat::verbAtEnd())) return k + 1;
        if (RE2::FullMatch(joined, pat::dateAddress())) {
            // Without a colon it needs quoted text right after it.
            bool colon = joined.find_last_of(":：") != std::string::npos &&
                         trim(joined).back() != '>';
            size_t next = j + 1;
            while (next < lines_.size() && blank_[next]) ++next;
            if (colon || (next < lines_.size() && level_[next] > level_[i])) return k + 1;
        }
    }
    return 0;
}

Splitter Splitting::detect(size_t i) const {
    std::string_view c = content(i);
    if (c.size() > 400) return {};
    Splitter s;
    auto skipBlank = [&](size_t j) {
        while (j < lines_.size() && j < i + 4 && blank_[j] && level_[j] == level_[i]) ++j;
        return j;
    };
    // "-----Original Message-----" starts with two rule characters or is "Begin forwarded
    // message:"; a separator starts with one. (The tests keep sign-offs such as "Best
    // regards" away from the long original-message pattern.)
    std::string_view lead = c.substr(std::min(c.find_first_not_of(" \t"), c.size()));
    auto rule = [](char ch) { return ch == '-' || ch == '_' || ch == '*' || ch == '='; };
    bool ruleLike = !lead.empty() && rule(lead[0]);
    bool originalLike = (ruleLike && lead.size() > 1 && rule(lead[1])) ||
                        (lead.size() >= 15 && containsAsciiCaseless(lead.substr(0, 15), "begin forwarded"));
    bool original = originalLike && RE2::FullMatch(piece(c), pat::originalMessage());
    if (original || (ruleLike && RE2::FullMatch(piece(c), pat::separator()))) {
        // "-----Original Message-----" or a rule line, then (for the rule line: must) a header block.
        size_t j = skipBlank(i + 1);
        size_t block = j < lines_.size() && level_[j] == level_[i] ? headerBlock(j, s.who) : 0;
        if (block) {
            s.lines = j + block - i;
        } else if (original) {
            s.lines = 1;
        }
        return s;
    }
    if (size_t block = headerBlock(i, s.who)) {
        s.lines = block;
        return s;
    }
    if (size_t n = attributionLines(i)) {
        std::string joined;
        for (size_t k = 0; k < n; ++k) {
            if (k) joined += ' ';
            joined.append(content(i + k));
        }
        s.lines = n;
        s.who = attributionWho(joined);
        s.wrote = true;
    }
    return s;
}

QuoteSplit Splitting::run() {
    size_t n = lines_.size();
    QuoteSplit out;
    out.lines.resize(n);
    std::vector<int> opened(kMaxQuoteDepth + 2, 0);       // unprefixed levels opened at marker level L
    std::vector<bool> hasContent(kMaxQuoteDepth + 2, false);
    struct Pending { bool active = false; int level = 0; std::string who; bool wrote = false; } pending;
    // After "X wrote:", a `>` quote within the next few lines means a line like "[...]" in
    // between is a snip mark, not the start of an unprefixed old message.
    auto quoteFollows = [&](size_t i, int level) {
        for (size_t j = i + 1, seen = 0; j < n && seen < 3; ++j) {
            if (blank_[j]) continue;
            if (level_[j] > level) return true;
            ++seen;
        }
        return false;
    };
    int prevLevel = 0;
    auto depthOf = [&](int level) {
        int d = level;
        for (int k = 0; k <= level; ++k) d += opened[k];
        return std::min(d, kMaxQuoteDepth);
    };
    auto attribute = [&](int depth, const std::string& who) {
        if (!who.empty() && !out.attributions.count(depth)) out.attributions[depth] = who;
    };

    for (size_t i = 0; i < n;) {
        int level = level_[i];
        QuoteLine& line = out.lines[i];
        line.contentBegin = begin_[i];
        line.contentEnd = static_cast<uint32_t>(lines_[i].size());
        if (blank_[i]) {
            line.kind = QuoteLineKind::blank;
            line.depth = depthOf(level);
            ++i;
            continue;
        }
        if (level > prevLevel) {
            for (int k = prevLevel + 1; k <= level; ++k) hasContent[k] = false;
        } else if (level < prevLevel) {
            for (int k = level + 1; k <= kMaxQuoteDepth; ++k) opened[k] = 0;
        }
        prevLevel = level;

        Splitter s = detect(i);
        if (s.lines) {
            // At the top of a quoted block the attribution names that block's writer
            // ("> On … wrote:" as the first quoted line); elsewhere it opens an older message.
            bool namesCurrent = level >= 1 && !hasContent[level];
            if (namesCurrent) {
                attribute(depthOf(level), s.who);
            } else {
                pending = {true, level, s.who, s.wrote};
            }
            for (size_t k = i; k < i + s.lines; ++k) {
                out.lines[k].kind = QuoteLineKind::attribution;
                out.lines[k].depth = depthOf(level);
                out.lines[k].contentBegin = begin_[k];
                out.lines[k].contentEnd = static_cast<uint32_t>(lines_[k].size());
            }
            i += s.lines;
            continue;
        }
        if (pending.active && level == pending.level && pending.wrote && quoteFollows(i, level)) {
            // a snip mark or a stray line: the quote below still belongs to the attribution
        } else if (pending.active) {
            if (level == pending.level) ++opened[level];        // Outlook: the old message is not prefixed
            if (level == pending.level) {
                attribute(depthOf(level), pending.who);
            } else if (level > pending.level) {   // ">> older" right under "X wrote:": X wrote the ">" level
                attribute(std::min(depthOf(pending.level) + 1, kMaxQuoteDepth), pending.who);
            }
            pending.active = false;
        }
        hasContent[level] = true;
        line.kind = QuoteLineKind::text;
        line.depth = depthOf(level);
        out.maxDepth = std::max(out.maxDepth, line.depth);
        ++i;
    }
    markSignatures(out);
    return out;
}

// Within each message (depth), a signature runs from its first line to the message's end.
void Splitting::markSignatures(QuoteSplit& out) const {
    std::vector<std::vector<size_t>> byDepth(static_cast<size_t>(out.maxDepth) + 1);
    for (size_t i = 0; i < out.lines.size(); ++i) {
        if (out.lines[i].kind == QuoteLineKind::text) byDepth[static_cast<size_t>(out.lines[i].depth)].push_back(i);
    }
    for (const auto& idx : byDepth) {
        size_t m = idx.size();
        size_t start = m;
        for (size_t k = 0; k < m && start == m; ++k) {
            std::string_view c = content(idx[k]);
            if (c.size() > 300) continue;
            size_t after = m - 1 - k;   // text lines of this message after this one
            auto shortTail = [&](size_t maxLen) {
                for (size_t r = k + 1; r < m; ++r) {
                    if (content(idx[r]).size() > maxLen) return false;
                }
                return true;
            };
            char first = firstChar(c);
            bool dashes = first == '-' || first == '_' || first == '=' || first == '*';
            if ((dashes && RE2::FullMatch(piece(c), pat::sigDelimiter())) ||
                (dashes && after <= 8 && RE2::FullMatch(piece(c), pat::dashName())) ||
                (dashes && after <= 6 && RE2::FullMatch(piece(c), pat::separator())) ||
                (after >= 1 && after <= 5 && c.size() <= 40 && shortTail(60) && isValediction(c)) ||
                (mayBeLegal(c) && RE2::PartialMatch(piece(c), pat::legal()))) {
                start = k;
            }
        }
        for (size_t k = 0; k < m; ++k) {
            std::string_view c = content(idx[k]);
            char first = ascii::toLower(firstChar(c));
            bool mobileLike = c.size() < 100 && std::string_view("sgvei").find(first) != std::string_view::npos &&
                              first != 0;
            if (k >= start || (mobileLike && RE2::FullMatch(piece(c), pat::mobile()))) {
                out.lines[idx[k]].kind = QuoteLineKind::signature;
            }
        }
    }
}

}  // namespace

// As pat::valediction() says, without compiling it for ASCII lines (nearly all sign-offs).
bool isValediction(std::string_view line) {
    if (bytescan::asciiRunEnd(line, 0) < line.size()) {
        return RE2::FullMatch(piece(line), pat::valediction());
    }
    auto trimSpace = [](std::string_view& s) {
        while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
        while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    };
    trimSpace(line);
    if (!line.empty() && (line.back() == ',' || line.back() == '.' || line.back() == '!')) line.remove_suffix(1);
    trimSpace(line);
    std::string lower(line);
    for (char& c : lower) c = ascii::toLower(c);
    auto in = [](const auto& list, std::string_view s) { return std::find(std::begin(list), std::end(list), s) != std::end(list); };
    if (in(pat::kSignOffs, lower)) return true;
    // "<opening> <closing>", any run of white space between.
    size_t last = lower.find_last_of(" \t\n\f\r");
    if (last == std::string::npos) return false;
    size_t openingEnd = last;
    while (openingEnd > 0 && isSpace(lower[openingEnd - 1])) --openingEnd;
    return in(pat::kSignOffOpenings, std::string_view(lower).substr(0, openingEnd)) &&
           in(pat::kSignOffClosings, std::string_view(lower).substr(last + 1));
}

QuoteSplit splitQuotes(const std::vector<std::string_view>& lines) {
    return Splitting(lines).run();
}

}  // namespace replylint
