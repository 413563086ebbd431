#!/usr/bin/env python3
"""Every default rule is documented and exemplified: a `message`, a `help` text, and at least
three `flag` and three `pass` examples (that they flag and pass is `replylint test`'s job).

Usage: check_examples.py RULES_DIR [MIN]   (exit 77 when PyYAML is missing, for ctest's skip)
"""
import glob
import os
import sys

try:
    import yaml
except ImportError:
    print("skipped: python3-yaml is not installed")
    sys.exit(77)

rules_dir = sys.argv[1]
minimum = int(sys.argv[2]) if len(sys.argv) > 2 else 3
problems, count = [], 0
for path in sorted(glob.glob(os.path.join(rules_dir, "*.yaml"))):
    with open(path, encoding="utf-8") as f:
        pack = yaml.safe_load(f)
    for rule in pack.get("rules", []):
        count += 1
        rid = rule.get("id", "?")
        examples = rule.get("examples") or {}
        for kind in ("flag", "pass"):
            n = len(examples.get(kind) or [])
            if n < minimum:
                problems.append("%s: %s has %d %s example(s), needs %d" % (os.path.basename(path), rid, n, kind, minimum))
        for field in ("message", "help"):
            if not str(rule.get(field) or "").strip():
                problems.append("%s: %s has no %s" % (os.path.basename(path), rid, field))
for p in problems:
    print("FAIL " + p)
print("%d rules checked, %d problem(s)" % (count, len(problems)))
sys.exit(1 if problems or count == 0 else 0)
