#!/usr/bin/env bash
# Runs the libFuzzer targets one after another, each for SECONDS, on one core.
#
#   tests/fuzz/run.sh SECONDS [TARGET…]      (default: every target)
#
# Builds them first in $FUZZ_BUILD (default build-fuzz: clang, ASan+UBSan, -DREPLYLINT_FUZZ=ON).
# Seeds come from tests/fixtures and ../shared/corpora (when present); the corpus each run
# grows is kept in $FUZZ_BUILD/fuzz-corpus/TARGET for the next run. Inputs that crash, hang
# (-timeout) or use too much memory (-rss_limit_mb) land in $FUZZ_BUILD/fuzz-artifacts/TARGET/;
# copy each into tests/fuzz/regressions/TARGET/ once fixed. Logs: $FUZZ_BUILD/fuzz-logs/.
# Exit status 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET…]}
shift
all=(chat jsonl json email mbox template rules config)
targets=("$@")
if ((${#targets[@]} == 0)); then targets=("${all[@]}"); fi
build=${FUZZ_BUILD:-build-fuzz}
corpora=$repo/../shared/corpora

if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DREPLYLINT_FUZZ=ON -DREPLYLINT_SANITIZE=address,undefined >/dev/null
fi
built=()
for t in "${targets[@]}"; do
  if cmake --build "$build" -j"${FUZZ_BUILD_JOBS:-2}" --target "fuzz_$t" >"$build/fuzz-build-$t.log" 2>&1; then
    built+=("$t")
  else
    echo "fuzz: no target fuzz_$t (see $build/fuzz-build-$t.log); skipped"
  fi
done

# Seeds: small files of the target's kind (libFuzzer works best from small inputs).
seed() {   # seed TARGET FILE…
  local dir=$build/fuzz-seeds/$1; shift
  mkdir -p "$dir"
  local f
  for f in "$@"; do
    [[ -f $f && $(stat -c %s "$f") -le 65536 ]] || continue
    local base=${f##*/} ext=""
    [[ $base == *.* ]] && ext=.${base##*.}
    cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)$ext"
  done
}
fixtures=$repo/tests/fixtures
shopt -s nullglob globstar dotglob
rm -rf "$build/fuzz-seeds"
for t in "${built[@]}"; do
  case $t in
    chat) seed chat "$fixtures"/**/*.txt "$fixtures"/**/*.chat examples/**/*.txt ;;
    jsonl|json)
      seed "$t" "$fixtures"/**/*.jsonl
      if [[ -f $corpora/ibm-twitter-care/conversations.jsonl ]]; then
        mkdir -p "$build/fuzz-seeds/$t"
        # 60 real conversations, one per seed; for json also as a one-element array.
        head -60 "$corpora/ibm-twitter-care/conversations.jsonl" | split -l 1 - "$build/fuzz-seeds/$t/ibm-"
        if [[ $t == json ]]; then
          for f in "$build/fuzz-seeds/json"/ibm-*; do printf '[%s]\n' "$(cat "$f")" >"$f"; done
        fi
      fi ;;
    email) seed email "$fixtures"/**/*.eml "$corpora"/email/*/**/*.txt "$corpora"/email/talon/**/*.eml ;;
    mbox) seed mbox "$fixtures"/**/*.mbox "$corpora"/email/spamassassin-ham-replies/**/*; ;;
    template) seed template "$fixtures"/templates/**/*.{md,txt,liquid,hbs,j2,json,yaml,yml} "$corpora"/templates/**/*.{md,mdx,txt} ;;
    rules) seed rules rules/*.yaml "$fixtures"/**/rules*.yaml "$fixtures"/core/bad-*.yaml "$fixtures"/**/*.yaml ;;
    config) seed config "$fixtures"/**/.replylint.yaml examples/**/.replylint.yaml "$fixtures"/config/**/*.yaml ;;
  esac
  mkdir -p "$build/fuzz-seeds/$t"
done
# The template target's first byte picks the extension (see fuzz_reader.cpp).
if [[ -d $build/fuzz-seeds/template ]]; then
  for f in "$build"/fuzz-seeds/template/*; do
    case $f in *.md|*.mdx) p='\x01' ;; *.yaml|*.yml) p='\x02' ;; *.json) p='\x03' ;; *.liquid) p='\x04' ;; *) p='\x00' ;; esac
    { printf "$p"; cat "$f"; } >"$f.x" && mv "$f.x" "$f"
  done
fi

mkdir -p "$build/fuzz-logs"
found=0
for t in "${built[@]}"; do
  corpus=$build/fuzz-corpus/$t
  artifacts=$build/fuzz-artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  before=$(ls "$artifacts" | wc -l)
  log=$build/fuzz-logs/$t-$(date -u +%Y%m%dT%H%M%S).log
  echo "fuzz: $t for ${seconds}s (log $log)"
  # A private copy, so rebuilding while fuzzing cannot swap the binary under the fork children.
  mkdir -p "$build/fuzz-run"
  cp "$build/tests/fuzz/fuzz_$t" "$build/fuzz-run/fuzz_$t"
  # -fork=1 keeps fuzzing after a crash, hang or OOM so one run finds more than one bug.
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/fuzz-run/fuzz_$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 \
      "$corpus" "$build/fuzz-seeds/$t" >"$log" 2>&1 || true
  after=$(ls "$artifacts" | wc -l)
  stats=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  echo "fuzz: $t done: ${stats:-no stats}; corpus $(ls "$corpus" | wc -l); new artifacts $((after - before))"
  if ((after > before)); then found=1; fi
done
exit $found
