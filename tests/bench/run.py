#!/usr/bin/env python3
"""replylint's benchmark suite: one command, one table, every figure from the same run.

    python3 tests/bench/run.py                 # full run (about 10-20 minutes)
    python3 tests/bench/run.py --smoke         # tiny sizes, a few seconds (ctest runs this)

It builds a Release binary (build-bench/), generates its corpora once into a cache
(build-bench/corpora, reused by later runs), and measures:

  * MB/s of `replylint --format jsonl` with the built-in rules, -j1 and -j2, on
    (a) a chat corpus (transcript files of ~100 KB), (b) a JSON Lines file, (c) a directory of
    20,000 small transcripts, (d) ../shared/corpora/ibm-twitter-care repeated to size;
  * the same corpus through ripgrep, `rg -o -n --column -i --no-unicode -f PATTERNS`, with the
    very patterns the built-in rules compile (`replylint rules --format json`, "compiled"), with
    -j1 and with its default threads; replylint -j1 / rg -j1 is the headline ratio;
  * proselint, write-good and alex on a 1 MB slice of (a) (npm packages go to a cache dir);
  * the pre-send check of a 20 KB draft e-mail (median of 50 runs) and `--version`, the floor;
  * peak RSS while 2 GB of JSON Lines stream through stdin.

MB/s are wall-clock, including start-up; "cpu MB/s" divide by the user+system time of the
process instead, which holds up better on a shared machine. Each figure is the median of
--repeat runs, each started after --settle seconds idle (default 3: a virtual machine may
throttle sustained use of both cores). The machine's CPU model and load are printed with the
table.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import gen_corpus  # noqa: E402
import presend  # noqa: E402

MB = 1_000_000


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def loadavg():
    try:
        return open("/proc/loadavg").read().split()[:3]
    except OSError:
        return ["?"] * 3


def du(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def timed(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall s, user+sys s, max RSS KiB, exit status)."""
    start = time.perf_counter()
    fin = open(stdin, "rb") if isinstance(stdin, str) else stdin
    proc = subprocess.Popen(cmd, stdin=fin if fin is not None else subprocess.DEVNULL, stdout=stdout,
                            stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if isinstance(stdin, str):
        fin.close()
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, os.waitstatus_to_exitcode(status)


SETTLE = 0.0   # seconds idle before each timed run (--settle)


def median_run(cmd, size, repeat, stdin=None, ok=(0, 1)):
    walls, cpus = [], []
    for _ in range(repeat):
        # A virtual machine may throttle sustained use of both cores (seen here: two runs side
        # by side took 2x as long straight after a busy minute, 1.1x after 5 s idle), so every
        # run of every tool starts from the same rest.
        time.sleep(SETTLE)
        wall, cpu, _, code = timed(cmd, stdin)
        if code not in ok:
            raise SystemExit(f"{' '.join(cmd)} exited {code}")
        walls.append(wall)
        cpus.append(cpu)
    w, c = statistics.median(walls), statistics.median(cpus)
    return {"wall": w, "cpu": c, "mbps": size / MB / w, "cpu_mbps": size / MB / c if c else float("inf")}


def build_release(build_dir):
    log(f"building a Release binary in {build_dir}")
    subprocess.run(["cmake", "-S", REPO, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release", "-DREPLYLINT_TESTS=OFF"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build_dir, "-j2", "--target", "replylint"], check=True,
                   stdout=subprocess.DEVNULL)
    return os.path.join(build_dir, "replylint")


def export_patterns(binary, path):
    rules = json.loads(subprocess.run([binary, "rules", "--format", "json"], check=True,
                                      capture_output=True).stdout)
    patterns = []
    for r in rules:
        for p in r.get("compiled", []):
            if p not in patterns:
                patterns.append(p)
    # ripgrep's --no-unicode mode takes non-ASCII only as bytes: spell those as UTF-8 escapes.
    def ascii_only(p):
        return "".join(c if ord(c) < 128 else "(?:" + "".join(f"\\x{b:02X}" for b in c.encode()) + ")" for c in p)
    with open(path, "w") as f:
        f.write("\n".join(ascii_only(p) for p in patterns) + "\n")
    return len(rules), len(patterns)


def corpora(cache, size, small_files, smoke):
    os.makedirs(cache, exist_ok=True)
    tag = f"{size}"
    out = {}
    chat = os.path.join(cache, f"chat-{tag}")
    if not os.path.isdir(chat):
        log(f"generating (a) chat corpus, {size / MB:.0f} MB")
        gen_corpus.make_chat(chat + ".tmp", size, max(10, size // 100_000), seed=11)
        os.rename(chat + ".tmp", chat)
    out["a"] = ("(a) chat, %d files" % len(os.listdir(chat)), chat, [])
    jsonl = os.path.join(cache, f"convs-{tag}.jsonl")
    if not os.path.exists(jsonl):
        log(f"generating (b) JSON Lines corpus, {size / MB:.0f} MB")
        gen_corpus.make_jsonl(jsonl + ".tmp", size, seed=12)
        os.rename(jsonl + ".tmp", jsonl)
    out["b"] = ("(b) JSON Lines, 1 file", jsonl, [])
    small = os.path.join(cache, f"small-{small_files}")
    if not os.path.isdir(small):
        log(f"generating (c) {small_files} small transcripts")
        gen_corpus.make_chat(small + ".tmp", small_files * 5000, small_files, seed=13)
        os.rename(small + ".tmp", small)
    out["c"] = (f"(c) {small_files} small files", small, [])
    ibm_src = os.path.join(REPO, "..", "shared", "corpora", "ibm-twitter-care", "conversations.jsonl")
    if not os.path.exists(ibm_src):
        ibm_src = "/work/shared/corpora/ibm-twitter-care/conversations.jsonl"
    if os.path.exists(ibm_src):
        ibm = os.path.join(cache, f"ibm-{tag}.jsonl")
        if not os.path.exists(ibm):
            data = open(ibm_src, "rb").read()
            with open(ibm + ".tmp", "wb") as f:
                for _ in range(max(1, size // len(data))):
                    f.write(data)
            os.rename(ibm + ".tmp", ibm)
        out["d"] = ("(d) IBM twitter-care, repeated", ibm, [])
    return out


def npm_peers(cache):
    """write-good and alex installed with npm into a cache dir (never at test time)."""
    prefix = os.path.join(cache, "npm")
    bins = {n: os.path.join(prefix, "node_modules", ".bin", n) for n in ("write-good", "alex")}
    if all(os.path.exists(b) for b in bins.values()):
        return bins
    if not shutil.which("npm"):
        return {}
    log("installing write-good and alex with npm into " + prefix)
    os.makedirs(prefix, exist_ok=True)
    subprocess.run(["npm", "install", "--prefix", prefix, "--no-audit", "--no-fund", "write-good", "alex"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {n: b for n, b in bins.items() if os.path.exists(b)}


def slice_text(src_dir, path, size):
    """About `size` bytes of transcript text, whole lines, as one file."""
    with open(path, "wb") as out:
        n = 0
        for name in sorted(os.listdir(src_dir)):
            data = open(os.path.join(src_dir, name), "rb").read()
            out.write(data)
            n += len(data)
            if n >= size:
                break
    return du(path)


def peak_rss_kib(pid, peak, running):
    """Polls the process's VmHWM (its own peak RSS since exec) until `running` is cleared.

    Not wait4's ru_maxrss: that also counts the forked copy of this Python process before
    exec, so a suite that had 200 MB of corpora in memory reported 200 MB for replylint."""
    while running.is_set():
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]))
        except (OSError, ValueError):
            pass
        time.sleep(0.01)


def stream_rss(binary, source, total, jobs):
    """Peak RSS (KiB) of replylint reading `total` bytes of JSON Lines from a pipe."""
    import threading
    proc = subprocess.Popen([binary, "-j", str(jobs), "--input", "jsonl", "--format", "jsonl", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak, running = [0], threading.Event()
    running.set()
    poller = threading.Thread(target=peak_rss_kib, args=(proc.pid, peak, running))
    poller.start()
    data = open(source, "rb").read()
    sent = 0
    start = time.perf_counter()
    try:
        while sent < total:
            proc.stdin.write(data)
            sent += len(data)
        proc.stdin.close()
    except BrokenPipeError:
        pass
    # Waits without reaping, so /proc/PID stays readable until the poller has stopped.
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    running.clear()
    poller.join()
    _, status, _ = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return peak[0], sent, wall, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", help="use this replylint instead of building build-bench/replylint")
    ap.add_argument("--build-dir", default=os.path.join(REPO, "build-bench"))
    ap.add_argument("--size", type=int, default=200 * MB, help="bytes of (a), (b) and (d) (default 200 MB)")
    ap.add_argument("--small-files", type=int, default=20000)
    ap.add_argument("--stream", type=int, default=2000 * MB, help="bytes streamed for peak RSS (default 2 GB)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--settle", type=float, default=3.0, help="seconds idle before each timed run (default 3)")
    ap.add_argument("--presend-runs", type=int, default=50)
    ap.add_argument("--no-peers", action="store_true", help="skip proselint, write-good and alex")
    ap.add_argument("--smoke", action="store_true", help="tiny sizes: checks that the suite works")
    ap.add_argument("--json", help="also write the figures here")
    a = ap.parse_args()
    if a.smoke:
        a.size, a.small_files, a.stream, a.repeat, a.presend_runs, a.no_peers = 400_000, 50, 2_000_000, 1, 3, True
        a.settle = 0.0
        if not a.binary:
            a.binary = os.path.join(REPO, "build", "replylint")

    global SETTLE
    SETTLE = a.settle
    load_before = loadavg()
    binary = os.path.abspath(a.binary) if a.binary else build_release(a.build_dir)
    cache = os.path.join(a.build_dir if not a.smoke else os.path.join(a.build_dir, "smoke"), "corpora")
    if a.smoke:
        import tempfile
        cache = tempfile.mkdtemp(prefix="replylint-bench-smoke-")
    os.makedirs(cache, exist_ok=True)
    patterns = os.path.join(cache, "patterns.txt")
    n_rules, n_patterns = export_patterns(binary, patterns)
    sets = corpora(cache, a.size, a.small_files, a.smoke)
    rg = shutil.which("rg")
    results = {"cpu": cpu_model(), "cores": os.cpu_count(), "rules": n_rules, "patterns": n_patterns, "rows": []}
    rows = results["rows"]

    def add(name, what, size, r, extra=""):
        rows.append({"corpus": name, "tool": what, "MB": size / MB, **r, "note": extra})
        log(f"  {what:<34} {name:<30} {r['mbps']:8.1f} MB/s  (cpu {r['cpu_mbps']:.1f})")

    log(f"measuring with {n_rules} rules / {n_patterns} patterns; {a.repeat} runs each")
    for key in sorted(sets):
        name, path, _ = sets[key]
        size = du(path)
        args = ["--format", "jsonl", path]
        if key in ("b", "d"):
            args = ["--input", "jsonl"] + args
        for j in (1, 2):
            add(name, f"replylint -j{j}", size, median_run([binary, f"-j{j}"] + args, size, a.repeat))
        if rg:
            rgcmd = [rg, "-o", "-n", "--column", "-i", "--no-unicode", "-f", patterns]
            add(name, "rg -j1", size, median_run(rgcmd + ["-j1", path], size, a.repeat))
            add(name, "rg (default threads)", size, median_run(rgcmd + [path], size, a.repeat))

    if not a.no_peers:
        text = os.path.join(cache, "slice-1MB.txt")
        size = slice_text(sets["a"][1], text, 1 * MB)
        add("1 MB slice of (a)", "replylint -j1", size,
            median_run([binary, "-j1", "--format", "jsonl", text], size, a.repeat))
        peers = []
        if shutil.which("proselint"):
            peers.append(("proselint", ["proselint", text]))
        for n, b in npm_peers(a.build_dir).items():
            peers.append((n, [b, text]))
        for n, cmd in peers:
            log(f"  running {n} on 1 MB (slow)")
            add("1 MB slice of (a)", n, size, median_run(cmd, size, 1, ok=range(0, 256)))

    mail = presend.draft()
    floor, floor_min = presend.median_ms([binary, "--version"], runs=a.presend_runs)
    check, check_min = presend.median_ms([binary, "--input", "email", "--draft", "-"], mail, runs=a.presend_runs)
    results["presend"] = {"draft_bytes": len(mail), "runs": a.presend_runs, "check_ms": check, "check_min_ms": check_min,
                          "version_ms": floor, "version_min_ms": floor_min}

    stream = {}
    for j in (1, 2):
        rss, sent, wall, code = stream_rss(binary, sets["b"][1], a.stream, j)
        stream[j] = {"rss_mib": rss / 1024, "bytes": sent, "mbps": sent / MB / wall, "exit": code}
        log(f"  stream -j{j}: {sent / MB:.0f} MB, peak RSS {rss / 1024:.1f} MiB, {sent / MB / wall:.1f} MB/s")
    results["stream"] = stream
    results["load"] = {"before": load_before, "after": loadavg()}

    # The table.
    commit = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    out = []
    out.append(f"replylint benchmark, commit {commit}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    out.append(f"CPU: {results['cpu']} x {results['cores']}; load average before {' '.join(load_before)}, "
               f"after {' '.join(results['load']['after'])}")
    out.append(f"built-in rules: {n_rules} rules, {n_patterns} distinct patterns; medians of {a.repeat} runs, each after {a.settle:g} s idle")
    out.append("")
    out.append("| corpus | MB | tool | wall s | MB/s | cpu MB/s |")
    out.append("|---|---:|---|---:|---:|---:|")
    for r in rows:
        out.append(f"| {r['corpus']} | {r['MB']:.1f} | {r['tool']} | {r['wall']:.2f} | {r['mbps']:.1f} | {r['cpu_mbps']:.1f} |")
    out.append("")
    out.append("| ratio | wall | cpu |")
    out.append("|---|---:|---:|")
    by = {(r["corpus"], r["tool"]): r for r in rows}
    for key in sorted(sets):
        name = sets[key][0]
        r1, r2, g1, gd = (by.get((name, t)) for t in ("replylint -j1", "replylint -j2", "rg -j1", "rg (default threads)"))
        if r1 and g1:
            out.append(f"| {name}: replylint -j1 / rg -j1 | {r1['mbps'] / g1['mbps']:.2f}x | {r1['cpu_mbps'] / g1['cpu_mbps']:.2f}x |")
        if r2 and gd:
            out.append(f"| {name}: replylint -j2 / rg (threads) | {r2['mbps'] / gd['mbps']:.2f}x | |")
        if r1 and r2:
            out.append(f"| {name}: replylint -j2 / -j1 | {r2['mbps'] / r1['mbps']:.2f}x | |")
    p = results["presend"]
    out.append("")
    out.append(f"pre-send check, {p['draft_bytes']} byte draft, median of {p['runs']}: {p['check_ms']:.2f} ms "
               f"(min {p['check_min_ms']:.2f}); `replylint --version`: {p['version_ms']:.2f} ms (min {p['version_min_ms']:.2f})")
    for j, s in stream.items():
        out.append(f"stream of {s['bytes'] / MB:.0f} MB JSON Lines on stdin, -j{j}: peak RSS {s['rss_mib']:.1f} MiB "
                   f"({s['mbps']:.1f} MB/s, exit {s['exit']})")
    print("\n".join(out))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)
    if a.smoke:
        shutil.rmtree(cache, ignore_errors=True)
        ok = all(r["mbps"] > 0 for r in rows) and p["check_ms"] > 0 and all(s["exit"] in (0, 1) for s in stream.values())
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
