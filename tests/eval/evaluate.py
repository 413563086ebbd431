#!/usr/bin/env python3
"""Evaluate replylint's default rule packs against hand-labelled support conversations.

Runs `BINARY --no-config --format jsonl CORPUS/conversations.jsonl`, groups the findings by
conversation and pack, and compares them per conversation with CORPUS/labels.jsonl:

    defensive pack        <->  label "defensive"
    acknowledgement pack  <->  label "ack_missing"
    follow-up pack        <->  label "followup_missing"

Standard library only. See tests/eval/README.md.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_CORPUS = os.path.join(os.path.dirname(REPO), "shared", "corpora", "ibm-twitter-care")
DEFAULT_BINARY = os.path.join("build", "replylint")

# pack prefix -> label field
PACKS = collections.OrderedDict([
    ("defensive", "defensive"),
    ("acknowledgement", "ack_missing"),
    ("follow-up", "followup_missing"),
])

URL = re.compile(r"https?://\S+")


def snippet(text, limit=160):
    text = URL.sub("<url>", " ".join((text or "").split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def ratio(a, b):
    return a / b if b else None


def fmt(x):
    return "  n/a" if x is None else "%.3f" % x


def load_jsonl(path, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                raise SystemExit("error: %s:%d: malformed %s: %s" % (path, n, what, e))
    return rows


def run_binary(binary, conversations, rules=None):
    if not os.path.exists(binary):
        print("error: %s not found (build it first, or pass --binary / --jsonl-file)" % binary,
              file=sys.stderr)
        sys.exit(2)
    cmd = [binary, "--no-config", "--format", "jsonl"]
    if rules:
        cmd += ["--no-builtin", "--rules", rules]
    cmd.append(conversations)
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        print("error: cannot run %s: %s" % (binary, e), file=sys.stderr)
        sys.exit(2)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        print("error: %s exited with %d" % (" ".join(cmd), proc.returncode), file=sys.stderr)
        sys.exit(2)
    return proc.stdout.decode("utf-8", "replace").splitlines()


def parse_findings(lines, source):
    findings, bad = [], 0
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            f = json.loads(line)
        except ValueError:
            bad += 1
            if bad <= 3:
                print("warning: %s:%d: not a JSON finding: %s" % (source, n, line[:120]), file=sys.stderr)
            continue
        if not isinstance(f, dict) or "rule" not in f or "conversation" not in f:
            bad += 1
            if bad <= 3:
                print("warning: %s:%d: finding lacks rule/conversation" % (source, n), file=sys.stderr)
            continue
        if f.get("suppressed"):
            continue
        findings.append(f)
    if bad:
        print("warning: %d line(s) of %s were not findings" % (bad, source), file=sys.stderr)
    return findings


def agent_turns(conv):
    return [m for m in conv.get("messages", []) if m.get("role") == "agent"]


def turn_text(conv, index):
    msgs = conv.get("messages", [])
    if isinstance(index, int) and 0 <= index < len(msgs):
        return msgs[index].get("text", "")
    return ""


def customer_before(conv, index):
    """The customer turn a respond finding answers: the finding's own turn if it is a customer
    turn (no agent reply followed), else the last customer turn before it."""
    msgs = conv.get("messages", [])
    if not isinstance(index, int) or not 0 <= index < len(msgs):
        return ""
    if msgs[index].get("role") == "customer":
        return msgs[index].get("text", "")
    for m in reversed(msgs[:index]):
        if m.get("role") == "customer":
            return m.get("text", "")
    return ""


def miss_context(pack, conv, label):
    """The agent text a reviewer needs to see for a conversation the pack missed."""
    agents = agent_turns(conv)
    if pack == "defensive":
        ev = label.get("defensive_evidence") or ""
        if ev:
            return "evidence: " + ev
        return " | ".join(snippet(m.get("text", ""), 100) for m in agents)
    if pack == "follow-up":
        return "last agent turn: " + (snippet(agents[-1].get("text", "")) if agents else "(none)")
    # acknowledgement: first agent turn after the first customer turn
    msgs = conv.get("messages", [])
    first_customer = next((i for i, m in enumerate(msgs) if m.get("role") == "customer"), None)
    reply = None
    if first_customer is not None:
        reply = next((m for m in msgs[first_customer + 1:] if m.get("role") == "agent"), None)
    cust = msgs[first_customer].get("text", "") if first_customer is not None else ""
    return "customer: %s || agent: %s" % (snippet(cust, 90), snippet(reply.get("text", "") if reply else "(none)", 90))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=DEFAULT_BINARY, help="replylint binary (default: build/replylint)")
    ap.add_argument("--corpus", default=None,
                    help="directory with conversations.jsonl and labels.jsonl "
                         "(default: ../shared/corpora/ibm-twitter-care)")
    ap.add_argument("--labels", default=None, metavar="FILE",
                    help="labels to score against (default: CORPUS/labels.jsonl), e.g. tests/eval/author-labels.jsonl")
    ap.add_argument("--jsonl-file", default=None,
                    help="read findings (replylint --format jsonl output) from this file instead of running the binary")
    ap.add_argument("--rules", default=None, metavar="PATH",
                    help="lint with these rule files instead of the built-in packs "
                         "(passes --no-builtin --rules PATH), to tune rules without rebuilding")
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and misses")
    ap.add_argument("--min-precision", type=float, default=None, help="exit 1 if a pack's precision is lower")
    ap.add_argument("--min-recall", type=float, default=None, help="exit 1 if a pack's recall is lower")
    ap.add_argument("--max-clean-rate", type=float, default=None,
                    help="exit 1 if a pack makes more findings per agent turn than this on conversations "
                         "labelled clean for it (e.g. 0.05 = one per 20 turns)")
    args = ap.parse_args(argv)

    corpus = args.corpus if args.corpus is not None else DEFAULT_CORPUS
    if not os.path.isdir(corpus):
        shown = "../shared/corpora" if args.corpus is None else args.corpus
        print("skipped: %s not found" % shown)
        return 0
    conv_path = os.path.join(corpus, "conversations.jsonl")
    label_path = args.labels or os.path.join(corpus, "labels.jsonl")
    if args.labels and not os.path.isfile(args.labels):
        print("error: %s not found" % args.labels, file=sys.stderr)
        return 2
    for p in (conv_path, label_path):
        if not os.path.isfile(p):
            print("skipped: %s not found" % p)
            return 0

    conversations = {c["id"]: c for c in load_jsonl(conv_path, "conversation")}
    labels = collections.OrderedDict((l["id"], l) for l in load_jsonl(label_path, "label"))
    unknown = [i for i in labels if i not in conversations]
    if unknown:
        print("warning: %d labelled id(s) not in conversations.jsonl, e.g. %s" % (len(unknown), unknown[0]),
              file=sys.stderr)

    if args.jsonl_file:
        with open(args.jsonl_file, encoding="utf-8") as f:
            findings = parse_findings(f.read().splitlines(), args.jsonl_file)
        source = args.jsonl_file
    else:
        findings = parse_findings(run_binary(args.binary, conv_path, args.rules), args.binary)
        source = args.binary

    # conversation -> pack -> [findings]
    by_conv = collections.defaultdict(lambda: collections.defaultdict(list))
    other_packs = collections.Counter()
    for f in findings:
        pack = str(f["rule"]).split("/", 1)[0]
        by_conv[str(f["conversation"])][pack].append(f)
        if pack not in PACKS:
            other_packs[pack] += 1

    labelled = [i for i in labels if i in conversations]
    print("replylint evaluation: %d findings from %s; %d conversations, %d labelled" %
          (len(findings), source, len(conversations), len(labelled)))
    print()

    failed = []
    header = "%-16s %4s %4s %4s %4s  %9s %7s  %s" % ("pack", "TP", "FP", "FN", "TN", "precision", "recall",
                                                     "findings/agent turn on clean")
    print(header)
    print("-" * len(header))
    details = {}
    for pack, field in PACKS.items():
        tp = fp = fn = tn = 0
        fps, fns = [], []
        per_rule = collections.defaultdict(lambda: [0, 0])  # rule -> [fired on, of which FP]
        clean_turns = clean_findings = 0
        for cid in labelled:
            conv, label = conversations[cid], labels[cid]
            truth = bool(label.get(field))
            got = by_conv.get(cid, {}).get(pack, [])
            for rule in sorted({str(f["rule"]) for f in got}):
                per_rule[rule][0] += 1
                if not truth:
                    per_rule[rule][1] += 1
            if not truth:
                clean_turns += len(agent_turns(conv))
                clean_findings += len(got)
            if got and truth:
                tp += 1
            elif got:
                fp += 1
                fps.append((cid, got))
            elif truth:
                fn += 1
                fns.append(cid)
            else:
                tn += 1
        precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
        rate = ratio(clean_findings, clean_turns)
        print("%-16s %4d %4d %4d %4d  %9s %7s  %s (%d in %d turns)" %
              (pack, tp, fp, fn, tn, fmt(precision), fmt(recall), fmt(rate), clean_findings, clean_turns))
        details[pack] = (per_rule, fps, fns)
        if args.min_precision is not None and (precision if precision is not None else 1.0) < args.min_precision:
            failed.append("%s precision %s < %.2f" % (pack, fmt(precision).strip(), args.min_precision))
        if args.min_recall is not None and (recall if recall is not None else 1.0) < args.min_recall:
            failed.append("%s recall %s < %.2f" % (pack, fmt(recall).strip(), args.min_recall))
        if args.max_clean_rate is not None and rate is not None and rate > args.max_clean_rate:
            failed.append("%s makes %.3f findings per clean agent turn > %.3f" % (pack, rate, args.max_clean_rate))

    clean = [cid for cid in labelled if not any(labels[cid].get(f) for f in PACKS.values())]
    clean_turns = sum(len(agent_turns(conversations[cid])) for cid in clean)
    clean_findings = sum(len(fs) for cid in clean for p, fs in by_conv.get(cid, {}).items() if p in PACKS)
    print("%-16s %s (%d findings in %d agent turns of %d conversations labelled clean for every pack)" %
          ("all packs", fmt(ratio(clean_findings, clean_turns)), clean_findings, clean_turns, len(clean)))

    print()
    print("per rule (labelled conversations it fired on / of which false positives):")
    for pack in PACKS:
        per_rule = details[pack][0]
        for rule in sorted(per_rule):
            fired, false = per_rule[rule]
            print("  %-40s %4d fired  %4d FP" % (rule, fired, false))
    if other_packs:
        print()
        print("findings of packs without labels (not scored): " +
              ", ".join("%s %d" % kv for kv in sorted(other_packs.items())))

    if args.verbose:
        for pack in PACKS:
            per_rule, fps, fns = details[pack]
            print()
            print("== %s: false positives (%d)" % (pack, len(fps)))
            for cid, got in fps:
                for f in got:
                    text = turn_text(conversations[cid], f.get("turn"))
                    print("  %s  %-36s turn %s: %s" % (cid, f["rule"], f.get("turn"), snippet(text)))
                    if f.get("match") and pack == "defensive":
                        print("  %s  %-36s matched: %s" % (" " * len(cid), "", snippet(str(f["match"]), 120)))
                    if pack == "acknowledgement":
                        print("  %s  %-36s after customer: %s" %
                              (" " * len(cid), "", snippet(customer_before(conversations[cid], f.get("turn")))))
                note = labels[cid].get("note")
                if note:
                    print("  %s  %-36s label note: %s" % (" " * len(cid), "", snippet(note, 200)))
            print("== %s: misses (%d)" % (pack, len(fns)))
            for cid in fns:
                print("  %s  %s" % (cid, miss_context(pack, conversations[cid], labels[cid])))
                note = labels[cid].get("note")
                if note:
                    print("  %s  label note: %s" % (" " * len(cid), snippet(note, 200)))

    if failed:
        print()
        for f in failed:
            print("FAIL: " + f)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        sys.exit(0)
