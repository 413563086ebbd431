#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

#include "engine/check.h"
#include "engine/engine.h"
#include "engine/limit_check.h"
#include "rules/rule_loader.h"
#include "text/ascii.h"
#include "text/turn_text_builder.h"

using namespace replylint;

namespace {

Conversation agentSays(const std::string& text, const std::string& customer = "") {
    Conversation conv;
    conv.id = "c";
    auto add = [&](Role role, const std::string& body) {
        Turn& t = conv.turns.emplace_back();
        t.role = role;
        t.speaker = role == Role::agent ? "Agent" : "Customer";
        TurnTextBuilder b(t.body);
        b.appendSource(body, 0);
        b.finish();
    };
    if (!customer.empty()) add(Role::customer, customer);
    add(Role::agent, text);
    return conv;
}

// Ids of the findings the rule file's rules make on the conversation.
std::vector<std::string> lint(const std::string& yaml, const Conversation& conv) {
    std::vector<RuleError> errors;
    RulePack pack = loadRulePack(yaml, "t.yaml", errors);
    REQUIRE(errors.empty());
    Engine engine(pack.rules, errors);
    REQUIRE(errors.empty());
    std::vector<RawFinding> found;
    std::string error;
    REQUIRE(engine.lint(conv, found, error));
    std::vector<std::string> ids;
    for (const auto& f : found) ids.push_back(f.rule->id);
    return ids;
}

std::vector<std::string> quoted(std::string_view text) {
    std::vector<std::string> out;
    for (auto [b, e] : quotedSpans(text)) out.emplace_back(text.substr(b, e - b));
    return out;
}

const std::string kCalm =
    "pack: t\nrules:\n  - id: t/calm\n    kind: phrase\n    message: m\n    patterns: [\"calm down\"]\n";

}  // namespace

TEST_CASE("quotedSpans: double and single quotes, apostrophes never open or close a quote") {
    CHECK(quoted("He said \"calm down\" to you?") == std::vector<std::string>{"\"calm down\""});
    CHECK(quoted("You wrote 'it's not fair', and I agree.") == std::vector<std::string>{"'it's not fair'"});
    CHECK(quoted("We don't think the customers' orders are late.").empty());
    CHECK(quoted("Press \"Settings\" then (\"Billing\").") ==
          std::vector<std::string>{"\"Settings\"", "\"Billing\""});
    CHECK(quoted("A stray \" mark then more text").empty());
    CHECK(quoted("He is 6' tall and 5\" wide").empty());
}

TEST_CASE("a phrase inside quotation marks is someone else's words unless the rule says in-quotes") {
    CHECK(lint(kCalm, agentSays("You said \"calm down\" in the last chat? I'm sorry.")).empty());
    CHECK(lint(kCalm, agentSays("Please calm down.")) == std::vector<std::string>{"t/calm"});
    // typographic quotes are normalised to ASCII first
    CHECK(lint(kCalm, agentSays("He told you \xe2\x80\x9c" "calm down\xe2\x80\x9d? That's not okay.")).empty());
    CHECK(lint(kCalm + "    in-quotes: true\n", agentSays("You said \"calm down\"")) ==
          std::vector<std::string>{"t/calm"});
}

TEST_CASE("unless-scope: sentence, adjacent sentences, or the whole turn") {
    const std::string base =
        "pack: t\nrules:\n  - id: t/refuse\n    kind: phrase\n    message: m\n"
        "    patterns: [\"we can't help\"]\n    unless: [\"you can\"]\n";
    const std::string nextSentence = "We can't help with that here. You can reach billing at 555-0100.";
    const std::string farAway = "You can see the FAQ. It is long. We can't help with that here.";
    CHECK(lint(base, agentSays("We can't help here, but you can call billing.")).empty());
    CHECK(lint(base, agentSays(nextSentence)) == std::vector<std::string>{"t/refuse"});
    CHECK(lint(base + "    unless-scope: adjacent\n", agentSays(nextSentence)).empty());
    CHECK(lint(base + "    unless-scope: adjacent\n", agentSays(farAway)) == std::vector<std::string>{"t/refuse"});
    CHECK(lint(base + "    unless-scope: turn\n", agentSays(farAway)).empty());
}

TEST_CASE("respond triggers inside quotation marks do not count") {
    const std::string yaml =
        "pack: t\nrules:\n  - id: t/ack\n    kind: respond\n    message: m\n"
        "    trigger: [frustrat\\w*]\n    expect: [sorry]\n";
    CHECK(lint(yaml, agentSays("Here you go.", "Your banner says \"no more frustration\", how do I get it?")).empty());
    CHECK(lint(yaml, agentSays("Here you go.", "This is so frustrating.")) == std::vector<std::string>{"t/ack"});
}

