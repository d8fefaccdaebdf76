#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""End-to-end tests of the leap-direct-url tool: every subcommand and exit status, stdout
compared in full, stderr in full or (for the usage text) by its first line.

usage: cli_test.py TOOL
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = sys.argv[1]
SEED = "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123"
USAGE_FIRST = "usage: leap-direct-url build --org NAME --utility ID"
passed = 0
failed = 0


def run(args, stdin=b""):
    result = subprocess.run([TOOL] + args, input=stdin, capture_output=True, timeout=60)
    return result.returncode, result.stdout, result.stderr.decode("utf-8", "replace")


def check(name, args, code, stdout=None, stderr=None, stdin=b""):
    """stdout: exact bytes (or str). stderr: exact text, or a (first line, "usage") pair."""
    global passed, failed
    got_code, got_out, got_err = run(args, stdin)
    problems = []
    if got_code != code:
        problems.append("exit %d, expected %d" % (got_code, code))
    if stdout is not None:
        want = stdout.encode() if isinstance(stdout, str) else stdout
        if got_out != want:
            problems.append("stdout %r, expected %r" % (got_out, want))
    if isinstance(stderr, tuple):
        first, _ = stderr
        lines = got_err.splitlines()
        if not lines or lines[0] != first or not any(l.startswith(USAGE_FIRST) for l in lines):
            problems.append("stderr %r, expected %r then the usage text" % (got_err, first))
    elif stderr is not None and got_err != stderr:
        problems.append("stderr %r, expected %r" % (got_err, stderr))
    if problems:
        failed += 1
        print("FAIL %s: %s" % (name, "; ".join(problems)))
    else:
        passed += 1


# ---- build -------------------------------------------------------------------------------
check("the seed example, byte for byte", ["build", "--org", "ElectricSpaceships", "--utility", "sce", "--ref-id", "123"],
      0, SEED + "\n", "")
check("--opt=value spelling and any-case utility ids",
      ["build", "--org=ElectricSpaceships", "--utility=SCE", "--ref-id=123"], 0, SEED + "\n", "")
check("params split at the first '=' and keep their order",
      ["build", "--org", "Acme", "--utility", "pge", "--param", "z=1", "--param", "a=b=c", "--param", "empty="], 0,
      "https://www.addleap.com/Acme/pge/getting-started?additional_redirect_params=z%3D1%26a%3Db%253Dc%26empty%3D\n", "")
check("--staging", ["build", "--org", "Acme", "--utility", "staging-test-utility-nyiso", "--staging"], 0,
      "https://staging.addleap.com/Acme/staging-test-utility-nyiso/getting-started\n", "")
check("a residential customer is fine",
      ["build", "--org", "Acme", "--utility", "sce", "--customer", "residential"], 0,
      "https://www.addleap.com/Acme/sce/getting-started\n", "")
check("a commercial customer is refused with SPEC's reason",
      ["build", "--org", "Acme", "--utility", "sce", "--customer", "commercial"], 1, "",
      "leap-direct-url: California commercial customers must sign a Prohibited Resources Attestation, which only "
      "the Leap Connect flow offers: send them to Leap Connect instead of a Direct to Utility URL\n")
check("an unsearchable refId builds, with a warning",
      ["build", "--org", "Acme", "--utility", "sce", "--ref-id", "a/b"], 0,
      "https://www.addleap.com/Acme/sce/getting-started?refId=a%2Fb\n",
      "leap-direct-url: warning: refId is not searchable in Leap's Meters API (3-256 characters without "
      "/ \\ ? [ ] { } ! # $ % ^ & * ( ) < > |); the URL still works\n")
check("invalid data is exit 1 with the library's message",
      ["build", "--org", "Acme", "--utility", "sce", "--ref-id", "x\ty"], 1, "",
      "leap-direct-url: refId: byte 1 is a control character (0x09)\n")
check("a bad org name", ["build", "--org", "Acme Inc", "--utility", "sce"], 1, "",
      "leap-direct-url: org name: byte 4 is not one of A-Z a-z 0-9 - . _ (0x20)\n")
check("an unknown utility id", ["build", "--org", "Acme", "--utility", "coned"], 1, "",
      "leap-direct-url: utility id: is not pge, sce, sdge, staging-test-utility-caiso or staging-test-utility-nyiso\n")
