// The entry point of replylint-mime.so: the GMime reader, handed to the binary that opens it.
#include "input/email_mime_module.h"

namespace {

const replylint::MimeModuleApi* api() {
    static const std::string layout = replylint::mimeModuleLayout();
    static const replylint::MimeModuleApi a{layout.c_str(), replylint::initGMime, replylint::parseEmailsWithGMime};
    return &a;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const replylint::MimeModuleApi* replylint_mime_module() {
    return api();
}
