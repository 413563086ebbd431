#!/usr/bin/env python3
"""Runs one CLI golden case against the built binary.

A case is a directory with:
  cmd        one shell command line; `replylint` stands for the binary under test. It runs
             in tests/fixtures, so fixture paths are relative (as a user would type them).
  stdin      optional: fed to the command's standard input
  stdout     expected standard output (golden)
  stderr     optional: expected standard error (timings are normalised to 0.00s)
  exit       expected exit status (default 0)
  skip_unless_exists  optional: a path (relative to the repo); skip when it is absent

Run with UPDATE_GOLDEN=1 to rewrite the golden files from the actual output.
"""
import os
import re
import subprocess
import sys

binary, case = os.path.abspath(sys.argv[1]), sys.argv[2]
repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
fixtures = os.path.join(repo, "tests", "fixtures")


def read(name, default=None):
    path = os.path.join(case, name)
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


need = read("skip_unless_exists")
if need is not None:
    target = os.path.normpath(os.path.join(repo, need.decode().strip()))
    if not os.path.exists(target):
        print(f"skipped: {target} not found")
        sys.exit(0)

cmd = read("cmd").decode().strip()
env = dict(os.environ, REPLYLINT_BIN=binary, NO_COLOR="")
env.pop("NO_COLOR")
shell_cmd = "replylint() { \"$REPLYLINT_BIN\" \"$@\"; }; " + cmd
proc = subprocess.run(["bash", "-c", shell_cmd], cwd=fixtures, input=read("stdin", b""),
                      capture_output=True, env=env, timeout=120)


def normalise(text):
    text = re.sub(rb"\d+\.\d\ds\b", b"0.00s", text)
    return text


actual = {"stdout": proc.stdout, "stderr": normalise(proc.stderr),
          "exit": str(proc.returncode).encode() + b"\n"}

if os.environ.get("UPDATE_GOLDEN"):
    for name, data in actual.items():
        if name == "stderr" and read("stderr") is None and not data:
            continue
        with open(os.path.join(case, name), "wb") as f:
            f.write(data)
    print("updated", case)
    sys.exit(0)

failed = False
for name in ("stdout", "stderr", "exit"):
    expected = read(name)
    if expected is None:
        if name == "exit":
            expected = b"0\n"
        else:
            continue
    if expected != actual[name]:
        failed = True
        sys.stderr.write(f"--- {name} differs for {os.path.basename(case)}\n")
        sys.stderr.write("expected:\n" + expected.decode(errors="replace") + "\n")
        sys.stderr.write("actual:\n" + actual[name].decode(errors="replace") + "\n")
sys.exit(1 if failed else 0)