check("a test utility in production", ["build", "--org", "Acme", "--utility", "staging-test-utility-caiso"], 1, "",
      "leap-direct-url: utility: is a staging test utility, not available in production\n")
check("a reserved param key", ["build", "--org", "Acme", "--utility", "sce", "--param", "RefId=1"], 1, "",
      "leap-direct-url: param key: is reserved: refId, ref-id and additional_redirect_params (in any case) belong "
      "to the URL itself\n")
check("a missing option is a usage error", ["build", "--org", "Acme"], 2, "", ("leap-direct-url: build needs --utility ID", "usage"))
check("an option without its value", ["build", "--org", "Acme", "--utility"], 2, "",
      ("leap-direct-url: option --utility needs a value", "usage"))
check("an unknown option", ["build", "--org", "Acme", "--utility", "sce", "--frob"], 2, "",
      ("leap-direct-url: unknown option --frob", "usage"))
check("a --param without '='", ["build", "--org", "Acme", "--utility", "sce", "--param", "novalue"], 2, "",
      ("leap-direct-url: --param needs KEY=VALUE, got novalue", "usage"))
check("a bad --customer", ["build", "--org", "Acme", "--utility", "sce", "--customer", "industrial"], 2, "",
      ("leap-direct-url: --customer is residential or commercial", "usage"))
check("an option given twice", ["build", "--org", "A", "--org", "B", "--utility", "sce"], 2, "",
      ("leap-direct-url: option --org given twice", "usage"))

# ---- parse -------------------------------------------------------------------------------
check("parse prints one field per line", ["parse", "https://addleap.com/Acme/sce/getting-started?refId=a+b&additional_redirect_params=k%3Dv%2520w%26e%3D"], 0,
      "org_name: Acme\nutility: sce\nenvironment: production\nref_id: a b\nparam: k=v w\nparam: e=\n"
      "url: https://www.addleap.com/Acme/sce/getting-started?refId=a%20b&additional_redirect_params=k%3Dv%2520w%26e%3D\n", "")
check("parse --json", ["parse", "--json", "https://staging.addleap.com/Acme/sdge/getting-started?additional_redirect_params=q%3D%2522%255C"], 0,
      '{"org_name":"Acme","utility":"sdge","environment":"staging","ref_id":null,'
      '"redirect_params":[{"key":"q","value":"\\"\\\\"}],'
      '"url":"https://staging.addleap.com/Acme/sdge/getting-started?additional_redirect_params=q%3D%2522%255C"}\n', "")
check("parse refuses another host", ["parse", "https://evil.example/Acme/sce/getting-started"], 1, "",
      "leap-direct-url: url: byte 8 has a host other than www.addleap.com, addleap.com and staging.addleap.com\n")
check("parse needs exactly one URL", ["parse"], 2, "", ("leap-direct-url: parse takes one URL", "usage"))

# ---- redirect ----------------------------------------------------------------------------
check("redirect reads a full URL", ["redirect", "https://partner.example/done?refId=42&additional_redirect_params=state%3Dabc&x=1"], 0,
      "ref_id: 42\nparam: state=abc\nparam: x=1\n", "")
check("redirect text output escapes controls and backslashes", ["redirect", "a=%0A%5C%7F"], 0, "param: a=\\x0A\\\\\\x7F\n", "")
check("redirect --json escapes every control byte", ["redirect", "--json", "?refId=%01&a=%0D%0A%09%22%5C%7F%C3%A9"], 0,
      '{"ref_id":"\\u0001","params":[{"key":"a","value":"\\r\\n\\t\\"\\\\\\u007f\xc3\xa9"}]}\n'.encode("latin-1"), "")
check("redirect refuses two refIds", ["redirect", "refId=1&ref-id=2"], 1, "",
      "leap-direct-url: final redirect: byte 8 holds a second refId; which customer came back is unknown\n")
check("redirect refuses a bad escape", ["redirect", "?a=%zz"], 1, "",
      "leap-direct-url: final redirect: byte 3 is a '%' not followed by two hex digits\n")

