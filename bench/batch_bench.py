#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Benchmark (not a test): `leap-direct-url batch` against batch_reference.py on W2-like rows
(docs/performance.md: org ElectricSpaceships, sce, a UUID refId, params state and
test_parameter).

Runs both on the same generated file, side by side in one run, PAIRS times (one run of each
per pair, the order alternating so that a machine that speeds up or slows down is shared),
with every output compared byte for byte (a mismatch fails the run). Reports each pair's
times and speed-up, then the median speed-up and the range: on a shared machine one pair can
be off by a third either way. The speed-up is in wall time, the target's measure; the tool
writes its output from a second thread, so each run's CPU time (all its threads) and the
speed-up in CPU time are reported beside it. Each run also reports the CPU time the
hypervisor took from the machine meanwhile (steal in /proc/stat, summed over the CPUs): a
large figure marks a run that the machine's host slowed, not the program. Also reports the
tool's peak memory (maximum resident set size) at ROWS and at MEMORY_ROWS rows, the latter
streamed through a pipe so that no file of that size is written.

The Python side runs on the interpreter that runs this script: run it with the fastest one
you have (here, Debian's /usr/bin/python3; a pyenv build was a tenth to a quarter slower
on the same rows, which would flatter the tool).

The last line is the verdict on the median, for scripts:
  BATCH TARGET: MET (median 41.0x, target 40x)      or      BATCH TARGET: MISSED (...)

usage: batch_bench.py TOOL [ROWS [MEMORY_ROWS [PAIRS]]]     (defaults: 1000000 10000000 5)
       batch_bench.py --rows N > FILE     (the same rows, header first, for callgrind and the like)
"""
import concurrent.futures
import filecmp
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = b"utility,ref_id,param.state,param.test_parameter\n"
TARGET = 40  # the second performance round's bar: at least 40x the Python script


def rows(count):
    """W2-like rows, deterministic: the refId is a UUID derived from the row number."""
    for n in range(count):
        yield b"sce,%s,abcdef%d,value\n" % (str(uuid.UUID(int=n * 0x9E3779B97F4A7C15 % (1 << 128))).encode(), n % 1000)


def peak_rss_mib(pid):
    """The process's peak resident set size so far (VmHWM), or 0 once it has gone.

    Read from /proc while it runs: wait4's ru_maxrss would also count the moment between
    fork and exec, when the child is still a copy of this Python process."""
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def wait_watching(process):
    """Waits for process; returns (exit status, peak RSS in MiB seen while it ran)."""
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, peak_rss_mib(process.pid))
        time.sleep(0.02)
    return process.returncode, peak


def steal_seconds():
    """CPU time the hypervisor has taken from this virtual machine so far, summed over its
    CPUs (the steal column of /proc/stat's cpu line), or 0 where there is none to read."""
    try:
        with open("/proc/stat") as stat:
            fields = stat.readline().split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def children_cpu_seconds():
    """User plus system CPU time of this process's children that have ended so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command, stdin, stdout):
    """Runs command; returns (seconds, CPU seconds, peak RSS in MiB, exit status, seconds
    stolen by the hypervisor meanwhile). The time ends when the process does, not at the
    memory watcher's next look (20 ms apart). CPU time counts every thread of the process."""
    stolen = steal_seconds()
    cpu = children_cpu_seconds()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=stdin, stdout=stdout)
    watcher = concurrent.futures.ThreadPoolExecutor(1).submit(wait_watching, process)
    process.wait()
    seconds = time.perf_counter() - start
    cpu = children_cpu_seconds() - cpu
    stolen = steal_seconds() - stolen
    _, peak = watcher.result()
    return seconds, cpu, peak, process.returncode, stolen


def main():
    if sys.argv[1] == "--rows":
        sys.stdout.buffer.write(HEADER)
        for row in rows(int(sys.argv[2])):
            sys.stdout.buffer.write(row)
        return
    tool = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    memory_count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000_000
    pairs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "w2.csv")
        with open(path, "wb") as f:
            f.write(HEADER)
            for row in rows(count):
                f.write(row)
        commands = (("leap-direct-url batch", [tool, "batch", "--org", "ElectricSpaceships"]),
                    ("python3 csv + urllib.parse.quote",
                     [sys.executable, os.path.join(HERE, "batch_reference.py"), "ElectricSpaceships"]))
        ratios = []
        cpu_ratios = []
        size = 0
        for pair in range(pairs):
            seconds = {}
            cpu_seconds = {}
            outputs = []
            for name, command in (commands if pair % 2 == 0 else commands[::-1]):
                outputs.append(os.path.join(tmp, "out-%d.csv" % len(outputs)))
                with open(path, "rb") as stdin, open(outputs[-1], "wb") as out:
                    took, cpu, rss, code, stolen = measure(command, stdin, out)
                if code != 0:
                    sys.exit("%s exited with %d" % (name, code))
                seconds[name] = took
                cpu_seconds[name] = cpu
                print("%-34s %9d rows  %7.3f s  %11.0f rows/s  CPU %7.3f s  peak RSS %6.1f MiB  steal %5.2f s"
                      % (name, count, took, count / took, cpu, rss, stolen))
            if not filecmp.cmp(outputs[0], outputs[1], shallow=False):
                sys.exit("the two outputs differ: the comparison is void")
            size = os.path.getsize(outputs[0])
            ratios.append(seconds[commands[1][0]] / seconds[commands[0][0]])
            cpu_ratios.append(cpu_seconds[commands[1][0]] / cpu_seconds[commands[0][0]])
            print("pair %d: outputs identical, speed-up %.1fx (CPU time: %.1fx)" % (pair + 1, ratios[-1], cpu_ratios[-1]))
        print("Python: %s %s" % (sys.executable, sys.version.split()[0]))
        print("outputs: identical in every pair, %d bytes each" % size)
        median = statistics.median(ratios)
        print("speed-up over Python: %.1fx (median of %d pairs; %.1fx to %.1fx)" % (median, pairs, min(ratios), max(ratios)))
        print("in CPU time (the tool's two threads added up): %.1fx (median; %.1fx to %.1fx)"
              % (statistics.median(cpu_ratios), min(cpu_ratios), max(cpu_ratios)))
        verdict = "MET" if median >= TARGET else "MISSED"

    # Peak memory at MEMORY_ROWS rows, streamed through a pipe from this process.
    read_end, write_end = os.pipe()
    with open(os.devnull, "wb") as devnull:
        process = subprocess.Popen([tool, "batch", "--org", "ElectricSpaceships"], stdin=read_end, stdout=devnull)
        os.close(read_end)
        watcher = concurrent.futures.ThreadPoolExecutor(1).submit(wait_watching, process)
        start = time.perf_counter()
        with os.fdopen(write_end, "wb", buffering=1 << 20) as pipe:
            pipe.write(HEADER)
            batch = []
            for row in rows(memory_count):
                batch.append(row)
                if len(batch) == 10000:
                    pipe.write(b"".join(batch))
                    batch.clear()
            pipe.write(b"".join(batch))
        code, peak = watcher.result()
        seconds = time.perf_counter() - start
    if code != 0:
        sys.exit("leap-direct-url batch failed on the streamed input")
    print("leap-direct-url batch, %d rows streamed: peak RSS %.1f MiB (%.1f s, generator-bound)"
          % (memory_count, peak, seconds))
    # For scripts, last: the second performance round's target, on the median.
    print("BATCH TARGET: %s (median %.1fx, target %.0fx)" % (verdict, median, TARGET))


if __name__ == "__main__":
    main()
