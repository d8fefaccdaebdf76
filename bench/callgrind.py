#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Instructions per operation for every benchmark case, counted by valgrind's callgrind
(the same count on every run, whatever else the machine is doing).

Each case runs in bench_ops twice, with 1 and with 1 + N iterations; the difference over N
is one operation, set-up and start-up excluded.

usage: callgrind.py BENCH_OPS [--json OUT.json] [CASE-SUBSTRING...]
"""
import json
import re
import subprocess
import sys

# Targets from the performance issues (docs/performance.md workloads): instructions per operation.
TARGETS = {"w1_str": 700, "w2_str": 2150, "w3_str": 43000,
           "encode_64k_kept": 460000, "encode_64k_20": 820000, "encode_64k_all": 1370000}


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
    results = {}
    for name in names:
        n = 10 if "64k" in name else 1000
        per_op = (instructions(bench_ops, name, 1 + n) - instructions(bench_ops, name, 1)) / n
        results[name] = per_op
        target = TARGETS.get(name)
        verdict = "" if target is None else ("  target <= %d: %s" % (target, "met" if per_op <= target else "MISSED"))
        print("%-28s %12.0f instructions/op%s" % (name, per_op, verdict), flush=True)
    if out:
        with open(out, "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)
    missed = [n for n, t in TARGETS.items() if n in results and results[n] > t]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
