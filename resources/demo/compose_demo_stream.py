#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Compose resources/demo/demo-stream.jsonl (the built-in demo) from the recorded fixtures.

Takes eCapture v2.5.1's cached startup run logs (v25-composite) as the stream's start, then
interleaves the event bursts of real recordings (v2.5.1 text events; v1.5.2 structured HTTP/1,
HTTP/2 and a large download), keeping each burst's recorded timing and putting 0.2-1.0 s
between bursts so that traffic keeps arriving. Heartbeats are left out: DemoSource's replay
server sends eCapture-style heartbeats itself (one after the cached logs, then every 15 s) and
loops the events. Deterministic (fixed seed). Usage, from the repository root:

    python3 resources/demo/compose_demo_stream.py > resources/demo/demo-stream.jsonl
"""
import base64
import json
import random
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
BURST_GAP = 0.15  # frames closer than this stay together, with their recorded spacing


def frames(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[1:] if line.strip()]


def kind(frame):
    """'log', 'heartbeat' or 'event', from the first protobuf tag of a LogEntry."""
    if frame["op"] != "binary":
        return "event"
    data = base64.b64decode(frame["data"])
    # LogEntry: field 1 log_type (varint, absent for heartbeats), then the oneof
    # (2 = event, 3 = heartbeat, 4 = run log).
    i = 0
    while i < len(data):
        tag = data[i]
        field, wire = tag >> 3, tag & 7
        if field == 1 and wire == 0:
            i += 2
            continue
        return {2: "event", 3: "heartbeat", 4: "log"}.get(field, "event")
    return "event"


def bursts(name):
    """Event frames of a recording grouped into bursts, times relative to the burst start."""
    out, current, last_t = [], [], None
    for f in frames(name):
        if kind(f) != "event":
            continue
        if last_t is not None and f["t"] - last_t > BURST_GAP:
            out.append(current)
            current = []
        current.append(f)
        last_t = f["t"]
    if current:
        out.append(current)
    return [[dict(f, t=f["t"] - b[0]["t"]) for f in b] for b in out]


def main():
    rng = random.Random(20261129)
    startup = [f for f in frames("v25-composite.jsonl") if kind(f) == "log"]
    sources = [
        bursts("v152-http1-curl.jsonl"),
        bursts("v25-composite.jsonl"),
        bursts("v152-mixed.jsonl"),
        bursts("v152-http2-nghttp.jsonl"),
        bursts("v152-http1-download.jsonl"),
    ]
    out = [dict(f) for f in startup]
    t = startup[-1]["t"] + 0.4
    # Round-robin over the recordings until every burst is used.
    while any(sources):
        for queue in sources:
            if not queue:
                continue
            burst = queue.pop(0)
            for f in burst:
                out.append(dict(f, t=t + f["t"]))
            t = out[-1]["t"] + rng.uniform(0.2, 1.0)

    header = {
        "format": "ecaptureq-framelog",
        "version": 1,
        "ecapture": "demo (v2.5.1 start-up logs; v2.5.1 and v1.5.2 events)",
        "description": (
            "Built-in demo stream, composed by resources/demo/compose_demo_stream.py from the "
            "recorded fixtures in tests/data: eCapture v2.5.1's cached start-up run logs, then "
            "the event frames of v152-http1-curl, v25-composite, v152-mixed, "
            "v152-http2-nghttp and v152-http1-download interleaved burst by burst (frames "
            "byte-for-byte as recorded; each burst keeps its recorded spacing, 0.2-1.0 s "
            "between bursts). No heartbeats: play it with `ecapture-replay --loop "
            "--heartbeat 15` (the viewer's demo does the same)."
        ),
    }
    w = sys.stdout
    w.write(json.dumps(header, ensure_ascii=False) + "\n")
    for f in out:
        w.write('{"t": %.6f, "op": "%s", "data": "%s"}\n' % (f["t"], f["op"], f["data"]))


if __name__ == "__main__":
    main()
