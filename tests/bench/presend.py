#!/usr/bin/env python3
"""Pre-send latency: wall time of `replylint --input email --draft -` on a 20 KB reply draft
with the built-in rules, median of 50 runs, next to `replylint --version` (process start-up,
the floor). Not part of ctest; run it by hand:

    python3 tests/bench/presend.py [path/to/replylint] [--runs N] [--keep DRAFT.eml]

The draft is generated: an agent's reply (some defensive phrasing, no acknowledgement) over a
customer's angry message and two older quoted rounds, 20 KB in all."""
import argparse
import os
import statistics
import subprocess
import sys
import time


REPLY = ("Thanks for getting back to us about order {n}. Unfortunately that's not our policy for opened "
         "items, and as I said before you must have entered the wrong address. Please clear your cache, "
         "restart the app and try the checkout again; the refund form is on the website.\n")
CUSTOMER = ("This is ridiculous. It's the third time I'm writing about order {n} and the app is still not "
            "working. Nobody answers and I want my money back today.\n")
OLDER = "We have escalated ticket {n} to the warehouse team and will update you as soon as we hear back.\n"


def wrap(text, width=72, prefix=""):
    out, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            out.append(prefix + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(prefix + line)
    return "\n".join(out) + "\n"


def draft(size=20 * 1024):
    head = ("From: Dana Reyes <dana@support.acme.com>\nTo: Pat Lee <pat@example.com>\n"
            "Subject: Re: Order 1182 still not working\nIn-Reply-To: <c3@example.com>\n"
            "Content-Type: text/plain; charset=utf-8\n\nHi Pat,\n\n")
    body, n = "", 0
    while len(head) + len(body) < size * 0.45:
        body += wrap(REPLY.format(n=1182 + n)) + "\n"
        n += 1
    quoted = "On Mon, 6 May 2024 at 18:02, Pat Lee <pat@example.com> wrote:\n"
    while len(head) + len(body) + len(quoted) < size * 0.8:
        quoted += wrap(CUSTOMER.format(n=1182 + n), prefix="> ") + ">\n"
        n += 1
    quoted += "> On Sun, 5 May 2024 at 10:00, Dana Reyes <dana@support.acme.com> wrote:\n"
    while len(head) + len(body) + len(quoted) < size:
        quoted += wrap(OLDER.format(n=1182 + n), prefix=">> ") + ">>\n"
        n += 1
    return (head + body + "Best regards,\nDana\nAcme Support\n\n" + quoted).encode()


def median_ms(cmd, stdin=b"", runs=50):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
        if proc.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} exited {proc.returncode}")
    return statistics.median(times), min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary", nargs="?", default=os.path.join(os.path.dirname(__file__), "../../build/replylint"))
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--keep", help="also write the generated draft here")
    args = ap.parse_args()
    mail = draft()
    if args.keep:
        with open(args.keep, "wb") as f:
            f.write(mail)
    binary = os.path.abspath(args.binary)
    floor, floor_min = median_ms([binary, "--version"], runs=args.runs)
    check, check_min = median_ms([binary, "--input", "email", "--draft", "-"], mail, runs=args.runs)
    print(f"draft: {len(mail)} bytes; {args.runs} runs each")
    print(f"replylint --version                 median {floor:6.2f} ms  (min {floor_min:.2f})")
    print(f"replylint --input email --draft -   median {check:6.2f} ms  (min {check_min:.2f})")
    print(f"above the start-up floor: {check - floor:.2f} ms; budget 10 ms: {'met' if check <= 10 else 'NOT met'}")


if __name__ == "__main__":
    main()