# ---- help, version, usage ------------------------------------------------------------------
for args in (["--help"], ["-h"], ["batch", "--help"], ["build", "--org", "x", "--help"]):
    code, out, err = run(args)
    if code == 0 and out.startswith(USAGE_FIRST.encode()) and b"Exit status: 0 success, 1 invalid data" in out and err == "":
        passed += 1
    else:
        failed += 1
        print("FAIL %s: exit %d, stdout %r, stderr %r" % (" ".join(args), code, out[:80], err))
check("--version", ["--version"], 0, "leap-direct-url 0.1.0\n", "")
check("no command", [], 2, "", ("leap-direct-url: no command", "usage"))
check("an unknown command", ["frob"], 2, "", ("leap-direct-url: unknown command frob", "usage"))

# ---- batch ---------------------------------------------------------------------------------
with open(os.path.join(HERE, "batch_hazards.csv"), "rb") as f:
    hazards = f.read()
with open(os.path.join(HERE, "batch_hazards.expected.csv"), "rb") as f:
    hazards_expected = f.read()
check("batch: every CSV hazard, every row accounted for, in order", ["batch", "--org", "Default"], 1, hazards_expected,
      "leap-direct-url: 4 of 9 rows failed (see the error column)\n", stdin=hazards)
with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(HERE, "batch_hazards.csv")
    target = os.path.join(tmp, "out.csv")
    check("batch --input/--output files", ["batch", "--org", "Default", "--input", source, "--output", target], 1, "",
          "leap-direct-url: 4 of 9 rows failed (see the error column)\n")
    with open(target, "rb") as f:
        if f.read() == hazards_expected:
            passed += 1
        else:
            failed += 1
            print("FAIL batch --output wrote something else")
check("batch: all rows good is exit 0",
      ["batch"], 0, "org_name,utility,url,error\r\nAcme,sce,https://www.addleap.com/Acme/sce/getting-started,\r\n", "",
      stdin=b"org_name,utility\nAcme,sce\n")
check("batch --staging", ["batch", "--staging", "--org", "Acme"], 0,
      "utility,url,error\r\nstaging-test-utility-caiso,https://staging.addleap.com/Acme/staging-test-utility-caiso/getting-started,\r\n",
      "", stdin=b"utility\nstaging-test-utility-caiso\n")
check("batch: an unterminated quote is reported with its line", ["batch"], 1,
      "org_name,utility,ref_id,url,error\r\nAcme,sce,1,https://www.addleap.com/Acme/sce/getting-started?refId=1,\r\n",
      "leap-direct-url: line 3: malformed CSV: unterminated quoted field\n",
      stdin=b'org_name,utility,ref_id\nAcme,sce,1\nAcme,sce,"2\n\n')
check("batch: a row with the wrong number of fields is reported with its line", ["batch"], 1,
      "org_name,utility,url,error\r\nAcme,sce,https://www.addleap.com/Acme/sce/getting-started,\r\n",
      "leap-direct-url: line 3: malformed CSV: 3 fields, the header has 2\n",
      stdin=b'org_name,utility\nAcme,sce\n"multi\nline",sce,extra\n')
check("batch: text after a closing quote", ["batch"], 1, "org_name,utility,url,error\r\n",
      "leap-direct-url: line 2: malformed CSV: text after a closing quote\n", stdin=b'org_name,utility\n"Acme"x,sce\n')
check("batch: no utility column", ["batch", "--org", "Acme"], 1, "",
      "leap-direct-url: the header has no utility column\n", stdin=b"ref_id\n1\n")
check("batch: no org_name column and no --org", ["batch"], 1, "",
      "leap-direct-url: the header has no org_name column, and no --org was given\n", stdin=b"utility\nsce\n")
check("regression: a first header cell that starts with a byte-order mark keeps it (quoted)",
      ["batch", "--org", "Acme"], 0,
      b'"\xef\xbb\xbfnote",utility,url,error\r\nx,sce,https://www.addleap.com/Acme/sce/getting-started,\r\n', "",
      stdin=b'\xef\xbb\xbf"\xef\xbb\xbfnote",utility\nx,sce\n')
check("batch: empty input", ["batch"], 1, "", "leap-direct-url: no header row\n", stdin=b"")
check("batch: a missing input file", ["batch", "--input", "/nonexistent/in.csv"], 1, "",
      "leap-direct-url: cannot read /nonexistent/in.csv: No such file or directory\n")

print("%d passed, %d failed" % (passed, failed))
sys.exit(0 if failed == 0 and passed > 0 else 1)
