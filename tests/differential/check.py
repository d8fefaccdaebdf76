#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Differential check of leap-direct-url against Python's urllib.parse, for both kinds of link.

1. Links built by the library (`differential generate`, `generate-connect`) must parse under
   urllib.parse to the right host and path, with exactly the expected query keys in order,
   and values that decode (the inner params twice) to the exact fields.
2. Links written by urllib.parse.urlencode (which writes '+' for space and keeps '~'; for
   Leap Connect also in any parameter order, with a '/' before '?' and the host in another
   case) must be read back by DirectUrl::parse and ConnectUrl::parse (`differential parse`,
   `parse-connect`) with the same fields.

usage: check.py DIFFERENTIAL_EXE COUNT SEED
"""
import random
import subprocess
import sys
import urllib.parse as up

HOSTS = {"production": "www.addleap.com", "staging": "staging.addleap.com"}
CONNECT_HOST = "connect.leap.energy"
REGIONS = ["CAISO", "NYISO", "PJM", "ERCOT", "WECC_PC", "WECC_SW"]
VARIANTS = ["RESIDENTIAL", "COMMERCIAL", "RESIDENTIAL_AGREEMENTS_ONLY", "COMMERCIAL_AGREEMENTS_ONLY"]
PROGRAMS = ["PSE-RPO", "SRP-RPO"]
UTILITIES = ["pge", "sce", "sdge", "staging-test-utility-caiso", "staging-test-utility-nyiso"]
RESERVED = {"refid", "ref-id", "additional_redirect_params"}
ORG_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._"


def decode_hex(text):
    return bytes.fromhex(text).decode("utf-8", errors="strict")


def qsl(query):
    return up.parse_qsl(query, keep_blank_values=True, strict_parsing=True, encoding="utf-8", errors="strict")


def decode_fields(ref_hex, params_field):
    ref_id = None if ref_hex == "-" else decode_hex(ref_hex)
    params = []
    if params_field:
        params = [tuple(decode_hex(h) for h in pair.split(":")) for pair in params_field.split(",")]
    return ref_id, params


def check_tail(values, ref_id, params, problems):
    """The refId and the inner params of a query already split into `values`."""
    if ref_id is not None and values["refId"] != ref_id:
        problems.append("refId %r, expected %r" % (values["refId"], ref_id))
    inner = values.get("additional_redirect_params")
    try:
        if params and qsl(inner) != params:
            problems.append("params %r, expected %r" % (qsl(inner), params))
    except ValueError as error:
        problems.append("inner params: %s" % error)


def check_library_urls(exe, count, seed):
    out = subprocess.run([exe, "generate", str(count), str(seed)], check=True, capture_output=True).stdout
    failures = 0
    lines = out.decode("ascii").splitlines()
    for number, line in enumerate(lines, 1):
        org, utility, env, ref_hex, params_field, url = line.split("\t")
        ref_id, params = decode_fields(ref_hex, params_field)
        problems = []
        parts = up.urlsplit(url)
        if parts.scheme != "https" or parts.netloc != HOSTS[env] or parts.port is not None:
            problems.append("scheme/host: %r %r" % (parts.scheme, parts.netloc))
        if parts.path != "/%s/%s/getting-started" % (org, utility):
            problems.append("path: %r" % parts.path)
        if parts.fragment:
            problems.append("fragment: %r" % parts.fragment)
        try:
            pairs = qsl(parts.query) if parts.query else []
        except ValueError as error:  # strict parsing refused the query
            problems.append("query: %s" % error)
            pairs = []
        keys = [k for k, _ in pairs]
        expected_keys = (["refId"] if ref_id is not None else []) + (["additional_redirect_params"] if params else [])
        if keys != expected_keys:
            problems.append("query keys %r, expected %r" % (keys, expected_keys))
        else:
            check_tail(dict(pairs), ref_id, params, problems)
        if problems:
            failures += 1
            print("library case %d: %s\n  %s" % (number, "; ".join(problems), url), file=sys.stderr)
    return len(lines), failures


def random_text(rng, max_bytes):
    """Well-formed text without controls: printable ASCII and every UTF-8 length."""
    out = ""
    target = rng.randint(0, max_bytes)
    while True:
        kind = rng.randrange(6)
        if kind < 3:
            cp = rng.randint(0x20, 0x7E)
        elif kind == 3:
            cp = rng.randint(0x80, 0x7FF)
        elif kind == 4:
            cp = rng.choice([rng.randint(0x800, 0xD7FF), rng.randint(0xE000, 0xFFFF)])
        else:
            cp = rng.randint(0x10000, 0x10FFFF)
        if len((out + chr(cp)).encode("utf-8")) > target:
            return out
        out += chr(cp)


def random_org(rng):
    org = "".join(rng.choice(ORG_CHARS) for _ in range(rng.randint(1, 40)))
    return org + "x" if org in (".", "..") else org


def random_fields(rng):
    """A refId (or None) and up to six params, never with a reserved key."""
    ref_id = (random_text(rng, 255) or "r") if rng.random() < 0.8 else None
    params = []
    for i in range(rng.randint(0, 6)):
        key = (random_text(rng, 20) or "k") + str(i)
        if key.lower() not in RESERVED:
            params.append((key, random_text(rng, 100)))
    return ref_id, params


def case_fields(ref_id, params):
    """The refId and params columns of a case."""
    ref_hex = "-" if ref_id is None else ref_id.encode("utf-8").hex()
    return [ref_hex, ",".join(k.encode("utf-8").hex() + ":" + v.encode("utf-8").hex() for k, v in params)]


def python_cases(count, seed):
    rng = random.Random(seed)
    for _ in range(count):
        org = random_org(rng)
        utility = rng.choice(UTILITIES)
        env = "staging" if utility.startswith("staging") or rng.random() < 0.5 else "production"
        host = HOSTS[env] if env == "staging" or rng.random() < 0.7 else "addleap.com"
        ref_id, params = random_fields(rng)
        query = []
        if ref_id is not None:
            query.append(("refId" if rng.random() < 0.9 else "ref-id", ref_id))
        if params:
            query.append(("additional_redirect_params", up.urlencode(params)))
        url = "https://%s/%s/%s/getting-started" % (host, org, utility)
        if query:
            url += "?" + up.urlencode(query)
        yield "\t".join([org, utility, env] + case_fields(ref_id, params) + [url])


def check_library_connect_urls(exe, count, seed):
    out = subprocess.run([exe, "generate-connect", str(count), str(seed)], check=True, capture_output=True).stdout
    failures = 0
    lines = out.decode("ascii").splitlines()
    for number, line in enumerate(lines, 1):
        account, region, variant, program, ref_hex, params_field, url = line.split("\t")
        ref_id, params = decode_fields(ref_hex, params_field)
        problems = []
        parts = up.urlsplit(url)
        if parts.scheme != "https" or parts.netloc != CONNECT_HOST or parts.path != "" or parts.fragment:
            problems.append("scheme/host/path/fragment: %r" % (parts,))
        try:
            pairs = qsl(parts.query)
        except ValueError as error:
            problems.append("query: %s" % error)
            pairs = []
        expected = [("transmissionRegion", region)]
        expected += [("variant", variant)] if variant != "-" else []
        expected += [("program", program)] if program != "-" else []
        expected += [("account", account)]
        keys = [k for k, _ in pairs]
        expected_keys = [k for k, _ in expected] + (["refId"] if ref_id is not None else []) + \
            (["additional_redirect_params"] if params else [])
        if keys != expected_keys:
            problems.append("query keys %r, expected %r" % (keys, expected_keys))
        else:
            values = dict(pairs)
            for key, value in expected:
                if values[key] != value:
                    problems.append("%s %r, expected %r" % (key, values[key], value))
            check_tail(values, ref_id, params, problems)
        if problems:
            failures += 1
            print("library Leap Connect case %d: %s\n  %s" % (number, "; ".join(problems), url), file=sys.stderr)
    return len(lines), failures


def python_connect_cases(count, seed):
    rng = random.Random(seed + 1)
    for _ in range(count):
        account = random_org(rng)
        region = rng.choice(REGIONS)
        variant = program = "-"
        choice = rng.randrange(3)
        if choice == 0:
            variant = rng.choice(VARIANTS)
            if variant.endswith("AGREEMENTS_ONLY"):
                region = "PJM"
        elif choice == 1:
            program = rng.choice(PROGRAMS)
        ref_id, params = random_fields(rng)
        query = [("transmissionRegion", region), ("account", account)]
        query += [("variant", variant)] if variant != "-" else []
        query += [("program", program)] if program != "-" else []
        if ref_id is not None:
            query.append(("refId" if rng.random() < 0.9 else "ref-id", ref_id))
        if params:
            query.append(("additional_redirect_params", up.urlencode(params)))
        rng.shuffle(query)  # links made elsewhere need not follow the builder's order
        host = CONNECT_HOST if rng.random() < 0.7 else "Connect.Leap.Energy"
        url = "https://%s%s?%s" % (host, "/" if rng.random() < 0.5 else "", up.urlencode(query))
        yield "\t".join([account, region, variant, program] + case_fields(ref_id, params) + [url])


def check_python_urls_with(exe, command, cases):
    result = subprocess.run([exe, command], input=("\n".join(cases) + "\n").encode("ascii"), capture_output=True)
    sys.stderr.write(result.stderr.decode("utf-8", errors="replace")[:20000])
    return result.returncode == 0, result.stdout.decode().strip()


def main():
    exe, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    checked, failures = check_library_urls(exe, count, seed)
    print("library Direct URLs -> urllib.parse: %d cases, %d failed" % (checked, failures))
    ok, summary = check_python_urls_with(exe, "parse", python_cases(count, seed))
    print("urllib.parse.urlencode -> DirectUrl::parse: %s" % summary)
    connect_checked, connect_failures = check_library_connect_urls(exe, count, seed)
    print("library Leap Connect links -> urllib.parse: %d cases, %d failed" % (connect_checked, connect_failures))
    connect_ok, connect_summary = check_python_urls_with(exe, "parse-connect", python_connect_cases(count, seed))
    print("urllib.parse.urlencode -> ConnectUrl::parse: %s" % connect_summary)
    return 0 if (failures == 0 and ok and checked == count and connect_failures == 0 and connect_ok and
                 connect_checked == count) else 1


if __name__ == "__main__":
    sys.exit(main())
