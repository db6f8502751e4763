#!/usr/bin/env bash
# Configure and build into ./build (or $BUILD_DIR). Warnings are errors, as in CI, so the run and
# test commands share one build. Extra arguments go to cmake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECV_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
