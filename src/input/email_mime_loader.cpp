// Finds the GMime reader: linked in (unit tests and fuzzers link email_mime.cpp), or else the
// replylint-mime module next to the binary or in its library directory, opened once.
#include <dlfcn.h>

#include <filesystem>
#include <mutex>

#include "input/email_mime_module.h"

// Weak: null unless the GMime implementation is linked into this executable.
namespace replylint {
__attribute__((weak)) void parseEmailsWithGMime(std::string_view bytes, bool mbox,
                                                const std::function<void(EmailMessage&)>& onMessage,
                                                std::vector<MimeProblem>& problems);
}

namespace replylint {

namespace {

namespace fs = std::filesystem;

constexpr const char* kModuleName = "replylint-mime.so";

struct LoadedModule {
    const MimeModuleApi* api = nullptr;
    std::string error;   // why it could not be opened
};

// Where to look: beside the executable (a build tree), then its installed library directory.
std::vector<fs::path> moduleCandidates() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {kModuleName};
    fs::path dir = exe.parent_path();
    return {dir / kModuleName, (dir / REPLYLINT_MODULE_DIR_FROM_BINDIR / kModuleName).lexically_normal()};
}

LoadedModule open() {
    LoadedModule m;
    std::string tried;
    for (const auto& path : moduleCandidates()) {
        if (!fs::exists(path)) {
            tried += (tried.empty() ? "" : ", ") + path.string();
            continue;
        }
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* why = dlerror();
            m.error = "cannot open " + path.string() + ": " + (why ? why : "dlopen failed");
            return m;
        }
        auto entry = reinterpret_cast<const MimeModuleApi* (*)()>(dlsym(handle, "replylint_mime_module"));
        const MimeModuleApi* api = entry ? entry() : nullptr;
        if (api == nullptr || mimeModuleLayout() != api->layout) {
            m.error = path.string() + " is from another build of replylint; reinstall it";
            return m;
        }
        api->init();
        m.api = api;
        return m;
    }
    m.error = std::string("the e-mail reader ") + kModuleName + " is not installed (looked for " + tried + ")";
    return m;
}

const LoadedModule& module() {
    static std::once_flag once;
    static LoadedModule m;
    std::call_once(once, [] { m = open(); });
    return m;
}

}  // namespace

void parseEmails(std::string_view bytes, bool mbox, const std::function<void(EmailMessage&)>& onMessage,
                 std::vector<MimeProblem>& problems) {
    if (parseEmailsWithGMime != nullptr) {
        parseEmailsWithGMime(bytes, mbox, onMessage, problems);
        return;
    }
    const LoadedModule& m = module();
    if (m.api == nullptr) {
        problems.push_back({0, false, Severity::error, "cannot read e-mail: " + m.error});
        return;
    }
    m.api->parse(bytes, mbox, onMessage, problems);
}

}  // namespace replylint
