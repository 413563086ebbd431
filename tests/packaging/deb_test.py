#!/usr/bin/env python3
"""CPack builds a .deb that lists every file, declares its library dependencies, and works.

Usage: deb_test.py BUILD_DIR SOURCE_DIR
The package is not installed with dpkg -i (that would change the machine running the tests):
it is extracted with dpkg-deb -x and the binary run from there against the bundled examples,
and apt-get --simulate checks that its dependencies resolve on this Debian.
"""
import glob
import os
import shutil
import sys

from common import TempDir, env_with, fail, run, skip_unless

build, source = sys.argv[1], sys.argv[2]
skip_unless("cpack", "dpkg-deb", "dpkg-shlibdeps", "file")

with TempDir() as tmp:
    run(["cpack", "-G", "DEB", "-B", tmp, "--config", os.path.join(build, "CPackConfig.cmake")])
    debs = glob.glob(os.path.join(tmp, "*.deb"))
    if len(debs) != 1:
        fail(f"cpack made {debs}")
    deb = debs[0]

    info = run(["dpkg-deb", "--info", deb]).stdout
    # RE2, yaml-cpp, GMime and GLib are linked statically (GMime into the e-mail module, with
    # the libraries it needs that have no static archive, such as gpgme, left shared).
    for field in ["Package: replylint", "Architecture: amd64", "Depends:", "libgpgme11", "libsimdjson",
                  "libxml2", "Description:"]:
        if field not in info and not (field == "Architecture: amd64" and "Architecture:" in info):
            fail(f"dpkg-deb --info lacks {field!r}:\n{info}")

    contents = run(["dpkg-deb", "--contents", deb]).stdout
    wanted = ["./usr/bin/replylint", "./usr/share/man/man1/replylint.1", "./usr/share/man/man5/replylint-rules.5",
              "./usr/share/bash-completion/completions/replylint", "./usr/share/zsh/vendor-completions/_replylint",
              "./usr/share/fish/vendor_completions.d/replylint.fish"]
    wanted += [f"./usr/share/replylint/rules/{os.path.basename(p)}" for p in glob.glob(os.path.join(source, "rules", "*.yaml"))]
    for path in wanted:
        if path not in contents:
            fail(f"dpkg-deb --contents lacks {path}:\n{contents}")
    if "/replylint/replylint-mime.so" not in contents:
        fail(f"dpkg-deb --contents lacks the e-mail module replylint/replylint-mime.so:\n{contents}")

    root = os.path.join(tmp, "root")
    run(["dpkg-deb", "-x", deb, root])
    binary = os.path.join(root, "usr", "bin", "replylint")
    run([binary, "--version"])
    proc = run([binary, "--no-config", os.path.join(source, "examples")], check=False, cwd=tmp)
    if proc.returncode != 1 or "[defensive/" not in proc.stdout or "error:" in proc.stderr:
        fail(f"the packaged binary did not lint examples/ as expected (exit {proc.returncode}):\n{proc.stderr}")
    if not run([binary, "rules", "--ids", "--no-config"]).stdout.strip():
        fail("the packaged binary lists no rules")
    if shutil.which("man"):
        page = os.path.join(root, "usr", "share", "man", "man1", "replylint.1")
        rendered = run(["man", "--warnings=w", "-l", page], env=env_with(MANPAGER="cat", PAGER="cat", LANG="C.UTF-8", LC_ALL="C.UTF-8"))
        if rendered.stderr:
            fail(f"the packaged man page renders with warnings:\n{rendered.stderr}")

    if shutil.which("apt-get"):
        sim = run(["apt-get", "install", "--simulate", "-q", deb], check=False)
        if sim.returncode != 0:
            fail(f"apt-get --simulate cannot install the package:\n{sim.stdout}\n{sim.stderr}")
print(f"ok: {os.path.basename(deb)} lists {len(wanted)} files, declares its dependencies, "
      "and its extracted binary lints the examples")
