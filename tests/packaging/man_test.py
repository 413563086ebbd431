#!/usr/bin/env python3
"""The man pages render without warnings and document everything `--help` offers.

Usage: man_test.py BINARY SOURCE_DIR
- `groff -ww -z -mandoc` and `man -l` (with groff warnings on) are silent for both pages;
- every command and every flag of every command's --help appears in replylint(1), and every
  value CLI11 lists for --input/--format/--color/--fail-on/--min-severity;
- every command's --help shows an example;
- replylint-rules(5) names every rule field the loader accepts.
"""
import os
import re
import sys

from common import COMMANDS, env_with, fail, help_choices, help_flags, run, skip_unless

binary, source = sys.argv[1], sys.argv[2]
skip_unless("groff", "man")
pages = [os.path.join(source, "man", "replylint.1"), os.path.join(source, "man", "replylint-rules.5")]

for page in pages:
    proc = run(["groff", "-ww", "-z", "-mandoc", page], check=False)
    if proc.returncode != 0 or proc.stderr:
        fail(f"groff -ww -z warns about {page}:\n{proc.stderr}")
    proc = run(["man", "--warnings=w", "-l", page], check=False, env=env_with(MANWIDTH="100", MANPAGER="cat", PAGER="cat", LANG="C.UTF-8", LC_ALL="C.UTF-8"))
    if proc.returncode != 0 or proc.stderr:
        fail(f"man -l warns about {page}:\n{proc.stderr}")
    if len(proc.stdout) < 2000:
        fail(f"man -l rendered only {len(proc.stdout)} characters of {page}")

rendered = run(["man", "-l", pages[0]], env=env_with(MANWIDTH="200", MANPAGER="cat", PAGER="cat", LANG="C.UTF-8", LC_ALL="C.UTF-8")).stdout
# man may hyphenate or use Unicode hyphens; compare on plain ASCII without line-break hyphens.
text = rendered.replace("\u2010", "-").replace("\u2212", "-")
text = re.sub(r"-\n\s+", "-", text)

missing = []
for command in COMMANDS:
    if not re.search(rf"\breplylint {re.escape(command)}\b", text) and command != "check":
        missing.append(f"command '{command}'")
    help_text = run([binary, command, "--help"]).stdout
    if "Example:" not in help_text:
        fail(f"`replylint {command} --help` shows no example")
    for flag in sorted(help_flags(binary, command)):
        if not re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", text):
            missing.append(f"flag {flag} of `{command}`")
    for flag in ["--input", "--format", "--color", "--fail-on", "--min-severity"]:
        for value in help_choices(binary, command, flag):
            if not re.search(rf"\b{re.escape(value)}\b", text):
                missing.append(f"value '{value}' of {flag} (`{command}`)")
if missing:
    fail("man/replylint.1 does not document: " + "; ".join(missing) +
         "\nAdd them to man/replylint.1 (and to the completions in completions/).")

rules_page = run(["man", "-l", pages[1]], env=env_with(MANWIDTH="200", MANPAGER="cat", PAGER="cat", LANG="C.UTF-8", LC_ALL="C.UTF-8")).stdout
loader = open(os.path.join(source, "src", "rules", "rule_loader.cpp"), encoding="utf-8").read()
fields = re.search(r"kRuleFields = \{(.*?)\};", loader, re.S).group(1)
for field in re.findall(r'"([\w-]+)"', fields):
    if not re.search(rf"(?<![\w-]){re.escape(field)}(?![\w-])", rules_page):
        fail(f"man/replylint-rules.5 does not document the rule field '{field}'")
print(f"ok: {len(pages)} pages render cleanly; every command, flag and value of --help is documented")
