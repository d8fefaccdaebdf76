#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Benchmark (not a test): `leap-direct-url batch` against batch_reference.py on W2-like rows
(docs/performance.md: org ElectricSpaceships, sce, a UUID refId, params state and
test_parameter).

Reports rows per second for both on the same generated file, side by side in one run, with
their outputs compared byte for byte (a mismatch fails the run), and the tool's peak memory
(maximum resident set size) at ROWS and at MEMORY_ROWS rows, the latter streamed through a
pipe so that no file of that size is written.

usage: batch_bench.py TOOL [ROWS [MEMORY_ROWS]]     (defaults: 1000000 10000000)
"""
import concurrent.futures
import filecmp
import os
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = b"utility,ref_id,param.state,param.test_parameter\n"


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


def measure(command, stdin, stdout):
    """Runs command; returns (seconds, peak RSS in MiB, exit status)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=stdin, stdout=stdout)
    code, peak = wait_watching(process)
    return time.perf_counter() - start, peak, code


def main():
    tool = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    memory_count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "w2.csv")
        with open(path, "wb") as f:
            f.write(HEADER)
            for row in rows(count):
                f.write(row)
        results = {}
        outputs = []
        for name, command in (("leap-direct-url batch", [tool, "batch", "--org", "ElectricSpaceships"]),
                              ("python3 csv + urllib.parse.quote",
                               [sys.executable, os.path.join(HERE, "batch_reference.py"), "ElectricSpaceships"])):
            outputs.append(os.path.join(tmp, "out-%d.csv" % len(outputs)))
            with open(path, "rb") as stdin, open(outputs[-1], "wb") as out:
                seconds, rss, code = measure(command, stdin, out)
            if code != 0:
                sys.exit("%s exited with %d" % (name, code))
            results[name] = (seconds, rss)
            print("%-34s %9d rows  %7.3f s  %11.0f rows/s  peak RSS %6.1f MiB" % (name, count, seconds, count / seconds, rss))
        ours = results["leap-direct-url batch"][0]
        theirs = results["python3 csv + urllib.parse.quote"][0]
        if not filecmp.cmp(outputs[0], outputs[1], shallow=False):
            sys.exit("the two outputs differ: the comparison is void")
        print("outputs: identical, %d bytes each" % os.path.getsize(outputs[0]))
        print("speed-up over Python: %.1fx" % (theirs / ours))

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


if __name__ == "__main__":
    main()
