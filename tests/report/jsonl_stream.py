#!/usr/bin/env python3
"""--format jsonl streams: with stdin still open, the finding for the first conversation
arrives on stdout before any more input is written (a pipeline sees results while the
export is still being read).

usage: jsonl_stream.py REPLYLINT_BINARY
"""
import json
import os
import selectors
import subprocess
import sys

binary = os.path.abspath(sys.argv[1])
repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
rules = os.path.join(repo, "tests", "fixtures", "report", "rules.yaml")
TIMEOUT = 10

proc = subprocess.Popen([binary, "--no-builtin", "--rules", rules, "--input", "jsonl", "--format", "jsonl", "-"],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sel = selectors.DefaultSelector()
sel.register(proc.stdout, selectors.EVENT_READ)


def conversation(cid, agent_text):
    return (json.dumps({"id": cid, "messages": [{"speaker": "Dana", "role": "agent", "text": agent_text}]}) + "\n").encode()


def next_line():
    """One line of stdout, or None if none arrives within TIMEOUT seconds."""
    data = b""
    while not data.endswith(b"\n"):
        if not sel.select(TIMEOUT):
            return None
        byte = os.read(proc.stdout.fileno(), 1)
        if not byte:
            return None
        data += byte
    return json.loads(data)


def fail(message):
    proc.kill()
    print("FAIL: " + message)
    sys.exit(1)


try:
    for cid in ("s1", "s2"):
        proc.stdin.write(conversation(cid, "That's not our policy. Let me know if I can help."))
        proc.stdin.flush()
        line = next_line()
        if line is None:
            fail(f"no finding for conversation {cid} within {TIMEOUT}s while stdin stayed open")
        if line.get("conversation") != cid or line.get("rule") != "report/not-our-policy":
            fail(f"unexpected first line for {cid}: {line}")
        print(f"{cid}: finding arrived before stdin closed: {line['rule']} at {line['line']}:{line['column']}")
    proc.stdin.close()
    rest = proc.stdout.read()
    code = proc.wait(timeout=TIMEOUT)
    if rest or code != 1:
        fail(f"after stdin closed: extra output {rest!r}, exit code {code} (want none and 1)")
finally:
    if proc.poll() is None:
        proc.kill()
print("ok")
