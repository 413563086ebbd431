#!/usr/bin/env python3
"""`cmake --install BUILD --prefix P` puts every file where it belongs, and the installed
binary works from there.

Usage: install_test.py BUILD_DIR SOURCE_DIR
"""
import glob
import os
import shutil
import sys

from common import TempDir, env_with, fail, install, run

build, source = sys.argv[1], sys.argv[2]
rule_packs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(source, "rules", "*.yaml")))

with TempDir() as tmp:
    prefix = os.path.join(tmp, "usr-local")
    install(build, prefix)
    expected = ["bin/replylint", "share/man/man1/replylint.1", "share/man/man5/replylint-rules.5",
                "share/bash-completion/completions/replylint", "share/zsh/site-functions/_replylint",
                "share/fish/vendor_completions.d/replylint.fish"]
    expected += [f"share/replylint/rules/{p}" for p in rule_packs]
    # The e-mail reader module, beside the other libraries (lib/ or lib/<multiarch>/).
    modules = glob.glob(os.path.join(prefix, "lib*", "**", "replylint", "replylint-mime.so"), recursive=True)
    if len(modules) != 1:
        fail(f"expected one replylint/replylint-mime.so under {prefix}/lib*, found {modules}")
    for path in expected:
        if not os.path.isfile(os.path.join(prefix, path)):
            fail(f"cmake --install did not install {path}; it installed:\n" +
                 "\n".join(sorted(os.path.relpath(p, prefix) for p in glob.glob(prefix + "/**", recursive=True))))
    if not os.access(os.path.join(prefix, "bin", "replylint"), os.X_OK):
        fail("bin/replylint is not executable")

    # A /usr prefix puts the zsh completion where Debian's zsh looks.
    usr = os.path.join(tmp, "root", "usr")
    install(build, usr)
    if not os.path.isfile(os.path.join(usr, "share", "zsh", "vendor-completions", "_replylint")):
        fail("with prefix .../usr the zsh completion is not in share/zsh/vendor-completions")

    installed = os.path.join(prefix, "bin", "replylint")
    version = run([installed, "--version"]).stdout
    if not version.startswith("replylint "):
        fail(f"--version printed {version!r}")
    proc = run([installed, "--no-config", os.path.join(source, "examples")], check=False, cwd=tmp)
    if proc.returncode != 1 or "[defensive/" not in proc.stdout:
        fail(f"the installed binary did not report findings on examples/ (exit {proc.returncode}):\n{proc.stderr}")
    # The installed binary finds its e-mail module, and says so clearly when it is missing.
    email = os.path.join(source, "examples", "email")
    proc = run([installed, "--no-config", email], check=False, cwd=tmp)
    if proc.returncode != 1 or "findings" not in proc.stderr:
        fail(f"the installed binary did not lint examples/email (exit {proc.returncode}):\n{proc.stderr}")
    moved = os.path.join(tmp, "replylint-mime.so")
    shutil.move(modules[0], moved)
    proc = run([installed, "--no-config", "--input", "email", "-"], check=False, cwd=tmp, input="From: a@b.c\n\nhi\n")
    if proc.returncode != 2 or "cannot read e-mail: the e-mail reader replylint-mime.so is not installed" not in proc.stderr:
        fail(f"without the module: exit {proc.returncode}, stderr:\n{proc.stderr}")
    shutil.move(moved, modules[0])
    # man finds the installed page through MANPATH.
    found = run(["man", "-w", "replylint"], check=False, env=env_with(MANPATH=os.path.join(prefix, "share", "man")))
    if found.returncode == 0 and not found.stdout.strip().startswith(prefix):
        fail(f"man -w found {found.stdout!r}, not the installed page")
print(f"ok: {len(expected) + 1} files installed; the installed binary lints the examples and e-mail")
