#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "input/email_mime.h"
#include "input/email_quote_splitter.h"
#include "input/email_reader.h"

using namespace replylint;

namespace {

struct Split {
    std::vector<std::string> storage;
    QuoteSplit split;
};

Split splitText(const std::string& text) {
    Split s;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        s.storage.push_back(line);
    }
    std::vector<std::string_view> views(s.storage.begin(), s.storage.end());
    s.split = splitQuotes(views);
    return s;
}

std::string collapse(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// The text of one depth, whitespace collapsed; with `signatures`, signature lines too.
std::string textAt(const Split& s, int depth, bool signatures = false) {
    std::string out;
    for (size_t i = 0; i < s.storage.size(); ++i) {
        const QuoteLine& q = s.split.lines[i];
        bool wanted = q.kind == QuoteLineKind::text || (signatures && q.kind == QuoteLineKind::signature);
        if (q.depth != depth || !wanted) continue;
        out += s.storage[i].substr(q.contentBegin, q.contentEnd - q.contentBegin);
        out += '\n';
    }
    return collapse(out);
}

std::filesystem::path corpora() {
    return std::filesystem::path(__FILE__).parent_path() / "../../../shared/corpora/email";
}

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("top-posted reply over nested > quotes") {
    Split s = splitText(
        "Thanks, that fixed it.\n\n"
        "On Mon, 6 May 2024 at 18:02, Dana <dana@acme.com> wrote:\n"
        "> Please restart the router.\n"
        ">\n"
        "> On Sun, 5 May 2024, Pat <pat@example.com> wrote:\n"
        ">> My internet is down.\n");
    CHECK(textAt(s, 0) == "Thanks, that fixed it.");
    CHECK(textAt(s, 1) == "Please restart the router.");
    CHECK(textAt(s, 2) == "My internet is down.");
    CHECK(s.split.attributions[1] == "Dana <dana@acme.com>");
    CHECK(s.split.attributions[2] == "Pat <pat@example.com>");
    CHECK(s.split.lines[2].kind == QuoteLineKind::attribution);
}

TEST_CASE("Outlook blocks: unprefixed history after Original Message and From/Sent headers") {
    Split s = splitText(
        "Sorry about that.\n\n"
        "-----Original Message-----\n"
        "From: Pat Lee [mailto:pat@example.com]\n"
        "Sent: Monday, May 6, 2024 6:02 PM\n"
        "To: Support\n"
        "Subject: refund\n\n"
        "Where is my refund?\n\n"
        "________________________________\n"
        "Von: Dana <dana@acme.com>\n"
        "Gesendet: Sonntag, 5. Mai 2024 10:00\n"
        "An: Pat\n"
        "Betreff: refund\n\n"
        "Your refund is on its way.\n");
    CHECK(textAt(s, 0) == "Sorry about that.");
    CHECK(textAt(s, 1) == "Where is my refund?");
    CHECK(textAt(s, 2) == "Your refund is on its way.");
    CHECK(s.split.attributions[1] == "Pat Lee <pat@example.com>");
    CHECK(s.split.attributions[2] == "Dana <dana@acme.com>");
}

TEST_CASE("attribution lines in other languages, wrapped over lines") {
    for (const char* attribution :
         {"Am 06.05.2024 um 18:02 schrieb Pat Lee <pat@example.com>:", "Le 6 mai 2024 à 18:02, Pat Lee a écrit :",
          "El 6 may 2024, a las 18:02, Pat Lee escribió:", "Op 6 mei 2024 om 18:02 schreef Pat Lee:",
          "Il giorno 6 mag 2024, alle ore 18:02, Pat Lee ha scritto:", "Em 6 de mai. de 2024, Pat Lee escreveu:",
          "Den 6 maj 2024 kl. 18:02 skrev Pat Lee:", "W dniu 6.05.2024 o 18:02, Pat Lee pisze, napisał:",
          "6 мая 2024 г., в 18:02, Pat Lee написал(а):",
          "On Mon, May 6, 2024 at 6:02 PM Pat Lee <\npat@example.com> wrote:"}) {
        Split s = splitText(std::string("Done.\n\n") + attribution + "\n\n> It broke.\n");
        INFO(attribution);
        CHECK(textAt(s, 0) == "Done.");
        CHECK(textAt(s, 1) == "It broke.");
    }
}

TEST_CASE("lines that only look like attributions stay text") {
    Split s = splitText(
        "On your remote host you can run:\n"
        "  telnet 127.0.0.1 52698\n"
        "As my colleague wrote:\n"
        "Locally (on development), when I run...\n"
        "From: the warehouse, next week.\n");
    for (const auto& l : s.split.lines) CHECK(l.kind == QuoteLineKind::text);
}

TEST_CASE("signatures, sign-offs, mobile lines and footers are not text") {
    Split s = splitText(
        "The refund went out today.\n\n"
        "Sent from my iPhone\n\n"
        "Kind regards,\n"
        "Dana Reyes\n"
        "Acme Support | +1 555 0100\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail is confidential.\n");
    CHECK(textAt(s, 0) == "The refund went out today.");
    Split t = splitText("Fixed -- see the log.\n-- \nDana\n");
    CHECK(textAt(t, 0) == "Fixed -- see the log.");
    Split u = splitText("Thank you!\n");   // a closing line with no name after it is text
    CHECK(textAt(u, 0) == "Thank you!");
    Split v = splitText("Here is another email\n\nSent from my desk, is much easier then my mobile phone.\n");
    CHECK(textAt(v, 0) == "Here is another email Sent from my desk, is much easier then my mobile phone.");
}

TEST_CASE("inline replies between quoted lines belong to the new text") {
    Split s = splitText(
        "On Tue, Apr 29, 2014 at 4:22 PM, Pat <pat@example.com> wrote:\n"
        "> Can you refund it?\n"
        "Yes, done.\n"
        "> And the shipping?\n"
        "That too.\n");
    CHECK(textAt(s, 0) == "Yes, done. That too.");
    CHECK(textAt(s, 1) == "Can you refund it? And the shipping?");
}

TEST_CASE("very deep and very long quote lines are bounded") {
    std::string deep(5000, '>');
    Split s = splitText("Hi\n" + deep + " text\n" + std::string(100000, 'x') + "\n");
    CHECK(s.split.maxDepth == kMaxQuoteDepth);
    CHECK(textAt(s, 0).size() > 100000);
}

// mailgun/talon tests/text_quotations_test.py test_standard_replies: the text before the
// quotation (signatures included) is "Hello" unless a *_reply_text file gives it.
TEST_CASE("talon standard replies split as talon's tests expect") {
    auto dir = corpora() / "talon/tests/fixtures/standard_replies";
    if (!std::filesystem::exists(dir)) {
        WARN("skipped: " << dir << " not found");
        return;
    }
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".eml") continue;
        std::string bytes = readFile(entry.path());
        auto replyFile = entry.path().parent_path() / (entry.path().stem().string() + "_reply_text");
        std::string expected = std::filesystem::exists(replyFile) ? collapse(readFile(replyFile)) : "Hello";
        std::vector<MimeProblem> problems;
        std::string reply;
        parseEmails(bytes, false, [&](EmailMessage& msg) {
            Split s;
            for (auto v : bodyLines(msg.body)) s.storage.emplace_back(v);
            std::vector<std::string_view> views(s.storage.begin(), s.storage.end());
            s.split = splitQuotes(views);
            reply = textAt(s, 0, true);
        }, problems);
        INFO(entry.path().filename());
        CHECK(reply == expected);
        ++checked;
    }
    CHECK(checked == 12);
}

