// The GMime e-mail reader lives in a module of its own (replylint-mime.so), opened when the
// first e-mail is read: GMime and its two dozen libraries take about two milliseconds to
// load, which every chat, JSON and template run would otherwise pay. (Loading it on another
// thread while the rules are built was tried: the two threads' page faults and mmaps contend,
// and a pre-send check got slower, not faster.)
#pragma once
#include <string>

#include "input/email_mime.h"
#include "version.h"

namespace replylint {

// What the module hands the binary. Both are built together; `layout` guards against a module
// from another build, since C++ types cross between them.
struct MimeModuleApi {
    const char* layout;
    void (*init)();   // GMime's global set-up, done on the loading thread
    void (*parse)(std::string_view bytes, bool mbox, const std::function<void(EmailMessage&)>& onMessage,
                  std::vector<MimeProblem>& problems);
};

// The layout both sides must agree on: version and the sizes of the types passed.
inline std::string mimeModuleLayout() {
    return std::string(REPLYLINT_VERSION) + "/" + std::to_string(sizeof(EmailMessage)) + "/" +
           std::to_string(sizeof(EmailBody)) + "/" + std::to_string(sizeof(BodyLine)) + "/" +
           std::to_string(sizeof(MimeProblem));
}

}  // namespace replylint

extern "C" const replylint::MimeModuleApi* replylint_mime_module();
