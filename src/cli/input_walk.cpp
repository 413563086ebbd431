#include "cli/input_walk.h"

#include <dirent.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "input/template_reader.h"

namespace replylint {

namespace fs = std::filesystem;

std::vector<InputSpec> expandInputs(const std::vector<std::string>& paths, InputFormat format,
                                    const std::string& stdinName, std::vector<WalkProblem>& problems,
                                    WalkPolicy* policy) {
    auto formatOf = [&](const std::string& path) {
        return format != InputFormat::autodetect || !policy ? format : policy->configuredFormat(path);
    };
    std::vector<InputSpec> inputs;
    for (const auto& path : paths) {
        if (path == "-") {
            inputs.push_back({"-", stdinName.empty() ? "-" : stdinName, stdinName.empty() ? format : formatOf(stdinName)});
            continue;
        }
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            if (policy && policy->ignored(path, false, true)) continue;
            inputs.push_back({path, path, formatOf(path)});   // opening reports a missing file
            continue;
        }
        std::vector<std::pair<std::string, InputFormat>> found;
        auto options = fs::directory_options::skip_permission_denied;
        fs::recursive_directory_iterator it(path, options, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            const fs::path& p = it->path();
            const std::string& full = p.native();   // no copies or component splits per entry
            std::string_view name = std::string_view(full).substr(full.rfind('/') + 1);
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_directory(ec)) {
                if (policy && policy->ignored(full, true, false)) {
                    it.disable_recursion_pending();
                } else if (!it->is_symlink(ec)) {
                    // The walk would skip a directory it may not read; say so instead.
                    if (DIR* dir = ::opendir(p.c_str())) {
                        ::closedir(dir);
                    } else {
                        problems.push_back({p.string(), std::string("cannot read directory: ") + std::strerror(errno)});
                        it.disable_recursion_pending();
                    }
                }
                continue;
            }
            if (policy && policy->ignored(full, false, false)) continue;
            InputFormat fileFormat = formatOf(full);
            // A template directory also holds its README, licence, images and such.
            bool wanted = fileFormat == InputFormat::templ ? isTemplateExtension(name) && !isRepositoryDocument(name)
                          : fileFormat != InputFormat::autodetect || isLintableExtension(name);
            if (!wanted) continue;
            // The directory entry already knows a plain file's type; only links need a stat.
            std::error_code typeError;
            if (it->is_regular_file(typeError)) {
                found.emplace_back(full, fileFormat);
                continue;
            }
            std::error_code statError;
            fs::file_status status = fs::status(p, statError);
            if (statError || status.type() == fs::file_type::not_found) {
                std::string why = statError ? statError.message() : "the symbolic link points nowhere";
                problems.push_back({p.string(), "cannot open: " + why});
                continue;
            }
            if (status.type() != fs::file_type::regular) {
                const char* kind = status.type() == fs::file_type::fifo     ? "a FIFO"
                                   : status.type() == fs::file_type::socket ? "a socket"
                                                                             : "a device";
                problems.push_back({p.string(), std::string("not a regular file (") + kind + "); skipped",
                                    Severity::warning});
                continue;
            }
            found.emplace_back(full, fileFormat);
        }
        if (ec) problems.push_back({path, "cannot walk directory: " + ec.message()});
        std::sort(found.begin(), found.end());
        for (auto& [f, fileFormat] : found) {
            InputSpec& input = inputs.emplace_back(InputSpec{f, f, fileFormat});
            input.walkedFile = true;
        }
    }
    return inputs;
}

}  // namespace replylint
