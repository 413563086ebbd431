#!/usr/bin/env python3
"""Evaluate replylint's default rule packs against hand-labelled support conversations.

Runs `BINARY --no-config --format jsonl CORPUS/conversations.jsonl`, groups the findings by
conversation and pack, and compares them per conversation with CORPUS/labels.jsonl:

    defensive/*, tone/condescending  <->  label "defensive"
    acknowledgement/*                <->  label "ack_missing"
    follow-up/no-next-step           <->  label "followup_missing"

and reports per pack and per rule precision and recall, the false positives by rule, and
the findings of every rule on replies labelled good.

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

# Scored groups: name -> (label field, rule ids or "pack/" prefixes that answer for it).
# The rubric's "defensive" includes talking-down phrases ("calm down", "as I already said")
# that the packs keep in tone/condescending, so that rule answers for the label too.
# follow-up/promise-without-time is about a different fault than the label (a promise
# without a time frame, anywhere), so it is not scored against followup_missing.
PACKS = collections.OrderedDict([
    ("defensive", ("defensive", ("defensive/", "tone/condescending"))),
    ("acknowledgement", ("ack_missing", ("acknowledgement/",))),
    ("follow-up", ("followup_missing", ("follow-up/no-next-step",))),
])


def scored_by(rule):
    """The scored group a rule answers for, or None."""
    for name, (_, selectors) in PACKS.items():
        for sel in selectors:
            if rule == sel or (sel.endswith("/") and rule.startswith(sel)):
                return name
    return None


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
    ap.add_argument("--max-good-rate", type=float, default=None,
                    help="exit 1 if all rules together make more findings per agent turn than this on "
                         "conversations labelled clean for every label (e.g. 0.05 = one per 20 turns)")
    ap.add_argument("--skip-status", type=int, default=0, metavar="N",
                    help="exit status when the corpus is absent (default 0; ctest uses 77 to report a skip)")
    args = ap.parse_args(argv)

    corpus = args.corpus if args.corpus is not None else DEFAULT_CORPUS
    if not os.path.isdir(corpus):
        shown = "../shared/corpora" if args.corpus is None else args.corpus
        print("skipped: %s not found" % shown)
        return args.skip_status
    conv_path = os.path.join(corpus, "conversations.jsonl")
    label_path = args.labels or os.path.join(corpus, "labels.jsonl")
    if args.labels and not os.path.isfile(args.labels):
        print("error: %s not found" % args.labels, file=sys.stderr)
        return 2
    for p in (conv_path, label_path):
        if not os.path.isfile(p):
            print("skipped: %s not found" % p)
            return args.skip_status

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

    # conversation -> scored group (or "-" for rules no label scores) -> [findings]
    by_conv = collections.defaultdict(lambda: collections.defaultdict(list))
    for f in findings:
        by_conv[str(f["conversation"])][scored_by(str(f["rule"])) or "-"].append(f)

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
    for pack, (field, _) in PACKS.items():
        tp = fp = fn = tn = 0
        fps, fns = [], []
        # rule -> [fired on, true positives]
        per_rule = collections.defaultdict(lambda: [0, 0])
        positives = 0
        clean_turns = clean_findings = 0
        for cid in labelled:
            conv, label = conversations[cid], labels[cid]
            truth = bool(label.get(field))
            positives += truth
            got = by_conv.get(cid, {}).get(pack, [])
            for rule in sorted({str(f["rule"]) for f in got}):
                per_rule[rule][0] += 1
                per_rule[rule][1] += truth
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
        details[pack] = (per_rule, fps, fns, positives)
        if args.min_precision is not None and (precision if precision is not None else 1.0) < args.min_precision:
            failed.append("%s precision %s < %.2f" % (pack, fmt(precision).strip(), args.min_precision))
        if args.min_recall is not None and (recall if recall is not None else 1.0) < args.min_recall:
            failed.append("%s recall %s < %.2f" % (pack, fmt(recall).strip(), args.min_recall))
        if args.max_clean_rate is not None and rate is not None and rate > args.max_clean_rate:
            failed.append("%s makes %.3f findings per clean agent turn > %.3f" % (pack, rate, args.max_clean_rate))

    # Good replies: conversations labelled clean for every label; every finding of every
    # rule (scored or not: tone, clarity, promises too) counts against them.
    fields = [field for field, _ in PACKS.values()]
    clean = [cid for cid in labelled if not any(labels[cid].get(f) for f in fields)]
    good_turns = sum(len(agent_turns(conversations[cid])) for cid in clean)
    good = [(cid, f) for cid in clean for fs in by_conv.get(cid, {}).values() for f in fs]
    good_rate = ratio(len(good), good_turns)
    print("%-16s %s (%d findings of any rule in %d agent turns of %d conversations labelled clean for every label)" %
          ("good replies", fmt(good_rate), len(good), good_turns, len(clean)))
    if args.max_good_rate is not None and good_rate is not None and good_rate > args.max_good_rate:
        failed.append("%.3f findings per agent turn on good replies > %.3f" % (good_rate, args.max_good_rate))

    print()
    print("per rule, on the labelled conversations (fired = conversations it fired on; precision = "
          "share of those with the label; recall = share of the label's conversations it caught):")
    print("  %-40s %5s %4s %4s %9s %7s" % ("rule", "fired", "TP", "FP", "precision", "recall"))
    for pack in PACKS:
        per_rule, _, _, positives = details[pack]
        for rule in sorted(per_rule):
            fired, true = per_rule[rule]
            print("  %-40s %5d %4d %4d %9s %7s" % (rule, fired, true, fired - true, fmt(ratio(true, fired)),
                                                    fmt(ratio(true, positives))))

    # Rules no label scores: how often they fire on the whole corpus and on good replies.
    unscored = collections.Counter()
    unscored_convs = collections.defaultdict(set)
    for f in findings:
        if scored_by(str(f["rule"])) is None:
            unscored[str(f["rule"])] += 1
            unscored_convs[str(f["rule"])].add(str(f["conversation"]))
    good_by_rule = collections.Counter(str(f["rule"]) for _, f in good)
    if unscored:
        print()
        print("rules without a label (not scored): findings on all %d conversations / on good replies:" %
              len(conversations))
        for rule in sorted(unscored):
            print("  %-40s %5d findings in %4d conversations  %3d on good replies" %
                  (rule, unscored[rule], len(unscored_convs[rule]), good_by_rule.get(rule, 0)))

    print()
    print("false positives by rule (labelled conversations the rule fired on without the label; "
          "findings on good replies):")
    any_fp = False
    for pack in PACKS:
        for cid, got in details[pack][1]:
            for rule in sorted({str(f["rule"]) for f in got}):
                print("  %-40s %s" % (rule, cid))
                any_fp = True
    for cid, f in sorted(good, key=lambda x: (str(x[1]["rule"]), x[0])):
        if scored_by(str(f["rule"])) is None:
            print("  %-40s %s (good reply)" % (f["rule"], cid))
            any_fp = True
    if not any_fp:
        print("  (none)")

    if args.verbose:
        for pack in PACKS:
            per_rule, fps, fns, _ = details[pack]
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
        print()
        print("== findings on good replies (%d)" % len(good))
        for cid, f in good:
            print("  %s  %-36s turn %s: %s" % (cid, f["rule"], f.get("turn"),
                                               snippet(turn_text(conversations[cid], f.get("turn")))))

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