TEST_CASE("shouting counts runs of capitals, not acronyms, quoted error messages, times, links or code") {
    const std::string yaml =
        "pack: t\nrules:\n  - id: t/shout\n    kind: limit\n    count: shouting\n    max: 2\n    message: m\n";
    CHECK(lint(yaml, agentSays("Could you share your specs (OS, CPU, RAM, GPU)?")).empty());
    CHECK(lint(yaml, agentSays("Call us M-F 8AM-midnight ET and Sat 8AM-8PM ET on the PS4 line.")).empty());
    CHECK(lint(yaml, agentSays("If you see \"ACCESS DENIED FOR USER\", sign in again.")).empty());
    CHECK(lint(yaml, agentSays("PLEASE DO NOT REPLY to this message.")) == std::vector<std::string>{"t/shout"});
    CHECK(lint(yaml, agentSays("See https://example.com/x?icid=MGPO_TMO_C_CUSTSUPT_SUP6U6 or MAIL SUPPORT@ACME.COM")).empty());
    CHECK(lint(yaml, agentSays("-----BEGIN PGP SIGNED MESSAGE----- Run MODIFY_MAILER_FLAGS(`LOCAL') now")).empty());
    CHECK(lint(yaml, agentSays("DO NOT DO THIS! You'll lose mail.")) == std::vector<std::string>{"t/shout"});
}

TEST_CASE("paragraph-words counts the longest paragraph, not the whole turn") {
    const std::string yaml =
        "pack: t\nrules:\n  - id: t/wall\n    kind: limit\n    count: paragraph-words\n    max: 5\n    message: m\n";
    CHECK(lint(yaml, agentSays("One two three four.\n\nFive six seven eight.\n\nNine ten.")).empty());
    CHECK(lint(yaml, agentSays("One two three four five six seven.\n\nEight.")) == std::vector<std::string>{"t/wall"});
    CHECK(lint(yaml, agentSays("One two. Three four. Five six seven.")) == std::vector<std::string>{"t/wall"});
    // list items are paragraphs of their own, even when line breaks were collapsed
    CHECK(lint(yaml, agentSays("Do this: 1. Open the app. 2. Tap Settings now. 3. Choose your plan.")).empty());
    CHECK(lint(yaml, agentSays("Steps:\n- Open the app\n- Tap the Settings tab\n- Choose a plan")).empty());
    CHECK(lint(yaml, agentSays("Open the app and go to 2. Then tap Settings again.")) == std::vector<std::string>{"t/wall"});
    // at the length bound: six one-letter words take 11 bytes; five, 9 (10 with a mark)
    CHECK(lint(yaml, agentSays("a b c d e f")) == std::vector<std::string>{"t/wall"});
    CHECK(lint(yaml, agentSays("a b c d e!")).empty());
}

TEST_CASE("limit words: a turn shorter than the bound is never counted past max") {
    const std::string yaml =
        "pack: t\nrules:\n  - id: t/long\n    kind: limit\n    count: words\n    max: 3\n    message: m\n";
    CHECK(lint(yaml, agentSays("a b c d")) == std::vector<std::string>{"t/long"});
    CHECK(lint(yaml, agentSays("ab c'd")).empty());
    CHECK(lint(yaml, agentSays("a b c!")).empty());
    CHECK(lint(yaml, agentSays("a,b,c,d")) == std::vector<std::string>{"t/long"});
}

TEST_CASE("trigger-where: first reads only the customer's opening turn") {
    const std::string yaml =
        "pack: t\nrules:\n  - id: t/vague\n    kind: respond\n    message: m\n    nonword: true\n"
        "    trigger: ['^help$']\n    expect: ['\\?']\n";
    Conversation conv = agentSays("Try restarting.", "help");
    CHECK(lint(yaml + "    trigger-where: first\n", conv) == std::vector<std::string>{"t/vague"});
    // the same plea after the customer has explained is no longer unclear
    Conversation later = agentSays("Try restarting.", "My router drops wifi every hour.");
    Turn plea = later.turns[0];
    plea.body = {};
    TurnTextBuilder b(plea.body);
    b.appendSource("help", 0);
    b.finish();
    later.turns.insert(later.turns.begin() + 1, plea);
    CHECK(lint(yaml, later) == std::vector<std::string>{"t/vague"});
    CHECK(lint(yaml + "    trigger-where: first\n", later).empty());
}

