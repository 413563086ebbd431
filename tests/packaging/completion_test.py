#!/usr/bin/env python3
"""Each shell completion, installed by `cmake --install`, works in its real shell.

Usage: completion_test.py SHELL BUILD_DIR SOURCE_DIR      (SHELL: bash, zsh or fish)
The build is installed into a temporary prefix; the shell finds the completion where it looks
by default (bash-completion's on-demand loader in $XDG_DATA_DIRS/bash-completion/completions, zsh's fpath with compinit,
fish's vendor directories from XDG_DATA_DIRS) and completes commands, flags, option values and
rule ids from `replylint rules --ids`, including a team's rule file named with --rules.
Every flag of every command's --help must be in the completion script too.
"""
import os
import re
import shlex
import sys

from common import COMMANDS, TempDir, env_with, fail, help_choices, help_flags, install, run, skip_unless

shell, build, source = sys.argv[1], sys.argv[2], sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
team_rules = os.path.join(source, "tests", "fixtures", "config", "rules", "conf.yaml")
script_file = {"bash": "replylint.bash", "zsh": "_replylint", "fish": "replylint.fish"}[shell]
skip_unless(shell)
if shell == "bash" and not os.path.exists("/usr/share/bash-completion/bash_completion"):
    print("skipped: bash-completion not installed (scripts/setup.sh --all installs it)")
    sys.exit(77)

# Every flag and value the binary offers is in the script.
script = open(os.path.join(source, "completions", script_file), encoding="utf-8").read()
binary = os.path.join(build, "replylint")
for command in COMMANDS:
    if not re.search(rf"\b{re.escape(command)}\b", script):
        fail(f"completions/{script_file} lacks the command '{command}'")
    for flag in help_flags(binary, command):
        word = flag.lstrip("-")
        if shell == "fish" and flag.startswith("--"):
            pattern = rf"-l {re.escape(word)}\b"
        elif shell == "fish":
            pattern = rf"-s {re.escape(word)}\b"
        else:
            pattern = rf"(?<![\w-]){re.escape(flag)}(?![\w-])"
        if not re.search(pattern, script):
            fail(f"completions/{script_file} lacks {flag} of `replylint {command}`")
    for flag in ["--input", "--format", "--color", "--fail-on", "--min-severity"]:
        for value in help_choices(binary, command, flag):
            if not re.search(rf"\b{re.escape(value)}\b", script):
                fail(f"completions/{script_file} lacks the value '{value}' of {flag}")

# (command line, words that must be offered, words that must not)
CASES = [
    ("replylint ch", {"check", "check-config"}, {"rules"}),
    ("replylint --format ", {"text", "sarif", "json", "jsonl", "github"}, set()),
    ("replylint rules --format ", {"text", "json"}, {"sarif"}),
    ("replylint --input ", {"auto", "chat", "email", "mbox", "jsonl", "json", "template"}, set()),
    ("replylint check --color ", {"auto", "always", "never"}, set()),
    ("replylint --fail-on ", {"error", "warning", "info"}, set()),
    ("replylint rules --no-", {"--no-builtin", "--no-config"}, set()),
    ("replylint init --", {"--force"}, {"--format"}),
    ("replylint --enable acknowledgement/", {"acknowledgement/missing-empathy"}, {"defensive/not-our-policy"}),
    ("replylint explain defensive/not-our", {"defensive/not-our-policy"}, set()),
    (f"replylint --rules {team_rules} --disable conf/", {"conf/policy", "conf/blame", "conf/ack", "conf/shout"}, set()),
]


def complete_bash(prefix, line):
    words = shlex.split(line) + ([""] if line.endswith(" ") else [])
    program = f"""
source /usr/share/bash-completion/bash_completion
__load_completion replylint || {{ echo "bash-completion did not find the replylint completion" >&2; exit 3; }}
complete -p replylint >&2
COMP_WORDS=({' '.join(shlex.quote(w) for w in words)})
COMP_CWORD={len(words) - 1}
COMP_LINE={shlex.quote(line)}
COMP_POINT=${{#COMP_LINE}}
_replylint replylint "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    proc = run(["bash", "--norc", "--noprofile", "-c", program], check=False,
               env=env_with(PATH=f"{prefix}/bin:" + os.environ["PATH"], XDG_DATA_DIRS=f"{prefix}/share",
                            BASH_COMPLETION_USER_DIR="/nonexistent"))
    if proc.returncode != 0 or "complete -F _replylint replylint" not in proc.stderr:
        fail(f"bash did not load the completion from {prefix}: {proc.stderr}")
    return proc.stdout.split()


def complete_zsh(prefix, line):
    fdir = os.path.join(prefix, "share", "zsh", "site-functions")
    loaded = run(["zsh", "-f", "-c", f"fpath=({shlex.quote(fdir)} $fpath); autoload -Uz compinit; compinit -u -D; "
                  "print -r -- $_comps[replylint]"], check=False)
    if loaded.stdout.strip() != "_replylint":
        fail(f"zsh's compinit did not register _replylint from {fdir}: {loaded.stdout} {loaded.stderr}")
    proc = run(["zsh", "-f", os.path.join(here, "zsh_complete.zsh"), fdir, line], check=False, timeout=60,
               env=env_with(PATH=f"{prefix}/bin:" + os.environ["PATH"]))
    if proc.returncode == 77:
        print("skipped: zsh lacks the zsh/zpty module")
        sys.exit(77)
    return proc.stdout.split()


def complete_fish(prefix, home, line):
    proc = run(["fish", "-c", f"complete -C {shlex.quote(line)}"], check=False,
               env=env_with(PATH=f"{prefix}/bin:" + os.environ["PATH"], HOME=home, XDG_CONFIG_HOME=home,
                            XDG_DATA_HOME=home, XDG_DATA_DIRS=f"{prefix}/share:/usr/share"))
    if proc.returncode != 0:
        fail(f"fish failed: {proc.stderr}")
    return [l.split("\t")[0] for l in proc.stdout.splitlines()]


with TempDir() as tmp:
    prefix = os.path.join(tmp, "prefix")
    install(build, prefix)
    for line, wanted, unwanted in CASES:
        if shell == "bash":
            got = complete_bash(prefix, line)
        elif shell == "zsh":
            got = complete_zsh(prefix, line)
        else:
            got = complete_fish(prefix, tmp, line)
        got = set(got)
        if not wanted <= got or got & unwanted:
            fail(f"{shell}: completing {line!r} offered {sorted(got)}; wanted {sorted(wanted)}"
                 + (f", not {sorted(unwanted)}" if unwanted else ""))
        print(f"ok: {shell}: {line!r} -> {' '.join(sorted(got))}")
print(f"ok: {shell} completes commands, flags, values and rule ids")
