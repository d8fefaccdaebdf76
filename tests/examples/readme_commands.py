#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the README's command blocks as a partner would, on a fresh copy of the tree (the
files git tracks, plus new files it does not ignore: what a commit of this tree holds).

- Each ```sh block runs with bash -e in the copy, with HOME pointing into a temporary
  directory (the install block installs under "$HOME/.local"); after it, what it promises
  must be there. The block with the test command is the one CI runs first: it must appear,
  line for line, in .ci/run (running it here would run this test inside itself).
- Each ```cmake block must appear verbatim in a consumer that ctest builds (tests/consumers).

usage: readme_commands.py SOURCE_DIR
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import harness  # noqa: E402
from harness import expect  # noqa: E402


def fresh_copy(source, target):
    listed = subprocess.run(["git", "-C", source, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            check=True, capture_output=True).stdout.decode().split("\0")
    for path in filter(None, listed):
        origin = os.path.join(source, path)
        if not os.path.isfile(origin):
            continue  # deleted but not yet committed
        os.makedirs(os.path.dirname(os.path.join(target, path)) or target, exist_ok=True)
        shutil.copy2(origin, os.path.join(target, path))


def main():
    source = os.path.abspath(sys.argv[1])
    with open(os.path.join(source, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    with open(os.path.join(source, ".ci", "run"), encoding="utf-8") as f:
        ci_lines = [line.strip() for line in f]
    sh_blocks = re.findall(r"^ *```sh\n(.*?)^ *```", readme, re.S | re.M)
    cmake_blocks = re.findall(r"^( *)```cmake\n(.*?)^ *```", readme, re.S | re.M)
    expect("the README has command blocks", len(sh_blocks) >= 2, sh_blocks)

    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, "leap-direct-url")
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        fresh_copy(source, tree)
        env = dict(os.environ, HOME=home)
        for block in sh_blocks:
            lines = [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]
            for line in lines:
                if "cmake --workflow --preset dev" in line:
                    expect("CI runs the README's test command as written: %s" % line, line in ci_lines)
            script = "\n".join(line for line in lines if "cmake --workflow --preset dev" not in line)
            if not script:
                continue
            result = subprocess.run(["bash", "-e", "-c", script], cwd=tree, env=env, capture_output=True, timeout=1200)
            output = result.stdout.decode(errors="replace") + result.stderr.decode(errors="replace")
            expect("the block runs on a fresh copy:\n%s" % script, result.returncode == 0, output)
            if "examples/quickstart" in script:
                expect("the first example prints the seed link",
                       "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123\n" in output, output)
            if "cmake --install" in script:
                prefix = os.path.join(home, ".local")
                expect("the install has the CMake package", os.path.isfile(
                    os.path.join(prefix, "share", "cmake", "leap-direct-url", "leap-direct-url-config.cmake")))
                expect("the install has the headers", os.path.isfile(os.path.join(prefix, "include", "leap", "leap.hpp")))
                tool = os.path.join(prefix, "bin", "leap-direct-url")
                version = subprocess.run([tool, "--version"], capture_output=True) if os.path.isfile(tool) else None
                expect("the installed tool runs", version is not None and version.returncode == 0 and
                       version.stdout.startswith(b"leap-direct-url "), version)

    consumers = "".join(open(path, encoding="utf-8").read()
                        for path in glob.glob(os.path.join(source, "tests", "consumers", "*", "CMakeLists.txt")))
    for indent, block in cmake_blocks:
        text = "".join(line[len(indent):] + "\n" for line in block.splitlines())
        expect("the README's cmake block is a tested consumer's:\n%s" % text, text in consumers)
    return harness.summary()


if __name__ == "__main__":
    sys.exit(main())
