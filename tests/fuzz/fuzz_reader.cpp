// One fuzz target per input format (FUZZ_INPUT_FORMAT names it): the bytes go through
// readInput exactly as a file named on the command line would (text checks, format reader,
// engine, reporters), from an in-memory file.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "input/input_reader.h"

using namespace replylint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string displayPath = "fuzz";
    if (std::string_view(FUZZ_INPUT_FORMAT) == "template") {
        // The template reader reads by extension (a YAML/JSON collection, Markdown sections,
        // plain text): the first byte picks one, the rest is the file.
        static const char* const kExtensions[] = {".txt", ".md", ".yaml", ".json", ".liquid"};
        if (size == 0) return 0;
        displayPath += kExtensions[data[0] % 5];
        ++data;
        --size;
    }
    static const int fd = ::memfd_create("replylint-fuzz", MFD_CLOEXEC);
    fuzz::require(fd >= 0, "memfd_create");
    fuzz::require(::ftruncate(fd, 0) == 0, "truncate");
    for (size_t done = 0; done < size;) {
        ssize_t n = ::pwrite(fd, data + done, size - done, static_cast<off_t>(done));
        fuzz::require(n > 0, "write");
        done += static_cast<size_t>(n);
    }
    static const RoleClassifier roles;
    InputSpec spec;
    spec.path = "/proc/self/fd/" + std::to_string(fd);
    spec.displayPath = displayPath;
    fuzz::require(parseInputFormat(FUZZ_INPUT_FORMAT, spec.format), "known input format");
    fuzz::CheckingSink sink(size);
    readInput(spec, roles, sink);
    return 0;
}