TEST_CASE("lastSentence passes over a trailing sign-off or emoji to the closing words") {
    auto last = [](const std::string& text) {
        Conversation conv = agentSays(text);
        const TurnText& body = conv.turns.back().body;
        Span s = lastSentence(body);
        return body.text.substr(s.first, s.second - s.first);
    };
    CHECK(last("Please try the steps in this article. ~Bri") == "Please try the steps in this article.");
    CHECK(last("Please restart the app. ~Mark Y.") == "Please restart the app.");
    CHECK(last("We have refunded the order. ^HD") == "We have refunded the order.");
    CHECK(last("Try the checkout again. -Jennifer") == "Try the checkout again.");
    CHECK(last("Thanks for the fix, we merged it. \xF0\x9F\x8E\x89") == "Thanks for the fix, we merged it.");
    CHECK(last("Your refund is on its way.\nJason") == "Your refund is on its way.");
    // Real closing words stay, however short.
    CHECK(last("That is against company policy. Sorry.") == "Sorry.");
    CHECK(last("Glad it works now. Thanks!") == "Thanks!");
    CHECK(last("~Bri") == "~Bri");
}

TEST_CASE("findFirst agrees with find: the first span, from each pattern's first match") {
    Rule rule;
    rule.id = "t/r";
    rule.nonword = true;   // patterns as written, so some can match only the empty string
    rule.origin.file = "t.yaml";
    const std::vector<std::string> patterns = {"sorry", "\\bx?", "(?:a|b)?\\b", "\\bso+\\b", "q?(?:rry)", "zzz",
                                               "so", "\\bso\\w*", "o+r*"};
    PatternRegistry registry;
    std::vector<RuleError> errors;
    std::vector<PatternId> ids;
    for (const auto& p : patterns) ids.push_back(registry.add(rule, {p, {}}, {Role::agent}, errors));
    REQUIRE(errors.empty());
    REQUIRE(registry.compile(errors));
    for (const std::string text : {"I'm so sorry.", "sorry sorry", "", "  ", "xx x", "no match here", "soooo", "!?",
                                   "sorrow, so sorry"}) {
        Conversation conv = agentSays(text);
        TurnHits hits;
        std::string error;
        REQUIRE(registry.matchTurns(conv, hits, error));
        MatchContext ctx(registry, conv, hits);
        auto front = [](const std::vector<Span>& spans) {
            return spans.empty() ? std::nullopt : std::optional<Span>(spans.front());
        };
        std::vector<Span> spans;
        for (size_t i = 0; i < ids.size(); ++i) {
            registry.findAll(ids[i], text, spans);
            CHECK(registry.findFirst(ids[i], text) == front(spans));
            CHECK(ctx.findFirst(0, PatternSet({ids[i]})) == front(ctx.find(0, PatternSet({ids[i]}))));
            // every run of patterns, so spans of several overlap and tie
            std::vector<PatternId> some(ids.begin() + static_cast<long>(i), ids.end());
            CHECK(ctx.findFirst(0, PatternSet(some)) == front(ctx.find(0, PatternSet(some))));
        }
    }
}

TEST_CASE("an acknowledged respond trigger still counts only when nothing cancels it") {
    const std::string yaml =
        "pack: t\nrules:\n  - id: t/ack\n    kind: respond\n    within: 2\n    message: m\n"
        "    trigger: [frustrat\\w*]\n    unless: [not]\n    expect: [sorry]\n";
    auto conv = [](std::vector<std::pair<Role, std::string>> turns) {
        Conversation c;
        c.id = "c";
        for (auto& [role, text] : turns) {
            Turn& t = c.turns.emplace_back();
            t.role = role;
            TurnTextBuilder b(t.body);
            b.appendSource(text, 0);
            b.finish();
        }
        return c;
    };
    // The first plea is answered by the apology two agent turns on; the second, in between,
    // is judged with it and not again.
    CHECK(lint(yaml, conv({{Role::customer, "So frustrating."}, {Role::agent, "Hi."},
                           {Role::customer, "Still frustrating."}, {Role::agent, "So sorry."}})).empty());
    // Cancelled or quoted, the first plea does not count; the second is then judged alone.
    for (std::string first : {"Not frustrating.", "You said \"frustrating\" first."}) {
        CHECK(lint(yaml, conv({{Role::customer, first}, {Role::agent, "Hi."},
                               {Role::customer, "Still frustrating."}, {Role::agent, "Hi again."},
                               {Role::agent, "So sorry."}})).empty());
        CHECK(lint(yaml, conv({{Role::customer, first}, {Role::agent, "Hi."}, {Role::agent, "So sorry."},
                               {Role::customer, "Still frustrating."}, {Role::agent, "Hi again."}})) ==
              std::vector<std::string>{"t/ack"});
    }
}

