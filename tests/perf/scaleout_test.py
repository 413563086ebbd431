#!/usr/bin/env python3
"""Scale-out: a JSON Lines stream split across processes with GNU parallel gives exactly the
same set of findings as one process.

    parallel --pipe --block 1M replylint --input jsonl --format jsonl -

Each process sees a block of whole lines, so `line` and byte offsets are relative to its
block (and `path` is "-"); everything else (conversation id, rule, turn, columns, the matched
words, message, fix, related columns) must agree. Exit 77 (skipped) without GNU parallel.
Usage: scaleout_test.py REPLYLINT"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
here = os.path.dirname(os.path.abspath(__file__))
gen = os.path.join(here, "..", "bench", "gen_corpus.py")

parallel = shutil.which("parallel")
if not parallel or b"GNU parallel" not in subprocess.run([parallel, "--version"], capture_output=True).stdout:
    print("skipped: GNU parallel is not installed (scripts/setup.sh --all installs it)")
    sys.exit(77)


def key(line):
    f = json.loads(line)
    related = tuple((r["message"], r["column"], r["end_column"]) for r in f.get("related", []))
    return (f["conversation"], f["rule"], f["turn"], f["column"], f["end_column"], f["match"], f["message"],
            f["severity"], f["speaker"], f["role"], json.dumps(f.get("fix")), related)


def findings(output):
    return collections.Counter(key(l) for l in output.splitlines() if l.strip())


with tempfile.TemporaryDirectory() as tmp:
    corpus = os.path.join(tmp, "c.jsonl")
    subprocess.run([sys.executable, gen, "jsonl", corpus, "--size", "6000000", "--seed", "7"], check=True)
    cmd = [binary, "--input", "jsonl", "--format", "jsonl", "-"]
    with open(corpus, "rb") as f:
        one = subprocess.run(cmd, stdin=f, capture_output=True, timeout=600)
    with open(corpus, "rb") as f:
        split = subprocess.run([parallel, "--will-cite", "--pipe", "--block", "1M"] + cmd, stdin=f,
                               capture_output=True, timeout=600)
    a, b = findings(one.stdout), findings(split.stdout)
    print(f"one process: {sum(a.values())} findings (exit {one.returncode}); "
          f"parallel --pipe --block 1M: {sum(b.values())} findings (exit {split.returncode})")
    # GNU parallel exits with the number of jobs that exited non-zero: here, those with findings.
    if one.returncode != 1 or not 0 < split.returncode <= 100 or b"error:" in one.stderr + split.stderr:
        print("FAIL: unexpected exit status or input errors", one.stderr.decode()[-500:], split.stderr.decode()[-500:])
        sys.exit(1)
    if sum(a.values()) < 100:
        print("FAIL: the corpus should give plenty of findings")
        sys.exit(1)
    if a != b:
        print("FAIL: the sets differ")
        for k in list((a - b).keys())[:5]:
            print("  only in one process:", k)
        for k in list((b - a).keys())[:5]:
            print("  only in parallel:", k)
        sys.exit(1)
    print("ok: the same findings")
