// CLI11 wiring only: parse the command line and hand over to one command.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/check_command.h"
#include "cli/check_config_command.h"
#include "cli/explain_command.h"
#include "cli/init_command.h"
#include "cli/rules_command.h"
#include "cli/test_command.h"
#include "report/make_reporter.h"
#include "version.h"

using namespace replylint;

namespace {

const std::vector<std::string> kCommands = {"check", "rules", "explain", "test", "init", "check-config", "help"};

// `replylint FILE…` means `replylint check FILE…`.
std::vector<std::string> withDefaultCommand(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return {"check"};
    const std::string& first = args.front();
    bool isCommand = std::find(kCommands.begin(), kCommands.end(), first) != kCommands.end();
    bool topLevel = first == "--help" || first == "-h" || first == "--version" || first == "-V";
    if (!isCommand && !topLevel) args.insert(args.begin(), "check");
    return args;
}

// Where rules come from: the config, extra rule files, the built-in packs.
void addRuleSources(CLI::App* cmd, RuleSelection& sel) {
    cmd->add_option("--rules", sel.extraRulePaths, "Extra rule file or directory (repeatable)")
        ->type_name("PATH")
        ->allow_extra_args(false);
    cmd->add_flag("--no-builtin{false}", sel.builtin, "Leave out the built-in rule packs");
    auto* config = cmd->add_option("--config", sel.configFile, "Use this config for every input (no discovery)")
                       ->type_name("FILE");
    cmd->add_flag("--no-config", sel.noConfig, "Ignore .replylint.yaml files")->excludes(config);
}

// Which of the loaded rules run, on top of the config.
void addRuleSelection(CLI::App* cmd, RuleSelection& sel) {
    addRuleSources(cmd, sel);
    cmd->add_option("--enable", sel.enable, "Turn on rules by id or glob, over the config (repeatable)")
        ->type_name("RULE")
        ->allow_extra_args(false);
    cmd->add_option("--disable", sel.disable, "Turn off rules by id or glob; wins over --enable (repeatable)")
        ->type_name("RULE")
        ->allow_extra_args(false);
    cmd->add_option("--min-severity", sel.minSeverity, "Run only rules at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "info"}));
}

}  // namespace

int main(int argc, char** argv) {
    // A closed pipe (`replylint … | head -1`) is a write error reported like any other
    // (message, exit code 2), not a silent death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // Likewise a file size limit (ulimit -f) reached while writing -o FILE: EFBIG, not SIGXFSZ,
    // so the half-written temporary file is removed and the old report stays.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"replylint: lint customer-support conversations for defensive phrasing, missing\n"
                 "acknowledgement and missing follow-up.\n\n"
                 "Example: replylint transcripts/  |  zcat x.jsonl.gz | replylint --input jsonl -",
                 "replylint"};
    app.set_version_flag("--version,-V", std::string("replylint ") + REPLYLINT_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);

    CheckOptions check;
    auto* checkCmd = app.add_subcommand("check", "Lint files, directories or stdin (the default command)");
    checkCmd->add_option("paths", check.paths, "Files or directories to lint; - reads stdin")->type_name("PATH");
    checkCmd->add_option("--input,-i", check.input, "Input format")
        ->check(CLI::IsMember({"auto", "chat", "email", "mbox", "jsonl", "json", "template"}))
        ->capture_default_str();
    checkCmd->add_option("--format,-f", check.format, "Report format")
        ->check(CLI::IsMember(reportFormats()))
        ->capture_default_str();
    checkCmd->add_option("--output,-o", check.output, "Write the report to FILE (atomically; - is stdout)")
        ->type_name("FILE");
    checkCmd->add_flag("--stats", check.stats, "Add per-rule and per-agent counts (text on stderr, or in json)");
    checkCmd->add_flag("--draft", check.draft,
                       "Check an e-mail reply before sending: its sender is the agent, exit 1 only on "
                       "error findings (unless --fail-on), one line per finding");
    checkCmd->add_option("--agent-address", check.agentAddresses,
                         "E-mail address glob of your agents, e.g. '*@support.acme.com' (repeatable)")
        ->type_name("GLOB")
        ->allow_extra_args(false);
    checkCmd->add_flag("--lint-quoted", check.lintQuoted,
                       "Also report findings in the quoted history of an e-mail (earlier messages)");
    checkCmd->add_option("--jobs,-j", check.jobs,
                         "Lint with N threads (default: one per CPU core); output is the same for any N")
        ->type_name("N")
        ->check(CLI::Range(1u, 1024u));
    checkCmd->add_option("--color", check.color, "Colour the text report")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    checkCmd->add_option("--fail-on", check.failOn,
                         "Lowest severity that makes the exit code 1 (default: the config's fail-on, else warning)")
        ->check(CLI::IsMember({"error", "warning", "info"}));
    checkCmd->add_option("--stdin-filename", check.stdinFilename, "Name stdin for reports and detection")
        ->type_name("NAME");
    checkCmd->add_option("--max-warnings", check.maxWarnings, "Exit 1 when there are more than N warnings")
        ->type_name("N");
    checkCmd->add_flag("--show-suppressed", check.showSuppressed,
                       "Also report findings suppressed by directives or the baseline, marked so");
    checkCmd->add_option("--baseline", check.baseline, "Ignore the findings recorded in FILE")->type_name("FILE");
    checkCmd->add_option("--write-baseline", check.writeBaseline, "Record this run's findings in FILE")
        ->type_name("FILE");
    auto* fixFlag = checkCmd->add_flag("--fix", check.fix, "Apply rule suggestions to template files (atomically)");
    checkCmd->add_flag("--diff", check.diff, "With --fix: print a unified diff instead of writing")->needs(fixFlag);
    addRuleSelection(checkCmd, check.rules);
    checkCmd->footer("Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, rule or input errors.\n"
                     "Example: replylint --format text examples/");

