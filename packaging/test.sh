#!/usr/bin/env bash
# One command: install what is missing, build with warnings as errors, check formatting, run ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
build=${BUILD_DIR:-$root/build}
echo "== clang-format check"
(cd "$root" && git ls-files 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' | xargs -r clang-format --dry-run -Werror)
echo "== ctest"
cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 300
