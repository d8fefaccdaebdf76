#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""One run of every benchmark, written up: instructions per operation under callgrind for
leap-direct-url and each baseline (the README's table), Google Benchmark times and
allocations per operation, and an SVG chart of the time ratios from Google Benchmark's JSON.

usage: report.py BUILD_DIR OUT_DIR
  BUILD_DIR holds bench/bench_ops and bench/bench_direct_url (configure with
  -DLEAP_DIRECT_URL_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
  -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG").
Writes OUT_DIR/callgrind.json, OUT_DIR/benchmark.json, OUT_DIR/chart.svg and prints the
Markdown tables (the second against bench/results/round2-start.json, the same script's
figures at the second round's start) and callgrind.py's TARGETS line.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

URL_PEERS = [("floor", "floor"), ("ostringstream", "ostringstream"), ("Boost.URL encode + our set", "boost_encode"),
             ("Boost.URL idiomatic", "boost_url"), ("curl_easy_escape", "curl")]
ENCODE_PEERS = [("256-entry table loop", "table"), ("Boost.URL encode + our set", "boost"), ("curl_easy_escape", "curl")]
# (label, our case, prefix of the peers' cases, peers)
ROWS = [("W1 seed: str()", "w1_str", "w1", URL_PEERS), ("W2 typical: str()", "w2_str", "w2", URL_PEERS),
        ("W3 heavy: str()", "w3_str", "w3", URL_PEERS),
        ("W1 seed: write() to a buffer", "w1_write", "w1", []), ("W2 typical: write()", "w2_write", "w2", []),
        ("W3 heavy: write()", "w3_write", "w3", []),
        ("encode 1 KiB, only kept bytes", "encode_1k_kept", "encode_1k_kept", ENCODE_PEERS),
        ("encode 1 KiB, 20 % to encode", "encode_1k_20", "encode_1k_20", ENCODE_PEERS),
        ("encode 1 KiB, only bytes to encode", "encode_1k_all", "encode_1k_all", ENCODE_PEERS),
        ("encode 64 KiB, only kept bytes", "encode_64k_kept", "encode_64k_kept", ENCODE_PEERS),
        ("encode 64 KiB, 20 % to encode", "encode_64k_20", "encode_64k_20", ENCODE_PEERS),
        ("encode 64 KiB, only bytes to encode", "encode_64k_all", "encode_64k_all", ENCODE_PEERS)]


# The second round's table: what partners run to read links and build them whole, against
# the figures at the round start and the peers that read links too.
# (label, case suffix, sizes, peers as (label, case suffix))
READ_PEERS = [("Boost.URL", "_boost"), ("plain loop", "_loop")]
ROUND_ROWS = [("DirectUrl::parse", "parse", (1, 2, 3), READ_PEERS),
              ("ConnectUrl::parse", "connect_parse", (1, 2, 3), READ_PEERS),
              ("final redirect, flat query", "redirect_flat", (1, 2, 3), READ_PEERS),
              ("final redirect, params nested", "redirect_nested", (2, 3), READ_PEERS),
              ("whole build (constructor, set_ref_id, params, str())", "build", (1, 2, 3),
               [("Boost.URL encode + our set", "_boost")])]
ROUND_START = os.path.join(HERE, "results", "round2-start.json")


def count_cell(counts, name):
    if name not in counts["instructions"]:
        return ""
    return "%s (%g)" % (format(round(counts["instructions"][name]), ","), counts["allocations"].get(name, 0))


def main():
    build, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    ops = os.path.join(build, "bench", "bench_ops")
    counts_file = os.path.join(out, "callgrind.json")
    run = subprocess.run([sys.executable, os.path.join(HERE, "callgrind.py"), ops, "--json", counts_file],
                         capture_output=True, text=True, check=False)
    verdict = [line for line in run.stdout.splitlines() if line.startswith("TARGETS:")]
    with open(counts_file) as f:
        counts = json.load(f)
    instructions = counts["instructions"]
    bench_file = os.path.join(out, "benchmark.json")
    subprocess.run([os.path.join(build, "bench", "bench_direct_url"), "--benchmark_format=json",
                    "--benchmark_out=" + bench_file, "--benchmark_min_time=0.2"], check=True, stdout=subprocess.DEVNULL)
    with open(bench_file) as f:
        timings = {b["name"]: b for b in json.load(f)["benchmarks"]}

    print("Writing links and encoding:\n")
    print("| case | leap-direct-url | ns | allocs | peers: instructions (ratio to ours) |")
    print("|---|---:|---:|---:|---|")
    bars = []
    for label, ours, prefix, peers in ROWS:
        cells = []
        for peer_label, suffix in peers:
            name = "%s_%s" % (prefix, suffix)
            if name in instructions:
                ratio = instructions[name] / instructions[ours]
                cells.append("%s %s (%.1fx)" % (peer_label, format(round(instructions[name]), ","), ratio))
            if name in timings and ours in timings:
                bars.append((label, peer_label, timings[name]["real_time"] / timings[ours]["real_time"]))
        t = timings.get(ours, {})
        print("| %s | %s | %.0f | %g | %s |" % (label, format(round(instructions[ours]), ","), t.get("real_time", 0),
                                                 counts["allocations"].get(ours, 0), "; ".join(cells)))
    write_chart(os.path.join(out, "chart.svg"), bars)

    sys.path.insert(0, HERE)
    import callgrind  # the targets, from their one home
    start = None
    if os.path.exists(ROUND_START):
        with open(ROUND_START) as f:
            start = json.load(f)
    print("\nReading links, and the whole build: instructions per operation (allocations)\n")
    print("| operation | | round start | now | ns | target | peers |")
    print("|---|---|---:|---:|---:|---|---|")
    for label, suffix, sizes, peers in ROUND_ROWS:
        for size in sizes:
            ours = "w%d_%s" % (size, suffix)
            if ours not in instructions:
                continue
            targets = []
            if ours in callgrind.TARGETS:
                targets.append("<= " + format(callgrind.TARGETS[ours], ","))
            targets += ["<= %.2fx %s" % (share, peer[len(ours):].lstrip("_")) for name, share, peer in callgrind.RATIOS
                        if name == ours]
            if ours in callgrind.ALLOCATIONS:
                targets.append("<= %d allocs" % callgrind.ALLOCATIONS[ours])
            peer_cells = ["%s %s" % (peer_label, count_cell(counts, ours + peer_suffix))
                          for peer_label, peer_suffix in peers if ours + peer_suffix in instructions]
            print("| %s | W%d | %s | %s | %.0f | %s | %s |" % (
                label, size, count_cell(start, ours) if start else "", count_cell(counts, ours),
                timings.get(ours, {}).get("real_time", 0), "; ".join(targets), "; ".join(peer_cells)))
    print()
    for line in verdict:
        print(line)


def write_chart(path, bars):
    """Horizontal bars, from Google Benchmark's JSON: how many times longer each peer takes
    than leap-direct-url for the same operation."""
    import math
    width, left, row = 900, 430, 18
    height = 40 + row * len(bars) + 30
    scale = (width - left - 60) / math.log10(max(r for _, _, r in bars) * 1.2)
    lines = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">'
             % (width, height),
             '<text x="10" y="18" font-size="13">Time per operation, peer / leap-direct-url '
             '(Google Benchmark, log scale; 1x = as fast)</text>']
    y = 34
    for label, peer, ratio in bars:
        w = max(1.0, math.log10(max(ratio, 1.0)) * scale)
        colour = "#d9534f" if ratio < 1 else "#4a7ab5"
        lines.append('<text x="%d" y="%d" text-anchor="end">%s: %s</text>' % (left - 6, y + 12, label, peer))
        lines.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>' % (left, y + 2, w, row - 5, colour))
        lines.append('<text x="%.1f" y="%d">%.2fx</text>' % (left + w + 4, y + 12, ratio))
        y += row
    lines.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
