#!/usr/bin/env bash
# Installs everything replylint needs to build and test, from Debian 12 packages only.
# Run as root or with sudo available. Safe to run again.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git python3
  python3-yaml   # tests: the README's workflow and pre-commit examples are parsed
  libcli11-dev libre2-dev libyaml-cpp-dev libfmt-dev catch2 nlohmann-json3-dev libsimdjson-dev
  libgmime-3.0-dev libxml2-dev
)
# Optional extras for the full test suite (shell completions, man pages, hooks, and node/npm
# for ../shared/tools/check-sarif).
# --fuzz (or --all): clang with the sanitizer and libFuzzer runtimes, for build-asan and
# tests/fuzz/run.sh.
if [[ " $* " == *" --fuzz "* || " $* " == *" --all "* ]]; then
  packages+=(clang libclang-rt-14-dev)
fi
if [[ " $* " == *" --all "* ]]; then
  packages+=(bash-completion zsh fish groff-base man-db file pre-commit ripgrep)
  packages+=(python3-yaml)                     # tests/eval/check_examples.py reads the rule packs
  packages+=(git-email libmailtools-perl)   # git send-email for the sendemail-validate hook test
  packages+=(parallel)                      # the GNU parallel scale-out test
  packages+=(python3-proselint linux-perf valgrind)   # benchmark peers and profilers (tests/bench)
  command -v npm >/dev/null || packages+=(nodejs npm)   # a NodeSource nodejs brings its own npm
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "setup: all ${#packages[@]} packages present"
