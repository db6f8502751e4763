#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Ingest benchmark: `ecapture-replay --generate N --fast` -> a client through a real loopback
# WebSocket. Prints events/s and peak RSS for
#   1. ecapture-dump -i URL -a events:N -q -z summary   (the whole headless pipeline: decode,
#      normalize, capture file on disk, index)
#   2. ecapture-bench-ingest URL -c N                    (WebSocket + LogEntry parse only: the
#      transport's ceiling)
# Usage: packaging/bench-ingest.sh [BUILD_DIR] [N]      (defaults: build, 1000000)
#        ERA=v2 packaging/bench-ingest.sh …             (v2.1+ text events instead of v1.5.2's)
# Peak RSS comes from /usr/bin/time -v (Debian package "time") when installed, otherwise from
# sampling the client's /proc/PID/status VmHWM every 50 ms.
set -eu

BUILD_DIR=${1:-build}
COUNT=${2:-1000000}
ERA=${ERA:-v1}
BIN="$BUILD_DIR/bin"
WORK=$(mktemp -d)
REPLAY_PID=""
cleanup() {
    if [ -n "$REPLAY_PID" ]; then kill "$REPLAY_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ ! -x "$BIN/ecapture-replay" ]; then
    echo "bench-ingest: $BIN/ecapture-replay not found (build first)" >&2
    exit 1
fi
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=""

# measure COMMAND...: runs the client; leaves its peak RSS in kB in $WORK/rss_kb.
measure() {
    if [ -n "$TIME" ]; then
        "$TIME" -v -o "$WORK/time.txt" "$@" > "$WORK/client.out" 2> "$WORK/client.err" || return 1
        sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt" > "$WORK/rss_kb"
        return 0
    fi
    "$@" > "$WORK/client.out" 2> "$WORK/client.err" &
    cpid=$!
    hwm=0
    while kill -0 "$cpid" 2>/dev/null; do
        v=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$cpid/status" 2>/dev/null || true)
        [ -n "$v" ] && hwm=$v
        sleep 0.05
    done
    echo "$hwm" > "$WORK/rss_kb"
    wait "$cpid"
}

# Starts a fresh replay server generating COUNT events; sets URL and REPLAY_PID.
start_replay() {
    : > "$WORK/replay.out"
    "$BIN/ecapture-replay" --generate "$COUNT" --era "$ERA" --fast > "$WORK/replay.out" 2> "$WORK/replay.err" &
    REPLAY_PID=$!
    i=0
    while ! grep -q '^listening on ' "$WORK/replay.out"; do
        i=$((i + 1))
        if [ "$i" -gt 100 ]; then echo "bench-ingest: ecapture-replay did not start" >&2; exit 1; fi
        sleep 0.05
    done
    URL=$(sed -n 's/^listening on //p' "$WORK/replay.out" | head -n 1)
}

stop_replay() {
    kill "$REPLAY_PID" 2>/dev/null || true
    wait "$REPLAY_PID" 2>/dev/null || true
    REPLAY_PID=""
}

# run_client NAME: starts a replay server, runs the client NAME against it under /usr/bin/time,
# prints one result line plus the client's own JSON summary.
run_client() {
    name=$1
    start_replay
    case "$name" in
    ecapture-dump) set -- "$BIN/ecapture-dump" -i "$URL" -a "events:$COUNT" -q -z summary ;;
    *) set -- "$BIN/ecapture-bench-ingest" -c "$COUNT" "$URL" ;;
    esac
    t0=$(date +%s.%N)
    if ! measure "$@"; then
        echo "bench-ingest: $name failed:" >&2
        cat "$WORK/client.err" >&2
        stop_replay
        return 1
    fi
    t1=$(date +%s.%N)
    stop_replay
    rss_kb=$(cat "$WORK/rss_kb")
    summary=$(tr -d '\n' < "$WORK/client.out")
    events=$(printf '%s' "$summary" | sed -n 's/.*"events": *\([0-9]*\).*/\1/p')
    awk -v name="$name" -v n="${events:-0}" -v t0="$t0" -v t1="$t1" -v rss="$rss_kb" \
        -v summary="$summary" 'BEGIN {
            s = t1 - t0;
            printf "%-22s %8d events in %6.2f s = %8.0f events/s, peak RSS %6.1f MiB\n",
                   name, n, s, n / s, rss / 1024;
            printf "%-22s %s\n", "", summary;
        }'
}

echo "ecapture-replay --generate $COUNT --era $ERA --fast -> client over a loopback WebSocket"
echo "(wall clock of the client process, connection set-up included)"
status=0
for client in ecapture-dump ecapture-bench-ingest; do
    if [ -x "$BIN/$client" ]; then
        run_client "$client" || status=1
    else
        echo "$client: not built, skipped"
    fi
done
exit $status
