"""Helpers shared by the packaging tests (man pages, completions, install, .deb).

Each test is a script run by ctest; it exits 77 (ctest's SKIP_RETURN_CODE) when a tool it
needs is missing, saying which, and 1 with a clear message on the first failure.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
COMMANDS = ["check", "rules", "explain", "test", "init", "check-config", "help"]


def skip_unless(*tools):
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        print(f"skipped: {', '.join(missing)} not installed (scripts/setup.sh --all installs them)")
        sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run(cmd, check=True, **kwargs):
    proc = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if check and proc.returncode != 0:
        fail(f"{' '.join(map(str, cmd))} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def help_flags(binary, command):
    """The long and short flags `replylint COMMAND --help` lists."""
    out = run([binary, command, "--help"]).stdout
    flags = set()
    for line in out.splitlines():
        m = re.match(r"\s+((?:-\w,)?--?[\w-]+)", line)
        if m:
            for flag in m.group(1).split(","):
                flags.add(re.sub(r"\{.*", "", flag))
    return flags


def help_choices(binary, command, flag):
    """The values CLI11 lists for an option, e.g. {text,json} for --format."""
    out = run([binary, command, "--help"]).stdout
    m = re.search(re.escape(flag) + r" TEXT:\{([^}]*)\}", out)
    return m.group(1).split(",") if m else []


def install(build_dir, prefix):
    run(["cmake", "--install", build_dir, "--prefix", prefix])


class TempDir:
    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="replylint-pkg-")
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


def env_with(**values):
    env = dict(os.environ)
    env.update(values)
    return env
