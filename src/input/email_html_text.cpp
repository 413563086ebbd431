#include "input/email_html_text.h"

#include <dlfcn.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <strings.h>

#include <array>
#include <cstring>
#include <memory>

namespace replylint {

namespace {

// libxml2 (and the ICU it brings) is loaded on the first HTML-only mail rather than at
// start-up: linking it made every run, a pre-send check included, about a millisecond slower.
struct LibXml2 {
    decltype(&htmlReadMemory) readMemory = nullptr;
    decltype(&xmlDocGetRootElement) rootElement = nullptr;
    decltype(&xmlFreeDoc) freeDoc = nullptr;
    std::string error;   // why it could not be loaded

    static const LibXml2& get() {
        static const LibXml2 lib = load();
        return lib;
    }

private:
    static LibXml2 load() {
        LibXml2 lib;
        void* handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* why = dlerror();
            lib.error = why ? why : "dlopen failed";
            return lib;
        }
        lib.readMemory = reinterpret_cast<decltype(&htmlReadMemory)>(dlsym(handle, "htmlReadMemory"));
        lib.rootElement = reinterpret_cast<decltype(&xmlDocGetRootElement)>(dlsym(handle, "xmlDocGetRootElement"));
        lib.freeDoc = reinterpret_cast<decltype(&xmlFreeDoc)>(dlsym(handle, "xmlFreeDoc"));
        if (!lib.readMemory || !lib.rootElement || !lib.freeDoc) lib.error = "libxml2.so.2 lacks the HTML parser";
        return lib;
    }
};

// Element names are ASCII, so a plain case-insensitive compare does what xmlStrcasecmp did.
bool nameIs(const xmlNode* node, const char* name) {
    return node->name && strcasecmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool isBlock(const xmlNode* node) {
    static constexpr std::array<const char*, 24> kBlocks = {
        "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "pre", "blockquote", "dl", "dt", "dd", "section", "article", "header", "footer", "address"};
    for (const char* b : kBlocks) {
        if (nameIs(node, b)) return true;
    }
    return false;
}

class TextWriter {
public:
    void text(const char* s, bool pre) {
        for (const char* p = s; *p; ++p) {
            char c = *p;
            if (c == '\r') continue;
            if (c == '\n' && pre) {
                lineBreak();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n') {
                pendingSpace_ = true;
                continue;
            }
            if (atLineStart_) {
                for (int i = 0; i < quoteDepth_; ++i) out_ += "> ";
                atLineStart_ = false;
                pendingSpace_ = false;
            } else if (pendingSpace_) {
                out_ += ' ';
                pendingSpace_ = false;
            }
            out_ += c;
        }
    }
    void lineBreak() {
        if (atLineStart_) {
            for (int i = 0; i < quoteDepth_; ++i) out_ += "> ";
        }
        out_ += '\n';
        atLineStart_ = true;
        pendingSpace_ = false;
    }
    // A block boundary: a new line unless one was just started.
    void blockBreak() {
        if (!atLineStart_) lineBreak();
    }
    void quote(int delta) {
        blockBreak();
        quoteDepth_ += delta;
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
    int quoteDepth_ = 0;
    bool atLineStart_ = true;
    bool pendingSpace_ = false;
};

void walk(const xmlNode* node, TextWriter& w, bool pre, int depth) {
    if (depth > 200) return;   // pathological nesting
    for (const xmlNode* n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) w.text(reinterpret_cast<const char*>(n->content), pre);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE) continue;
        if (nameIs(n, "script") || nameIs(n, "style") || nameIs(n, "head") || nameIs(n, "title")) continue;
        if (nameIs(n, "br")) {
            w.lineBreak();
            continue;
        }
        bool block = isBlock(n);
        bool quote = nameIs(n, "blockquote");
        if (quote) {
            w.quote(1);
        } else if (block) {
            w.blockBreak();
        }
        walk(n->children, w, pre || nameIs(n, "pre"), depth + 1);
        if (quote) {
            w.quote(-1);
        } else if (block) {
            w.blockBreak();
        }
    }
}

}  // namespace

std::string htmlToText(std::string_view html, std::string& error) {
    if (html.empty()) return {};
    const LibXml2& xml = LibXml2::get();
    if (!xml.error.empty()) {
        error = "cannot read HTML mail: libxml2 could not be loaded (" + xml.error + ")";
        return {};
    }
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
        xml.readMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options), xml.freeDoc);
    if (!doc) return {};
    TextWriter w;
    walk(xml.rootElement(doc.get()), w, false, 0);
    return w.take();
}

}  // namespace replylint
