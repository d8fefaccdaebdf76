#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Instructions per operation for every benchmark case, counted by valgrind's callgrind
(the same count on every run, whatever else the machine is doing), allocations per
operation from `bench_ops allocs`, and the performance targets, checked.

Each case runs in bench_ops twice, with 1 and with 1 + N iterations; the difference over N
is one operation, set-up and start-up excluded.

The last line says whether every target held, for scripts:
  TARGETS: ALL MET (n of n)      or      TARGETS: MISSED k of n: name, name, ...

usage: callgrind.py BENCH_OPS [--json OUT.json] [CASE-SUBSTRING...]
"""
import json
import re
import subprocess
import sys

# Instructions per operation, at most (docs/performance.md says where each comes from).
TARGETS = {
    # str(): the performance issue's figures. The encoders: no worse than at the start of the
    # second round (commit a9f0548, measured by this script).
    "w1_str": 410, "w2_str": 1215, "w3_str": 13022,
    "encode_64k_kept": 328130, "encode_64k_20": 767015, "encode_64k_all": 784820,
    # Reading links: 0.6x ada's parse and search-params walk.
    "w1_parse": 1600, "w2_parse": 5200, "w3_parse": 81000,
    "w1_connect_parse": 1600, "w2_connect_parse": 5200, "w3_connect_parse": 81000,
    # The final redirect: 0.5x the best of Boost.URL and ada.
    "w2_redirect_flat": 2900, "w3_redirect_flat": 38000, "w3_redirect_nested": 68000,
    # The whole build from raw fields: constructor, set_ref_id, add_redirect_params, str().
    "w1_build": 800, "w2_build": 2150, "w3_build": 43000,
}
# At most this share of a peer's instructions.
RATIOS = [(r, 0.5, r + "_boost") for r in
          ("w1_redirect_flat", "w2_redirect_flat", "w3_redirect_flat", "w2_redirect_nested", "w3_redirect_nested")]
# Allocations per operation, at most: the whole build two (str() included); reading a link
# no more than the plain split-and-decode loop the performance issue measured (1, 5, 15).
ALLOCATIONS = {"w1_build": 2, "w2_build": 2, "w3_build": 2,
               "w1_parse": 1, "w2_parse": 5, "w3_parse": 15,
               "w1_connect_parse": 1, "w2_connect_parse": 5, "w3_connect_parse": 15}


def instructions(bench_ops, case, iterations):
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", bench_ops, case,
                             str(iterations)], capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", result.stderr).group(1))


def main():
    args = sys.argv[1:]
    bench_ops = args.pop(0)
    out = None
    if args[:1] == ["--json"]:
        out = args[1]
        args = args[2:]
    names = subprocess.run([bench_ops, "list", "0"], capture_output=True, text=True, check=True).stdout.split()
    names = [n for n in names if not args or any(a in n for a in args)]
    allocs = {}
    for line in subprocess.run([bench_ops, "allocs", "0"], capture_output=True, text=True, check=True).stdout.split("\n"):
        if line:
            name, count = line.split()
            allocs[name] = float(count)
    results = {}
    for name in names:
        n = 10 if "64k" in name else 1000
        per_op = (instructions(bench_ops, name, 1 + n) - instructions(bench_ops, name, 1)) / n
        results[name] = per_op
        target = TARGETS.get(name)
        verdict = "" if target is None else ("  target <= %s: %s" % (format(target, ","), "met" if per_op <= target
                                                                       else "MISSED"))
        print("%-30s %12s instructions/op %5.1f allocs/op%s" % (name, format(round(per_op), ","), allocs.get(name, 0),
                                                               verdict), flush=True)
    checked, missed = 0, []
    for name, target in TARGETS.items():
        if name in results:
            checked += 1
            if results[name] > target:
                missed.append(name)
    for name, share, peer in RATIOS:
        if name in results and peer in results:
            checked += 1
            ratio = results[name] / results[peer]
            print("%-30s %.2fx %s, target <= %.2fx: %s" % (name, ratio, peer, share, "met" if ratio <= share
                                                           else "MISSED"))
            if ratio > share:
                missed.append("%s/%s" % (name, peer))
    for name, most in ALLOCATIONS.items():
        if name in results:
            checked += 1
            print("%-30s %.1f allocs/op, target <= %d: %s" % (name, allocs[name], most,
                                                            "met" if allocs[name] <= most else "MISSED"))
            if allocs[name] > most:
                missed.append(name + " allocations")
    if out:
        with open(out, "w") as f:
            json.dump({"instructions": results, "allocations": {n: allocs[n] for n in results}}, f, indent=1,
                      sort_keys=True)
    if missed:
        print("TARGETS: MISSED %d of %d: %s" % (len(missed), checked, ", ".join(missed)))
    else:
        print("TARGETS: ALL MET (%d of %d)" % (checked, checked))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