// github/email_reply_parser test/email_reply_parser_test.rb: visible text, quoted fragments
// and signatures of its fixtures.
TEST_CASE("email_reply_parser fixtures split as its tests expect") {
    auto dir = corpora() / "email_reply_parser/test/emails";
    if (!std::filesystem::exists(dir)) {
        WARN("skipped: " << dir << " not found");
        return;
    }
    auto split = [&](const char* name) { return splitText(readFile(dir / name)); };
    auto starts = [](const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; };

    Split s = split("email_1_1.txt");   // signature "-Abhishek Kona" and the list footer hidden
    CHECK(textAt(s, 0) ==
          "Hi folks What is the best way to clear a Riak bucket of all key, values after running a test? "
          "I am currently using the Java HTTP API.");
    CHECK(s.split.maxDepth == 0);
    s = split("email_1_2.txt");   // bottom post: "Hi," and "You can list…" are the reply
    CHECK(starts(textAt(s, 0), "Hi, You can list the keys"));
    CHECK(textAt(s, 0).find("riak-users mailing list") == std::string::npos);
    CHECK(starts(textAt(s, 1), "Hi folks"));
    s = split("email_1_3.txt");   // top post with nested levels
    CHECK(textAt(s, 0) == "Oh thanks. Having the function would be great.");
    CHECK(starts(textAt(s, 1), "Hi, You can list"));
    CHECK(starts(textAt(s, 2), "Hi folks"));
    s = split("email_1_4.txt");
    CHECK(textAt(s, 0) == "Awesome! I haven't had another problem with it.");
    CHECK(textAt(s, 1) == "Loader seems to be working well.");
    s = split("email_1_5.txt");   // one fragment
    CHECK(s.split.maxDepth == 0);
    CHECK(textAt(s, 0).find("This is a paragraph") != std::string::npos);
    s = split("email_1_6.txt");   // attribution over three lines
    CHECK(starts(textAt(s, 0), "I get proper rendering as well."));
    CHECK(starts(textAt(s, 1), "Was this caching related"));
    s = split("email_1_7.txt");   // CRLF, attribution over two lines
    CHECK(textAt(s, 0) == ":+1:");
    CHECK(starts(textAt(s, 1), "Steps 0-2 are in prod."));
    s = split("email_1_8.txt");   // inline replies
    CHECK(textAt(s, 0) == "I will reply under this one and under this.");
    CHECK(textAt(s, 1).find("okay?") != std::string::npos);
    CHECK(textAt(s, 2).find("hi there") != std::string::npos);
    CHECK(split("correct_sig.txt").split.lines[2].kind == QuoteLineKind::signature);
    CHECK(textAt(split("correct_sig.txt"), 0) == "this is an email with a correct -- signature.");
    CHECK(textAt(split("email_2_1.txt"), 0) == "Outlook with a reply");
    CHECK(textAt(split("email_2_2.txt"), 0) == "Outlook with a reply directly above line");
    CHECK(textAt(split("email_2_3.txt"), 0) == "Outlook with a reply directly above line");
    CHECK(textAt(split("email_iPhone.txt"), 0) == "Here is another email");
    CHECK(textAt(split("email_BlackBerry.txt"), 0) == "Here is another email");
    CHECK(textAt(split("email_multi_word_sent_from_my_mobile_device.txt"), 0) == "Here is another email");
    CHECK(textAt(split("email_sent_from_my_not_signature.txt"), 0) ==
          "Here is another email Sent from my desk, is much easier then my mobile phone.");
    CHECK(textAt(split("email_bullets.txt"), 0) ==
          "test 2 this should list second and have spaces and retain this formatting - how about bullets - and "
          "another");
    s = split("email_one_is_not_on.txt");
    CHECK(textAt(s, 0).find("One outstanding question") != std::string::npos);
    CHECK(starts(textAt(s, 1), "The good news"));
    CHECK(split("email_sig_delimiter_in_middle_of_line.txt").split.maxDepth == 0);
    CHECK(textAt(split("email_sig_delimiter_in_middle_of_line.txt"), 0).find("kthxbai") != std::string::npos);
    s = split("greedy_on.txt");
    CHECK(starts(textAt(s, 0), "On your remote host you can run:"));
    CHECK(starts(textAt(s, 1), "I am having an odd issue"));
    s = split("pathological.txt");
    CHECK(textAt(s, 0) == "I think you're onto something. I will try to fix the problem as soon as I get back to a "
                          "computer.");
    CHECK(starts(textAt(split("email_long_quote.txt"), 0), "Hi folks"));
}

TEST_CASE("sign-off lines: the ASCII fast path agrees with the pattern's rules") {
    for (const char* yes : {"Best regards,", "  best   regards !", "KIND WISHES", "All the best regards.", "Thanks",
                            "thank you so much!", "Cheers .", "yours truly", "Met vriendelijke groeten,", "mvh",
                            "Mit freundlichen Grüßen", "С уважением,", "Abraços", "\tRegards\t"}) {
        CHECK(isValediction(yes));
    }
    for (const char* no : {"Thanks!!", "best,, ", "thank  you", "regards to your team", "with thanks and love",
                           ",", "", "Best regards, Dana", "Gracias"}) {
        CHECK_FALSE(isValediction(no));
    }
}
