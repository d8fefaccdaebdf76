#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs every ```console block of the README and compares what each `$ command` prints
(stdout and stderr together, CRLF read as LF) with the lines shown under it.

usage: readme_transcripts.py README.md DIRECTORY_OF_leap-direct-url
"""
import os
import re
import subprocess
import sys


def main():
    readme, tool_dir = sys.argv[1], sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    env = dict(os.environ, PATH=tool_dir + os.pathsep + os.environ.get("PATH", ""))
    passed = failed = 0
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        steps = []
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append([line[2:], []])
            elif steps:
                steps[-1][1].append(line)
        for command, expected_lines in steps:
            result = subprocess.run(["bash", "-c", "{ " + command + "\n} 2>&1"], capture_output=True, env=env, timeout=60)
            got = result.stdout.decode("utf-8").replace("\r\n", "\n")
            expected = "".join(line + "\n" for line in expected_lines)
            if got == expected:
                passed += 1
            else:
                failed += 1
                print("FAIL $ %s\n--- README shows:\n%s--- it printed:\n%s" % (command, expected, got))
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
