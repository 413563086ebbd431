#!/usr/bin/env python3
"""Runs ../shared/tools/check-sarif (the SARIF 2.1.0 schema plus Microsoft's SARIF Multitool
with GitHub's ingestion rules) on the SARIF replylint writes for three bundled cases:
clean, findings of every rule kind, non-ASCII text with unreadable inputs, and templates
with suppressed findings and unused directives.

usage: check_sarif.py REPLYLINT_BINARY
Exits 77 (ctest: skipped) when ../shared or node/npm is not available.
"""
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
binary = os.path.abspath(sys.argv[1])
repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
fixtures = os.path.join(repo, "tests", "fixtures")
checker = os.path.normpath(os.path.join(repo, "..", "shared", "tools", "check-sarif"))

if not os.path.exists(checker):
    print(f"skipped: {checker} not found")
    sys.exit(SKIP)
for tool in ("node", "npm"):
    if shutil.which(tool) is None:
        print(f"skipped: {tool} is not installed (check-sarif needs it)")
        sys.exit(SKIP)

RULES = ["--no-builtin", "--rules", "report/rules.yaml", "--format", "sarif"]
CASES = {
    # name: (inputs, expected exit code of replylint)
    "clean": (["report/clean.txt"], 0),
    "every-kind": (["report/all-kinds.txt"], 1),
    "unicode-unreadable": (["report/unicode.txt", "report/binary.chat", "report/missing.txt"], 2),
    "template-suppressions": (["--rules", "templates/rules.yaml", "--input", "template", "--show-suppressed",
                               "--baseline", "templates/baseline.json", "templates/directives/"], 1),
}

failed = False
with tempfile.TemporaryDirectory() as tmp:
    files = []
    for name, (inputs, want) in CASES.items():
        path = os.path.join(tmp, name + ".sarif")
        proc = subprocess.run([binary, *RULES, "-o", path, *inputs], cwd=fixtures,
                              capture_output=True, text=True, timeout=60)
        if proc.returncode != want:
            print(f"{name}: replylint exited {proc.returncode}, expected {want}\n{proc.stderr}")
            failed = True
        files.append(path)
    proc = subprocess.run([checker, *files], capture_output=True, text=True, timeout=900)
    print(proc.stdout.replace(tmp + "/", ""), end="")
    if proc.returncode == 2 and "could not install" in proc.stderr:
        print("skipped: " + proc.stderr.strip())
        sys.exit(SKIP)
    if proc.returncode != 0:
        print(proc.stderr, end="")
        failed = True
sys.exit(1 if failed else 0)