namespace {

// shoutedWords() read token by token, with no skipping ahead to capitals: the definition
// its fast paths must keep. (Only the acronyms of the vocabulary below are listed.)
std::vector<Span> shoutedWordsByToken(std::string_view text) {
    auto isWordByte = [](char c) {
        return ascii::isAlnum(c) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
    };
    std::vector<Span> out, run;
    auto endRun = [&] {
        size_t counted = 0;
        for (const auto& [b, e] : run) counted += e - b >= 2;
        if (counted >= 3) {
            for (const auto& w : run) if (w.second - w.first >= 2) out.push_back(w);
        }
        run.clear();
    };
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        size_t tokenBegin = i;
        while (i < text.size() && text[i] != ' ') ++i;
        std::string_view token = text.substr(tokenBegin, i - tokenBegin);
        bool link = token.find_first_of("@/_=`") != std::string_view::npos ||
                    token.find("--") != std::string_view::npos || token.starts_with("www.");
        size_t k = 0;
        bool firstWord = true;
        while (k < token.size()) {
            while (k < token.size() && !isWordByte(token[k])) ++k;
            if (k >= token.size()) break;
            size_t b = k;
            while (k < token.size() && isWordByte(token[k])) ++k;
            if (link) {
                if (firstWord) endRun();
                break;
            }
            firstWord = false;
            std::string_view w = token.substr(b, k - b);
            bool letters = false, lower = false, digits = false;
            for (char c : w) {
                if (ascii::isUpper(c)) letters = true;
                else if (ascii::isLower(c)) letters = lower = true;
                else if (ascii::isDigit(c)) digits = true;
                else if (static_cast<unsigned char>(c) >= 0x80) lower = true;
            }
            if (!letters || digits) continue;
            if (lower || w == "USB" || w == "PM") {
                endRun();
                continue;
            }
            run.emplace_back(tokenBegin + b, tokenBegin + k);
        }
    }
    endRun();
    return out;
}

}  // namespace

TEST_CASE("shoutedWords finds what reading every token finds") {
    const std::vector<std::string> words = {"I'm", "I", "I've", "HELLO", "WORLD", "ok", "A", "BIG", "USB", "PM",
                                            "http://X", "8AM", "'", "IT'S", "DON'T", "x", "Ab", "AB'", "I'M",
                                            "caf\xC3\xA9", "\xC3\x89" "COLE", "GO!", "(NO)", "I'mNOT", "O'", "'I"};
    const std::vector<std::string> gaps = {" ", "  ", ", ", "/", ".", " - "};
    std::mt19937 random(7);
    for (int n = 0; n < 3000; ++n) {
        std::string text;
        for (size_t k = random() % 12 + 1; k > 0; --k) {
            if (!text.empty()) text += gaps[random() % gaps.size()];
            text += words[random() % words.size()];
        }
        INFO(text);
        CHECK(shoutedWords(text) == shoutedWordsByToken(text));
    }
}

TEST_CASE("matchTurns: the literal prefilter and the sets find the same patterns in each turn") {
    Rule rule;
    rule.id = "t/r";
    rule.nonword = true;
    rule.origin.file = "t.yaml";
    Rule other = rule;   // read across turns, so matched in quoted turns too
    other.id = "t/o";
    auto matched = [&](const char* setAfterBytes, const Conversation& conv) {
        setenv("REPLYLINT_SET_AFTER_BYTES", setAfterBytes, 1);
        PatternRegistry registry;
        unsetenv("REPLYLINT_SET_AFTER_BYTES");
        std::vector<RuleError> errors;
        for (const char* p : {"sorry", "\\bnot (?:our|my) (?:policy|job)\\b", "x+y", "[0-9]{3}", "!"}) {
            registry.add(rule, {p, {}}, {Role::agent, Role::customer}, errors);
        }
        registry.add(other, {"please|thanks", {}}, {Role::agent, Role::customer}, errors, Reach::otherTurns);
        REQUIRE(errors.empty());
        REQUIRE(registry.compile(errors));
        TurnHits hits;
        std::string error;
        REQUIRE(registry.matchTurns(conv, hits, error));
        std::vector<std::vector<PatternId>> ids;
        for (size_t t = 0; t < conv.turns.size(); ++t) ids.push_back(hits.ids(t));
        return ids;
    };
    Conversation conv = agentSays("Sorry, that's not our policy! Order 123, thanks.", "xxy? Not my job, please.");
    conv.turns.push_back(conv.turns[1]);
    conv.turns.back().quoted = true;   // own-turn patterns are not matched in quoted history
    auto bySets = matched("0", conv);
    CHECK(bySets == matched("4611686018427387904", conv));
    CHECK(bySets[1].size() == 5);
    CHECK(bySets[2] == std::vector<PatternId>{5});
}
