# Writes a C++ source that embeds every rules/*.yaml as a string, so the default packs
# work with nothing installed. Run as: cmake -DRULES_DIR=… -DOUTPUT=… -P embed_rules.cmake
file(GLOB rule_files "${RULES_DIR}/*.yaml")
list(SORT rule_files)
set(body "")
foreach(path IN LISTS rule_files)
  get_filename_component(name "${path}" NAME)
  file(READ "${path}" text)
  string(APPEND body "    {\"${name}\", R\"replylint_rules(${text})replylint_rules\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from rules/*.yaml by cmake/embed_rules.cmake; do not edit.
#include \"rules/builtin_rules.h\"

namespace replylint {

const std::vector<BuiltinRuleFile>& builtinRuleFiles() {
  static const std::vector<BuiltinRuleFile> files = {
${body}  };
  return files;
}

}  // namespace replylint
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
