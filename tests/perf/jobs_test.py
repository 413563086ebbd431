#!/usr/bin/env python3
"""-j N gives the same output, byte for byte and in the same order, as -j 1.

Runs the binary over generated corpora (a directory of transcripts, which -j reads many to
a piece, with a few broken inputs and JSON Lines files among them; a JSON Lines file with bad
records; the same file on stdin through a pipe) in every report format, with -j 1, 2 and 4,
and compares stdout, stderr (timings masked) and the exit status. Usage: jobs_test.py REPLYLINT"""
import os
import re
import subprocess
import sys
import tempfile

binary = os.path.abspath(sys.argv[1])
here = os.path.dirname(os.path.abspath(__file__))
gen = os.path.join(here, "..", "bench", "gen_corpus.py")


def run(args, stdin_path=None):
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    p = subprocess.run([binary] + args, stdin=stdin, capture_output=True, timeout=300)
    out = re.sub(rb'"seconds": [0-9.e-]+', b'"seconds": 0', p.stdout)   # json summary timing
    return out, re.sub(rb"\d+\.\d\ds\b", b"0.00s", p.stderr), p.returncode


with tempfile.TemporaryDirectory() as tmp:
    chat = os.path.join(tmp, "chat")
    subprocess.run([sys.executable, gen, "chat", chat, "--size", "1500000", "--files", "300", "--seed", "3"], check=True)
    # Broken inputs among the good ones: empty, binary, not a transcript, bad JSON Lines.
    open(os.path.join(chat, "t000010-empty.txt"), "wb").close()
    with open(os.path.join(chat, "t000020-binary.txt"), "wb") as f:
        f.write(b"Agent: hi\x00\x01\x02")
    with open(os.path.join(chat, "t000030-prose.txt"), "w") as f:
        f.write("just some notes\nwithout speakers\n")
    jsonl = os.path.join(tmp, "c.jsonl")
    subprocess.run([sys.executable, gen, "jsonl", jsonl, "--size", "3000000", "--seed", "4"], check=True)
    with open(jsonl, "ab") as f:
        f.write(b'{"id": "broken", "messages": [\n\n{"id": "late", "messages": [{"speaker": "Agent", "text": "That is not our policy."}]}\n')
    # JSON Lines among the transcripts: one large enough to be split into pieces, one small
    # enough to be read whole with the small files around it.
    with open(os.path.join(chat, "t000040-stream.jsonl"), "wb") as f:
        f.write(open(jsonl, "rb").read()[:400000].rsplit(b"\n", 1)[0] + b"\n")
    with open(os.path.join(chat, "t000050-small.jsonl"), "wb") as f:
        f.write(open(jsonl, "rb").read()[:60000].rsplit(b"\n", 1)[0] + b"\n")

    cases = []
    for fmt in ["jsonl", "text", "json", "sarif", "github"]:
        cases.append((["--format", fmt, chat, "missing-file.txt"], None))
        cases.append((["--format", fmt, jsonl], None))
    cases.append((["--format", "text", "--stats", chat], None))
    cases.append((["--format", "json", "--stats", jsonl], None))
    cases.append((["--format", "jsonl", "--input", "jsonl", "-"], jsonl))
    cases.append((["--format", "jsonl", "-"], jsonl))

    failures = 0
    for args, stdin in cases:
        base = run(["-j", "1"] + args, stdin)
        if not base[0] and not base[1]:
            print(f"FAIL: no output at all for {args}")
            failures += 1
        for j in ["2", "4"]:
            got = run(["-j", j] + args, stdin)
            if got != base:
                failures += 1
                what = [n for n, a, b in zip(["stdout", "stderr", "exit"], base, got) if a != b]
                print(f"FAIL: -j {j} differs from -j 1 in {', '.join(what)}: {' '.join(args)}")
        lines = base[0].count(b"\n")
        print(f"ok: {' '.join(args)}{' < ' + os.path.basename(stdin) if stdin else ''} ({lines} lines, exit {base[2]})")
    sys.exit(1 if failures else 0)
