#!/usr/bin/env bash
# Sanitizer half of CI (.ci/run runs it after packaging/test.sh):
#  1. builds everything with clang, AddressSanitizer and UndefinedBehaviorSanitizer into
#     build-asan (or $ASAN_BUILD_DIR): -O1 with line tables only, Debug so Q_ASSERT stays on;
#     the libFuzzer targets (tests/fuzz) are built in the same tree;
#  2. runs the whole test suite under it: the first ASan/UBSan report fails the test
#     (halt_on_error, leaks checked; known leaks of Qt's and fontconfig's caches are suppressed
#     in tests/sanitizers/lsan.supp);
#  3. smoke-runs every fuzz target for $FUZZ_SECONDS seconds (default 5) over a seed corpus
#     built from tests/data (ecv-fuzz-seeds): a crash fails the run and leaves the input in
#     build-asan/fuzz-artifacts/.
# Extra arguments go to cmake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ASAN_BUILD_DIR:-$root/build-asan}
seconds=${FUZZ_SECONDS:-5}
jobs=$(nproc)

echo "== ASan+UBSan build ($build)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_COMPILER=clang++ \
  "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" \
  -DECV_SANITIZE=address,undefined -DECV_FUZZ=ON "$@" >/dev/null
cmake --build "$build" -j"$jobs"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=0:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"

echo "== ctest under ASan+UBSan"
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$jobs" --timeout 900)

echo "== fuzz smoke run (${seconds} s per target)"
corpus="$build/fuzz-corpus"
rm -rf "$corpus" "$build/fuzz-work"
"$build/fuzz/ecv-fuzz-seeds" "$root/tests/data" "$corpus"
mkdir -p "$build/fuzz-artifacts"
# Leaks are the test suite's business; a fuzz target's caches (Qt's, nghttp2's) are not bugs.
export ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0"
failed=0
for target in "$build"/fuzz/ecv-fuzz-*; do
  name=${target##*/ecv-fuzz-}
  [ "$name" = seeds ] && continue
  mkdir -p "$corpus/$name" "$build/fuzz-work/$name"
  echo "-- $name ($(ls "$corpus/$name" | wc -l) seeds)"
  if ! "$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$name-" "$build/fuzz-work/$name" "$corpus/$name" \
      >"$build/fuzz-work/$name.log" 2>&1; then
    tail -n 60 "$build/fuzz-work/$name.log"
    echo "FAILED: fuzz target $name (input saved in $build/fuzz-artifacts/)"
    failed=1
  else
    grep -E '^stat::number_of_executed_units|^Done [0-9]+ runs' "$build/fuzz-work/$name.log" | tail -n 1
  fi
done
exit $failed
