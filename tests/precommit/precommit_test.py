#!/usr/bin/env python3
"""Tests .pre-commit-hooks.yaml with the real pre-commit tool: a scratch hook repository
holding the file as it is in this tree, and a scratch project whose .pre-commit-config.yaml
uses the replylint-templates hook on macros/. A bad macro must block `pre-commit run` and a
`git commit` through the installed hook; the README next to it is not linted; once fixed,
the hook passes.

usage: precommit_test.py REPLYLINT_BINARY SOURCE_DIR
Exits 77 (ctest: skipped) when pre-commit or git is not installed.
"""
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
binary, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
for tool in ("pre-commit", "git"):
    if shutil.which(tool) is None:
        print(f"skipped: {tool} is not installed (Debian package {tool})")
        sys.exit(SKIP)

failed = False


def check(what, condition, detail=""):
    global failed
    print(f"{'ok' if condition else 'FAILED'}: {what}")
    if not condition:
        failed = True
        if detail:
            print(detail)


with tempfile.TemporaryDirectory() as tmp:
    bindir = os.path.join(tmp, "bin")
    os.makedirs(bindir)
    os.symlink(binary, os.path.join(bindir, "replylint"))
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"],
               PRE_COMMIT_HOME=os.path.join(tmp, "cache"), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org", NO_COLOR="1")
    env.pop("GIT_DIR", None)

    def run(args, cwd):
        return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)

    hooks = os.path.join(tmp, "hooks")
    os.makedirs(hooks)
    shutil.copy(os.path.join(source, ".pre-commit-hooks.yaml"), hooks)
    run(["git", "init", "-q", "."], hooks)
    run(["git", "add", "."], hooks)
    run(["git", "commit", "-q", "-m", "hooks"], hooks)
    rev = run(["git", "rev-parse", "HEAD"], hooks).stdout.strip()

    project = os.path.join(tmp, "project")
    os.makedirs(os.path.join(project, "macros"))
    with open(os.path.join(project, ".pre-commit-config.yaml"), "w") as f:
        f.write(f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n"
                "      - id: replylint-templates\n        files: ^macros/\n")
    with open(os.path.join(project, "macros", "README.md"), "w") as f:
        f.write("# Macros\nWe never write that's not our policy in a reply.\n")
    with open(os.path.join(project, "macros", "refund.liquid"), "w") as f:
        f.write("Hi {{ customer.first_name }}, that's not our policy.\n"
                "Let us know if there is anything else.\n")
    with open(os.path.join(project, "macros", "hello.md"), "w") as f:
        f.write("Hi {{ name }}, thanks for writing in. Let us know if anything else comes up.\n")
    run(["git", "init", "-q", "."], project)
    run(["git", "add", "."], project)

    bad = run(["pre-commit", "run", "--all-files"], project)
    check("a bad macro fails `pre-commit run`", bad.returncode == 1, bad.stdout + bad.stderr)
    check("the finding names the macro, line and column",
          "macros/refund.liquid:1:31: warning:" in bad.stdout, bad.stdout)
    check("the README beside the macros is not linted", "README" not in bad.stdout, bad.stdout)

    installed = run(["pre-commit", "install"], project)
    check("pre-commit install", installed.returncode == 0, installed.stdout + installed.stderr)
    commit = run(["git", "commit", "-q", "-m", "add macros"], project)
    check("the installed hook blocks the commit", commit.returncode != 0, commit.stdout + commit.stderr)

    with open(os.path.join(project, "macros", "refund.liquid"), "w") as f:
        f.write("Hi {{ customer.first_name }}, here's what I can do: a store credit today.\n"
                "Let us know if there is anything else.\n")
    run(["git", "add", "."], project)
    good = run(["pre-commit", "run", "--all-files"], project)
    check("the fixed macro passes", good.returncode == 0, good.stdout + good.stderr)
    commit = run(["git", "commit", "-q", "-m", "add macros"], project)
    check("and the commit goes through", commit.returncode == 0, commit.stdout + commit.stderr)

sys.exit(1 if failed else 0)
