#!/usr/bin/env python3
"""The literal prefilter finds exactly what the RE2 sets find.

A run matches turns by the literal prefilter (each pattern's required literals, then its own
RE2) until it has read PatternRegistry::kSetAfterBytes, and by per-role RE2::Sets after that.
REPLYLINT_SET_AFTER_BYTES moves that point: 0 uses the sets from the first turn, a huge value
never builds them. This runs every input three ways (sets only, prefilter only, the default
switch-over) and compares the reports byte for byte: the bundled examples and fixtures, the
built-in rules' own examples (`replylint test`), a user rule pack, generated chat and JSON
Lines corpora, and ../shared/corpora when present. Usage: prefilter_test.py REPLYLINT"""
import os
import re
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(here, "..", ".."))
shared = os.path.normpath(os.path.join(repo, "..", "shared", "corpora"))
gen = os.path.join(repo, "tests", "bench", "gen_corpus.py")

MODES = {"sets": "0", "prefilter": str(1 << 62), "default": ""}


def run(args, mode):
    env = dict(os.environ, REPLYLINT_SET_AFTER_BYTES=MODES[mode])
    p = subprocess.run([binary] + args, capture_output=True, timeout=600, cwd=repo, env=env,
                       stdin=subprocess.DEVNULL)
    return p.stdout, re.sub(rb"\d+\.\d\ds\b", b"0.00s", p.stderr), p.returncode


with tempfile.TemporaryDirectory() as tmp:
    chat = os.path.join(tmp, "chat")
    subprocess.run([sys.executable, gen, "chat", chat, "--size", "1500000", "--files", "200", "--seed", "5"],
                   check=True)
    jsonl = os.path.join(tmp, "c.jsonl")
    subprocess.run([sys.executable, gen, "jsonl", jsonl, "--size", "3000000", "--seed", "6"], check=True)

    cases = [
        ["--format", "jsonl", "-j1", "examples/"],
        ["--format", "jsonl", "-j1", "--no-config", "tests/fixtures/core", "tests/fixtures/email",
         "tests/fixtures/templates"],
        ["--format", "jsonl", "-j1", "--rules", "examples/rules/house-style.yaml", "examples/"],
        ["test", "rules/"],
        ["--format", "jsonl", "-j1", chat],
        ["--format", "jsonl", "-j2", jsonl],
    ]
    for corpus in ["ibm-twitter-care/conversations.jsonl", "email", "templates"]:
        path = os.path.join(shared, corpus)
        if os.path.exists(path):
            cases.append(["--format", "jsonl", "-j1", "--no-config", path])
        else:
            print(f"note: {path} is absent; that corpus is not compared")

    failures = 0
    for args in cases:
        base = run(args, "sets")
        if not base[0] and not base[1]:
            print(f"FAIL: no output at all for {args}")
            failures += 1
        for mode in ["prefilter", "default"]:
            got = run(args, mode)
            if got != base:
                failures += 1
                print(f"FAIL: {mode} differs from sets for {args}")
                a, b = base[0].splitlines(), got[0].splitlines()
                print(f"  {len(a)} vs {len(b)} lines; first difference:")
                for x, y in zip(a + [b""] * len(b), b + [b""] * len(a)):
                    if x != y:
                        print(f"  sets:      {x[:300]!r}\n  {mode:10} {y[:300]!r}")
                        break
        print(f"ok: {' '.join(args)[:100]} ({len(base[0].splitlines())} lines)")
    sys.exit(1 if failures else 0)