    RulesOptions rules;
    auto* rulesCmd = app.add_subcommand("rules", "List the rules with kind, severity and source");
    rulesCmd->add_option("--format,-f", rules.format, "text or json (json lists each rule's patterns)")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    rulesCmd->add_flag("--ids", rules.idsOnly, "Print rule ids only, one per line");
    rulesCmd->add_option("--for", rules.forPath, "Show the state for this file's config (default: the current directory's)")
        ->type_name("PATH");
    addRuleSelection(rulesCmd, rules.rules);
    rulesCmd->footer("Example: replylint rules --for tickets/t1.txt  |  replylint rules --format json | jq '.[].id'");

    std::string explainId;
    RuleSelection explainRules;
    auto* explainCmd = app.add_subcommand("explain", "Show what a rule checks, why, and examples");
    explainCmd->add_option("rule", explainId, "Rule id, e.g. defensive/not-our-policy")->required();
    addRuleSources(explainCmd, explainRules);
    explainCmd->footer("Example: replylint explain defensive/not-our-policy");

    std::vector<std::string> testPaths;
    auto* testCmd = app.add_subcommand("test", "Check every rule's examples (built-in packs if no PATH)");
    testCmd->add_option("paths", testPaths, "Rule files or directories")->type_name("PATH");
    testCmd->footer("Example: replylint test rules/");

    InitOptions init;
    auto* initCmd = app.add_subcommand("init", "Write a commented starter .replylint.yaml (never overwrites)");
    initCmd->add_option("dir", init.directory, "Directory to write it in (default: the current one)")->type_name("DIR");
    initCmd->add_flag("--force", init.force, "Replace an existing .replylint.yaml");
    initCmd->footer("Example: replylint init && replylint check-config");

    std::string checkConfigPath;
    auto* checkConfigCmd = app.add_subcommand("check-config", "Validate a config and the rules it loads");
    checkConfigCmd->add_option("file", checkConfigPath, "Config file (default: the nearest .replylint.yaml)")
        ->type_name("FILE");
    checkConfigCmd->footer("Exit status: 0 valid, 2 errors (each as file:line:col: message).\n"
                           "Example: replylint check-config team/.replylint.yaml");

    std::string helpTopic;
    auto* helpCmd = app.add_subcommand("help", "Show the help of replylint or of one command");
    helpCmd->add_option("command", helpTopic, "The command")
        ->check(CLI::IsMember({"check", "rules", "explain", "test", "init", "check-config"}));
    helpCmd->footer("Example: replylint help rules");

    std::vector<std::string> args = withDefaultCommand(argc, argv);
    std::reverse(args.begin(), args.end());   // CLI11 parses a reversed vector
    try {
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }

    if (checkCmd->parsed()) return runCheck(check);   // reports its own write errors
    int code = 2;
    if (rulesCmd->parsed()) code = runRules(rules);
    else if (explainCmd->parsed()) code = runExplain(explainId, explainRules);
    else if (testCmd->parsed()) code = runTest(testPaths);
    else if (initCmd->parsed()) code = runInit(init);
    else if (checkConfigCmd->parsed()) code = runCheckConfig(checkConfigPath);
    else if (helpCmd->parsed()) {
        // App::help() would describe the `help` command itself once it has been parsed.
        std::string text = helpTopic.empty()
                               ? app.get_formatter()->make_help(&app, "replylint", CLI::AppFormatMode::Normal)
                               : app.get_subcommand(helpTopic)->help("replylint");
        std::fputs(text.c_str(), stdout);
        code = 0;
    }
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fprintf(stderr, "replylint: cannot write to standard output: %s\n",
                     std::strerror(errno ? errno : EIO));
        return 2;
    }
    return code;
}
