#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""What including the header costs: the time of `g++ -std=c++17 -fsyntax-only` on a file
that includes only <leap/leap.hpp>, on one that includes only the standard headers it
uses, and on one that includes only <boost/url.hpp> (if installed). Best of RUNS runs each.

usage: include_cost.py [RUNS]        (default 10; run from anywhere)
"""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STD_HEADERS = ["array", "cassert", "cstddef", "cstdlib", "cstring", "iosfwd", "iterator",
               "optional", "stdexcept", "string", "string_view", "system_error", "type_traits", "utility", "variant",
               "vector"]
FILES = {
    "<leap/leap.hpp>": "#include <leap/leap.hpp>\n",
    "the standard headers it uses": "".join("#include <%s>\n" % h for h in STD_HEADERS),
    "<boost/url.hpp>": "#include <boost/url.hpp>\n",
}


def best_time(path, runs):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["g++", "-std=c++17", "-fsyntax-only", "-I" + os.path.join(ROOT, "include"), path],
                                capture_output=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            return None
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as tmp:
        for label, text in FILES.items():
            path = os.path.join(tmp, "include_only.cpp")
            with open(path, "w") as f:
                f.write(text)
            seconds = best_time(path, runs)
            print("%-32s %s" % (label, "not installed" if seconds is None else "%.3f s" % seconds))


if __name__ == "__main__":
    main()
