// Maps a finding's span in normalised turn text back to lines and columns in the source.
#pragma once
#include <string>

#include "engine/check.h"
#include "model/finding.h"
#include "text/source_locator.h"

namespace replylint {

// lineText: whether the ranges carry their source line (Reporter::wantsLineText).
Finding buildFinding(const RawFinding& raw, const Conversation& conv, const SourceLocator& locator,
                     const std::string& path, bool lineText);

}  // namespace replylint
