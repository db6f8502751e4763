#!/usr/bin/env bash
# One command: install what is missing, build, and launch the viewer (arguments go to the viewer;
# with none it starts the built-in demo source).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"
build=${BUILD_DIR:-$root/build}
if [ $# -eq 0 ]; then set -- --demo; fi
exec "$build/bin/ecapture-viewer" "$@"
