#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The batch job done the short way in Python, for comparison with `leap-direct-url batch`:
csv plus urllib.parse.quote with Leap's keep-set (docs/rules.md#encoding). No validation at
all; it writes the same bytes as the tool for valid rows (bench/batch_bench.py compares them).

usage: batch_reference.py ORG < in.csv > out.csv
"""
import csv
import sys
import urllib.parse


def enc(text):
    return urllib.parse.quote(text, safe="-._*")


def main():
    org = sys.argv[1]
    reader = csv.reader(sys.stdin)
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    header = next(reader)
    writer.writerow(header + ["url", "error"])
    utility, ref_id = header.index("utility"), header.index("ref_id")
    params = [(i, name[len("param."):]) for i, name in enumerate(header) if name.startswith("param.")]
    for row in reader:
        url = "https://www.addleap.com/%s/%s/getting-started?refId=%s" % (org, row[utility], enc(row[ref_id]))
        inner = "&".join(enc(key) + "=" + enc(row[i]) for i, key in params if row[i])
        if inner:
            url += "&additional_redirect_params=" + enc(inner)
        writer.writerow(row + [url, ""])


if __name__ == "__main__":
    main()
