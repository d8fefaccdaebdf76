#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""End-to-end tests of the leap-direct-url tool: every subcommand and exit status, stdout
compared in full, stderr in full or (for usage errors) by its first line.

usage: cli_test.py TOOL
"""
import csv
import io
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = sys.argv[1]
SEED = "https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=123"
CONNECT_SEED = ("https://connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL&account=ElectricSpaceships"
                "&refId=123&additional_redirect_params=state%3Dabcdef123%26test_parameter%3Dvalue")
USAGE_FIRST = "usage: leap-direct-url build --org NAME"
UNSEARCHABLE = ("Leap's Meters API (3-256 characters without / \\ ? [ ] { } ! # $ % ^ & * ( ) < > |)")
ALL_HOSTS = "www.addleap.com, staging.addleap.com, addleap.com and connect.leap.energy"
passed = 0
failed = 0


def run(args, stdin=b""):
    result = subprocess.run([TOOL] + args, input=stdin, capture_output=True, timeout=60)
    return result.returncode, result.stdout, result.stderr.decode("utf-8", "replace")


def record(name, problems):
    global passed, failed
    if problems:
        failed += 1
        print("FAIL %s: %s" % (name, "; ".join(problems)))
    else:
        passed += 1


def check(name, args, code, stdout=None, stderr=None, stdin=b""):
    """stdout: exact bytes (or str). stderr: exact text, or a (first line, "usage") pair."""
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
    record(name, problems)


def usage(message):
    return ("leap-direct-url: " + message, "usage")


# ---- build: Direct to Utility ----------------------------------------------------------------
check("the seed example, byte for byte", ["build", "--org", "ElectricSpaceships", "--utility", "sce", "--ref-id", "123"],
      0, SEED + "\n", "")
check("--opt=value spelling and any-case utility ids",
      ["build", "--org=ElectricSpaceships", "--utility=SCE", "--ref-id=123"], 0, SEED + "\n", "")
check("--flow direct is the default",
      ["build", "--flow", "direct", "--org", "ElectricSpaceships", "--utility", "sce", "--ref-id", "123"], 0, SEED + "\n", "")
check("params split at the first '=' and keep their order",
      ["build", "--org", "Acme", "--utility", "pge", "--param", "z=1", "--param", "a=b=c", "--param", "empty="], 0,
      "https://www.addleap.com/Acme/pge/getting-started?additional_redirect_params=z%3D1%26a%3Db%253Dc%26empty%3D\n", "")
check("--staging", ["build", "--org", "Acme", "--utility", "staging-test-utility-nyiso", "--staging"], 0,
      "https://staging.addleap.com/Acme/staging-test-utility-nyiso/getting-started\n", "")
check("a residential customer is fine",
      ["build", "--org", "Acme", "--utility", "sce", "--customer", "residential"], 0,
      "https://www.addleap.com/Acme/sce/getting-started\n", "")
check("a commercial customer is refused a Direct URL with Leap's reason",
      ["build", "--org", "Acme", "--utility", "sce", "--customer", "commercial"], 1, "",
      "leap-direct-url: California commercial customers must sign a Prohibited Resources Attestation, which only "
      "the Leap Connect flow offers: send them to Leap Connect instead of a Direct to Utility URL\n")
check("a Direct URL for a region other than CAISO is refused with the reason",
      ["build", "--org", "Acme", "--utility", "sce", "--region", "PJM"], 1, "",
      "leap-direct-url: the customer is outside California (CAISO): Direct to Utility URLs open California "
      "utilities only\n")
check("an unsearchable refId builds, with a warning",
      ["build", "--org", "Acme", "--utility", "sce", "--ref-id", "a/b"], 0,
      "https://www.addleap.com/Acme/sce/getting-started?refId=a%2Fb\n",
      "leap-direct-url: warning: refId is not searchable in " + UNSEARCHABLE + "; the URL still works\n")
check("invalid data is exit 1 with the library's message",
      ["build", "--org", "Acme", "--utility", "sce", "--ref-id", "x\ty"], 1, "",
      "leap-direct-url: refId: byte 1 is a control character (0x09)\n")
check("an empty --ref-id is invalid data, not a link without a refId",
      ["build", "--org", "Acme", "--utility", "sce", "--ref-id", ""], 1, "",
      "leap-direct-url: refId: is empty (leave out --ref-id to send no refId)\n")
check("a bad org name", ["build", "--org", "Acme Inc", "--utility", "sce"], 1, "",
      "leap-direct-url: org name: byte 4 is not one of A-Z a-z 0-9 - . _ (0x20)\n")
check("an unknown utility id", ["build", "--org", "Acme", "--utility", "coned"], 1, "",
      "leap-direct-url: utility id: is not pge, sce, sdge, staging-test-utility-caiso or staging-test-utility-nyiso\n")
check("a test utility in production", ["build", "--org", "Acme", "--utility", "staging-test-utility-caiso"], 1, "",
      "leap-direct-url: utility: is a staging test utility, not available in production\n")
check("a reserved param key", ["build", "--org", "Acme", "--utility", "sce", "--param", "RefId=1"], 1, "",
      "leap-direct-url: param key: is reserved: refId, ref-id and additional_redirect_params (in any case) belong "
      "to the URL itself\n")

# ---- build: Leap Connect and the choice ------------------------------------------------------
check("the seed-style Leap Connect link, byte for byte",
      ["build", "--flow", "connect", "--org", "ElectricSpaceships", "--region", "CAISO", "--variant", "COMMERCIAL",
       "--ref-id", "123", "--param", "state=abcdef123", "--param", "test_parameter=value"], 0, CONNECT_SEED + "\n", "")
check("a commercial customer's Leap Connect link gets variant COMMERCIAL",
      ["build", "--flow", "connect", "--org", "ElectricSpaceships", "--region", "caiso", "--customer", "commercial",
       "--ref-id", "123", "--param", "state=abcdef123", "--param", "test_parameter=value"], 0, CONNECT_SEED + "\n", "")
check("a program", ["build", "--flow", "connect", "--org", "Acme", "--region", "WECC_PC", "--program", "pse-rpo"], 0,
      "https://connect.leap.energy?transmissionRegion=WECC_PC&program=PSE-RPO&account=Acme\n", "")
check("an agreements-only variant outside PJM is refused",
      ["build", "--flow", "connect", "--org", "Acme", "--region", "CAISO", "--variant", "residential_agreements_only"],
      1, "", "leap-direct-url: variant: is not offered in this transmission region (see leap::is_variant_available)\n")
check("a variant and a program together are refused",
      ["build", "--flow", "connect", "--org", "Acme", "--region", "PJM", "--variant", "COMMERCIAL", "--program",
       "SRP-RPO"], 1, "",
      "leap-direct-url: variant: cannot go with a program: a Leap Connect link names at most one of the two\n")
check("an unknown region", ["build", "--flow", "connect", "--org", "Acme", "--region", "MISO"], 1, "",
      "leap-direct-url: transmission region: is not CAISO, NYISO, PJM, ERCOT, WECC_PC or WECC_SW\n")
check("Leap Connect has no staging host", ["build", "--flow", "connect", "--org", "Acme", "--region", "PJM", "--staging"],
      1, "", "leap-direct-url: staging: Leap Connect has no staging host (production only)\n")
check("--flow auto chooses the Direct URL for a CAISO residential customer with a known utility, and says why",
      ["build", "--flow", "auto", "--org", "Acme", "--region", "CAISO", "--utility", "pge", "--ref-id", "u-1"], 0,
      "https://www.addleap.com/Acme/pge/getting-started?refId=u-1\n",
      "leap-direct-url: chose the Direct to Utility URL: a California (CAISO) residential customer whose utility "
      "is known\n")
check("--flow auto chooses Leap Connect with COMMERCIAL for a commercial customer, and says why",
      ["build", "--flow", "auto", "--org", "Acme", "--region", "CAISO", "--utility", "pge", "--customer", "commercial",
       "--ref-id", "u-1"], 0,
      "https://connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL&account=Acme&refId=u-1\n",
      "leap-direct-url: chose Leap Connect: California commercial customers must sign a Prohibited Resources "
      "Attestation, which only the Leap Connect flow offers: send them to Leap Connect instead of a Direct to "
      "Utility URL\n")
check("--flow auto chooses Leap Connect outside California",
      ["build", "--flow", "auto", "--org", "Acme", "--region", "NYISO", "--ref-id", "u-1"], 0,
      "https://connect.leap.energy?transmissionRegion=NYISO&account=Acme&refId=u-1\n",
      "leap-direct-url: chose Leap Connect: the customer is outside California (CAISO): Direct to Utility URLs "
      "open California utilities only\n")
check("--flow auto chooses Leap Connect when the utility is not known",
      ["build", "--flow", "auto", "--org", "Acme", "--region", "CAISO", "--ref-id", "u-1"], 0,
      "https://connect.leap.energy?transmissionRegion=CAISO&account=Acme&refId=u-1\n",
      "leap-direct-url: chose Leap Connect: the customer's utility is not known in advance: Leap Connect lets the "
      "customer pick it\n")

# ---- build: usage errors, each naming the bad value ------------------------------------------
check("a missing --org", ["build", "--utility", "sce"], 2, "", usage("build needs --org NAME"))
check("a missing --utility", ["build", "--org", "Acme"], 2, "", usage("build needs --utility ID"))
check("Leap Connect needs --region", ["build", "--flow", "connect", "--org", "Acme"], 2, "",
      usage("build --flow connect needs --region R"))
check("--utility with --flow connect", ["build", "--flow", "connect", "--org", "A", "--region", "PJM", "--utility", "sce"],
      2, "", usage("--utility is for Direct to Utility URLs: Leap Connect lets the customer choose"))
check("--variant with a Direct URL", ["build", "--org", "A", "--utility", "sce", "--variant", "COMMERCIAL"], 2, "",
      usage("--variant and --program are for Leap Connect (--flow connect or auto)"))
check("an option without its value", ["build", "--org", "Acme", "--utility"], 2, "",
      usage("option --utility needs a value"))
check("an unknown option", ["build", "--org", "Acme", "--utility", "sce", "--frob"], 2, "", usage("unknown option --frob"))
check("a --param without '='", ["build", "--org", "Acme", "--utility", "sce", "--param", "novalue"], 2, "",
      usage("--param needs KEY=VALUE, got 'novalue'"))
check("a bad --customer", ["build", "--org", "Acme", "--utility", "sce", "--customer", "industrial"], 2, "",
      usage("--customer is residential or commercial, got 'industrial'"))
check("a bad --flow", ["build", "--flow", "sideways", "--org", "Acme"], 2, "",
      usage("--flow is direct, connect or auto, got 'sideways'"))
check("an option given twice", ["build", "--org", "A", "--org", "B", "--utility", "sce"], 2, "",
      usage("option --org given twice"))
check("a flag given a value", ["build", "--org", "A", "--utility", "sce", "--staging=yes"], 2, "",
      usage("option --staging takes no value"))

# ---- the tool's edges: a value is a value, -- ends the options --------------------------------
check("regression: --ref-id -h sets the refId to -h instead of printing the help",
      ["build", "--org", "Acme", "--utility", "sce", "--ref-id", "-h"], 0,
      "https://www.addleap.com/Acme/sce/getting-started?refId=-h\n",
      "leap-direct-url: warning: refId is not searchable in " + UNSEARCHABLE + "; the URL still works\n")
check("--ref-id --help is a refId too", ["build", "--org", "Acme", "--utility", "sce", "--ref-id", "--help"], 0,
      "https://www.addleap.com/Acme/sce/getting-started?refId--help\n".replace("refId--", "refId=--"), None)
check("--org -h is an org name (a valid one)", ["build", "--org", "-h", "--utility", "sce"], 0,
      "https://www.addleap.com/-h/sce/getting-started\n", "")
check("--org --help is an org name, so --utility is still missing", ["build", "--org", "--help"], 2, "",
      usage("build needs --utility ID"))
check("-- ends the options", ["build", "--org", "Acme", "--utility", "sce", "--", "--staging"], 2, "",
      usage("unexpected argument '--staging'"))

# ---- parse -------------------------------------------------------------------------------
check("parse prints a Direct URL's fields, its kind first",
      ["parse", "https://addleap.com/Acme/sce/getting-started?refId=a+b&additional_redirect_params=k%3Dv%2520w%26e%3D"], 0,
      "kind: direct\norg_name: Acme\nutility: sce\nenvironment: production\nref_id: a b\nparam: k=v w\nparam: e=\n"
      "url: https://www.addleap.com/Acme/sce/getting-started?refId=a%20b&additional_redirect_params=k%3Dv%2520w%26e%3D\n", "")
check("parse --json names the kind",
      ["parse", "--json", "https://staging.addleap.com/Acme/sdge/getting-started?additional_redirect_params=q%3D%2522%255C"],
      0, '{"kind":"direct","org_name":"Acme","utility":"sdge","environment":"staging","ref_id":null,'
      '"redirect_params":[{"key":"q","value":"\\"\\\\"}],'
      '"url":"https://staging.addleap.com/Acme/sdge/getting-started?additional_redirect_params=q%3D%2522%255C"}\n', "")
check("parse reads a Leap Connect link", ["parse", CONNECT_SEED.replace("refId=123&", "ref-id=123&")], 0,
      "kind: connect\naccount: ElectricSpaceships\nregion: CAISO\nvariant: COMMERCIAL\nref_id: 123\n"
      "param: state=abcdef123\nparam: test_parameter=value\nurl: " + CONNECT_SEED + "\n", "")
check("parse --json reads a Leap Connect link",
      ["parse", "--json", "https://connect.leap.energy/?account=Acme&program=SRP-RPO&transmissionRegion=WECC_SW"], 0,
      '{"kind":"connect","account":"Acme","region":"WECC_SW","variant":null,"program":"SRP-RPO","ref_id":null,'
      '"redirect_params":[],"url":"https://connect.leap.energy?transmissionRegion=WECC_SW&program=SRP-RPO&account=Acme"}\n',
      "")
check("parse refuses another host, naming Leap's", ["parse", "https://evil.example/Acme/sce/getting-started"], 1, "",
      "leap-direct-url: url: byte 8 has a host other than " + ALL_HOSTS + "\n")
check("parse - reads one link per line, reports bad lines by number and goes on", ["parse", "-"], 1,
      "kind: direct\norg_name: A\nutility: sce\nenvironment: production\n"
      "url: https://www.addleap.com/A/sce/getting-started\n\n"
      "kind: connect\naccount: B\nregion: PJM\nurl: https://connect.leap.energy?transmissionRegion=PJM&account=B\n",
      "leap-direct-url: line 2: url: does not start with https://\n",
      stdin=b"https://www.addleap.com/A/sce/getting-started\r\nnot a link\n\n"
            b"https://connect.leap.energy?transmissionRegion=PJM&account=B\n")
check("parse --json - writes one object per line", ["parse", "--json", "-"], 0,
      '{"kind":"direct","org_name":"A","utility":"sce","environment":"production","ref_id":null,"redirect_params":[],'
      '"url":"https://www.addleap.com/A/sce/getting-started"}\n'
      '{"kind":"direct","org_name":"B","utility":"pge","environment":"production","ref_id":null,"redirect_params":[],'
      '"url":"https://www.addleap.com/B/pge/getting-started"}\n', "",
      stdin=b"https://www.addleap.com/A/sce/getting-started\nhttps://www.addleap.com/B/pge/getting-started\n")
check("parse needs exactly one input", ["parse"], 2, "", usage("parse takes one input, or - for stdin"))

# ---- redirect ----------------------------------------------------------------------------
check("redirect reads a full URL",
      ["redirect", "https://partner.example/done?refId=42&additional_redirect_params=state%3Dabc&x=1"], 0,
      "ref_id: 42\nparam: state=abc\nparam: x=1\n", "")
check("redirect text output escapes controls and backslashes", ["redirect", "a=%0A%5C%7F"], 0,
      "param: a=\\x0A\\\\\\x7F\n", "")
check("redirect --json escapes every control byte", ["redirect", "--json", "?refId=%01&a=%0D%0A%09%22%5C%7F%C3%A9"], 0,
      '{"ref_id":"\\u0001","params":[{"key":"a","value":"\\r\\n\\t\\"\\\\\\u007f\xc3\xa9"}]}\n'.encode("latin-1"), "")
check("redirect refuses two refIds", ["redirect", "refId=1&ref-id=2"], 1, "",
      "leap-direct-url: final redirect: byte 8 holds a second refId; which customer came back is unknown\n")
check("redirect refuses an empty refId", ["redirect", "https://partner.example/done?refId="], 1, "",
      "leap-direct-url: refId: is empty (leave it unset to send no refId)\n")
check("redirect refuses a refId spelled in another case", ["redirect", "RefId=evil&refId=good"], 1, "",
      "leap-direct-url: final redirect: byte 0 is a parameter named like refId, ref-id or additional_redirect_params, "
      "but not as Leap spells it\n")
check("redirect refuses a bad escape", ["redirect", "?a=%zz"], 1, "",
      "leap-direct-url: final redirect: byte 3 is a '%' not followed by two hex digits\n")
check("redirect - reads one per line", ["redirect", "-"], 0, "ref_id: 1\n\nref_id: 2\nparam: a=b\n", "",
      stdin=b"refId=1\n/done?refId=2&a=b\n")

# ---- help, version, usage ------------------------------------------------------------------
for args, first in ((["--help"], USAGE_FIRST), (["-h"], USAGE_FIRST), (["build", "--help"], USAGE_FIRST),
                    (["build", "--org", "x", "-h"], USAGE_FIRST), (["batch", "--help"], "usage: leap-direct-url batch"),
                    (["parse", "--help"], "usage: leap-direct-url parse"),
                    (["redirect", "--help"], "usage: leap-direct-url redirect")):
    code, out, err = run(args)
    record(" ".join(args), [] if code == 0 and out.startswith(first.encode()) and b"Exit status: 0 success" in out
           or (args in (["--help"], ["-h"]) and code == 0 and out.startswith(first.encode())) and err == "" else
           ["exit %d, stdout %r, stderr %r" % (code, out[:80], err)])
code, out, _ = run(["batch", "--help"])
record("batch --help is batch's own help, saying what --unique-ref-ids costs",
       [] if b"--unique-ref-ids" in out and b"bytes per row" in out and b"--flow direct" not in out else [repr(out)])
check("--version", ["--version"], 0, "leap-direct-url 0.2.0\n", "")
check("no command", [], 2, "", usage("no command"))
check("an unknown command", ["frob"], 2, "", usage("unknown command 'frob'"))

# ---- batch ---------------------------------------------------------------------------------
with open(os.path.join(HERE, "batch_hazards.csv"), "rb") as f:
    hazards = f.read()
with open(os.path.join(HERE, "batch_hazards.expected.csv"), "rb") as f:
    hazards_expected = f.read()
HAZARDS_ERR = ("leap-direct-url: note: columns passed through, not used to build links: note (custom params are "
               "param.KEY)\nleap-direct-url: 4 of 9 rows failed (see the error column)\n")
check("batch: every CSV hazard, every row accounted for, in order", ["batch", "--org", "Default"], 1, hazards_expected,
      HAZARDS_ERR, stdin=hazards)
check("batch --input - reads stdin", ["batch", "--org", "Default", "--input", "-"], 1, hazards_expected, HAZARDS_ERR,
      stdin=hazards)
with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(HERE, "batch_hazards.csv")
    target = os.path.join(tmp, "out.csv")
    check("batch --input/--output files", ["batch", "--org", "Default", "--input", source, "--output", target], 1, "",
          HAZARDS_ERR)
    with open(target, "rb") as f:
        record("batch --output wrote the file", [] if f.read() == hazards_expected else ["different bytes"])
NO_REF = ("leap-direct-url: warning: the header has no refId column (ref_id, refId or ref-id): Leap cannot trace a "
          "link without a unique refId to your records\n")
check("batch: all rows good is exit 0, and a missing refId column is warned once",
      ["batch"], 0, "org_name,utility,url,error\r\nAcme,sce,https://www.addleap.com/Acme/sce/getting-started,\r\n"
      "Acme,pge,https://www.addleap.com/Acme/pge/getting-started,\r\n", NO_REF,
      stdin=b"org_name,utility\nAcme,sce\nAcme,pge\n")
check("batch --staging", ["batch", "--staging", "--org", "Acme"], 0,
      "utility,url,error\r\nstaging-test-utility-caiso,https://staging.addleap.com/Acme/staging-test-utility-caiso/"
      "getting-started,\r\n", NO_REF, stdin=b"utility\nstaging-test-utility-caiso\n")
for header in ("refId", "ref-id", "REFID", "Ref_Id", "ref_id"):
    check("regression: batch reads a refId column headed %s, instead of dropping every refId" % header,
          ["batch", "--org", "X"], 0,
          "utility,%s,url,error\r\nsce,cust-1,https://www.addleap.com/X/sce/getting-started?refId=cust-1,\r\n" % header,
          "", stdin=("utility,%s\nsce,cust-1\n" % header).encode())
check("regression: batch lists the columns it passes through, so state and param_state are seen",
      ["batch", "--org", "X"], 0,
      "utility,refId,state,param_state,url,error\r\n"
      "sce,cust-1,abc,d,https://www.addleap.com/X/sce/getting-started?refId=cust-1,\r\n",
      "leap-direct-url: note: columns passed through, not used to build links: state and param_state (custom params "
      "are param.KEY)\n", stdin=b"utility,refId,state,param_state\nsce,cust-1,abc,d\n")
check("batch: two refId columns are refused", ["batch", "--org", "X"], 1, "",
      "leap-direct-url: the header names the ref_id column twice (refId, ref_id)\n", stdin=b"utility,refId,ref_id\n")
check("batch --unique-ref-ids makes a repeated refId a row error", ["batch", "--org", "X", "--unique-ref-ids"], 1,
      "utility,ref_id,url,error\r\nsce,a-1,https://www.addleap.com/X/sce/getting-started?refId=a-1,\r\n"
      "pge,b-2,https://www.addleap.com/X/pge/getting-started?refId=b-2,\r\nsdge,a-1,,refId: repeats the refId of line 2\r\n",
      "leap-direct-url: 1 of 3 rows failed (see the error column)\n", stdin=b"utility,ref_id\nsce,a-1\npge,b-2\nsdge,a-1\n")
check("batch without --unique-ref-ids builds repeated refIds", ["batch", "--org", "X"], 0, None, "",
      stdin=b"utility,ref_id\nsce,a-1\nsdge,a-1\n")
rows = b"".join(b"sce,r/%d\n" % i for i in range(7))
check("batch counts the unsearchable refIds and names the first lines", ["batch", "--org", "X"], 0, None,
      "leap-direct-url: warning: 7 refIds are not searchable in " + UNSEARCHABLE + "; the links still work: lines 2, "
      "3, 4, 5, 6 and 2 more\n", stdin=b"utility,ref_id\n" + rows)
check("batch names one unsearchable refId's line", ["batch", "--org", "X"], 0, None,
      "leap-direct-url: warning: 1 refId is not searchable in " + UNSEARCHABLE + "; the links still work: line 3\n",
      stdin=b"utility,ref_id\nsce,fine-1\nsce,a?b\n")
check("batch: a bad --org is one usage error, not an error on every row", ["batch", "--org", "Bad Org"], 2, "",
      usage("--org: org name: byte 3 is not one of A-Z a-z 0-9 - . _ (0x20)"),
      stdin=b"utility,ref_id\nsce,1\npge,2\n")
check("batch builds each row's flow, Leap Connect and auto included", ["batch", "--org", "Acme"], 1,
      "flow,region,customer,utility,variant,ref_id,url,error\r\n"
      ",,,sce,,ref-1,https://www.addleap.com/Acme/sce/getting-started?refId=ref-1,\r\n"
      "connect,PJM,,,RESIDENTIAL_AGREEMENTS_ONLY,ref-2,https://connect.leap.energy?transmissionRegion=PJM"
      "&variant=RESIDENTIAL_AGREEMENTS_ONLY&account=Acme&refId=ref-2,\r\n"
      "auto,CAISO,residential,sce,,ref-3,https://www.addleap.com/Acme/sce/getting-started?refId=ref-3,\r\n"
      "auto,CAISO,commercial,sce,,ref-4,https://connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL"
      "&account=Acme&refId=ref-4,\r\n"
      "connect,,,,,ref-5,,transmission region: is missing (a Leap Connect link needs one)\r\n"
      "sideways,,,,,ref-6,,\"flow: is not direct, connect or auto\"\r\n",
      "leap-direct-url: 2 of 6 rows failed (see the error column)\n",
      stdin=b"flow,region,customer,utility,variant,ref_id\n,,,sce,,ref-1\nconnect,PJM,,,RESIDENTIAL_AGREEMENTS_ONLY,ref-2\n"
            b"auto,CAISO,residential,sce,,ref-3\nauto,CAISO,commercial,sce,,ref-4\nconnect,,,,,ref-5\nsideways,,,,,ref-6\n")
check("batch --flow connect sets the default flow", ["batch", "--org", "Acme", "--flow", "connect"], 0,
      "region,refId,url,error\r\nNYISO,ref-1,https://connect.leap.energy?transmissionRegion=NYISO&account=Acme&refId=ref-1,\r\n",
      "", stdin=b"region,refId\nNYISO,ref-1\n")
# Rows of one org and utility reuse one link (cleared between rows); each row's URL must
# still be exactly what `build` makes of that row alone, after params, failures, another org,
# another utility and the staging host.
REUSE_ROWS = [("Acme", "sce", "r-1", "a b", "1"), ("Acme", "sce", "r-2", "", ""), ("Acme", "sce", "bad\x01", "x", "y"),
              ("Acme", "sce", "", "", "z"), ("Bee", "sce", "r-5", "", ""), ("Acme", "pge", "r-6", "k", ""),
              ("Acme", "sce", "", "", ""), ("Bad Org", "sce", "r-8", "", ""), ("Acme", "sce", "r-9", "v", "w")]
problems = []
source = "org_name,utility,ref_id,param.state,param.next\n" + "".join(",".join(row) + "\n" for row in REUSE_ROWS)
for staging in ([], ["--staging"]):
    _, batch_out, _ = run(["batch"] + staging, source.encode())
    lines = batch_out.decode().split("\r\n")[1:-1]
    if len(lines) != len(REUSE_ROWS):
        problems.append("%d rows out, expected %d" % (len(lines), len(REUSE_ROWS)))
        continue
    for row, line in zip(REUSE_ROWS, lines):
        org, utility, ref, state, nxt = row
        args = ["build", "--org", org, "--utility", utility] + staging
        args += ["--ref-id", ref] if ref else []
        args += ["--param", "state=" + state] if state else []
        args += ["--param", "next=" + nxt] if nxt else []
        code, url, _ = run(args)
        cells = line.split(",")
        want = url.decode().strip() if code == 0 else ""
        if cells[5] != want or (code == 0) != (cells[6] == ""):
            problems.append("row %r: batch %r, build %r (exit %d)" % (row, cells[5:], want, code))
record("batch: each row's URL is what build makes of the row alone, rows reusing one link included", problems)

# Over 64 KiB of rows, so records cross the reader's buffer: fields that need quotes (a comma,
# a quote, CR, LF) among ones that do not, each written back as Python's csv module writes it
# (minimal quoting, CRLF), whichever buffer the record was read from.
NOTES = ["plain", "has,comma", 'has "quotes"', "two\nlines", "cr\rhere", "x" * 97, 'tail"', ""]
URL = "https://www.addleap.com/Acme/sce/getting-started"
source, expected = io.StringIO(), io.StringIO()
reader_side, writer_side = csv.writer(source, lineterminator="\r\n"), csv.writer(expected, lineterminator="\r\n")
reader_side.writerow(["note", "utility"])
writer_side.writerow(["note", "utility", "url", "error"])
for n in range(3000):
    note = NOTES[n % len(NOTES)] + ("" if n % 3 else str(n))
    reader_side.writerow([note, "sce"])
    writer_side.writerow([note, "sce", URL, ""])
# Records longer than the reader's first buffer (it grows to the longest), between short ones;
# the last is longer than one of the writer's buffers too, so it is written straight through.
for long_note in ('a,"b"\r\n' * 25000, "y" * 150000, "z" * 1200000):
    reader_side.writerow([long_note, "sce"])
    writer_side.writerow([long_note, "sce", URL, ""])
    reader_side.writerow(["after", "sce"])
    writer_side.writerow(["after", "sce", URL, ""])
code, out, _ = run(["batch", "--org", "Acme"], source.getvalue().encode())
record("batch: 3,000 rows over 64 KiB and records of 150 KB to 1.2 MB, quoted and plain, come back as Python's csv "
       "writes them",
       [] if code == 0 and out == expected.getvalue().encode() else ["exit %d, output differs" % code])

check("batch: an unterminated quote is reported with its line", ["batch"], 1,
      "org_name,utility,ref_id,url,error\r\nAcme,sce,id-1,https://www.addleap.com/Acme/sce/getting-started?refId=id-1,\r\n",
      "leap-direct-url: line 3: malformed CSV: unterminated quoted field\n",
      stdin=b'org_name,utility,ref_id\nAcme,sce,id-1\nAcme,sce,"2\n\n')
check("batch: a row with the wrong number of fields is reported with its line", ["batch"], 1,
      "org_name,utility,ref_id,url,error\r\nAcme,sce,id-1,https://www.addleap.com/Acme/sce/getting-started?refId=id-1,\r\n",
      "leap-direct-url: line 3: malformed CSV: 3 fields, the header has 3\n".replace("3 fields", "4 fields"),
      stdin=b'org_name,utility,ref_id\nAcme,sce,id-1\n"multi\nline",sce,1,extra\n')
check("batch: text after a closing quote", ["batch"], 1, "org_name,utility,ref_id,url,error\r\n",
      "leap-direct-url: line 2: malformed CSV: text after a closing quote\n", stdin=b'org_name,utility,ref_id\n"Acme"x,sce,1\n')
check("batch: no utility column for Direct URLs", ["batch", "--org", "Acme"], 1, "",
      "leap-direct-url: the header has no utility column (Direct to Utility URLs need one)\n", stdin=b"ref_id\n1\n")
check("batch: no org_name column and no --org", ["batch"], 1, "",
      "leap-direct-url: the header has no org_name column, and no --org was given\n", stdin=b"utility,ref_id\nsce,1\n")
check("regression: a first header cell that starts with a byte-order mark keeps it (quoted)",
      ["batch", "--org", "Acme"], 0,
      b'"\xef\xbb\xbfnote",utility,ref_id,url,error\r\nx,sce,id-1,https://www.addleap.com/Acme/sce/getting-started?refId=id-1,\r\n',
      "leap-direct-url: note: columns passed through, not used to build links: \xef\xbb\xbfnote (custom params are "
      "param.KEY)\n".encode("latin-1").decode("utf-8"), stdin=b'\xef\xbb\xbf"\xef\xbb\xbfnote",utility,ref_id\nx,sce,id-1\n')
check("batch: empty input", ["batch"], 1, "", "leap-direct-url: no header row\n", stdin=b"")
check("batch: a missing input file", ["batch", "--input", "/nonexistent/in.csv"], 1, "",
      "leap-direct-url: cannot read /nonexistent/in.csv: No such file or directory\n")

print("%d passed, %d failed" % (passed, failed))
sys.exit(0 if failed == 0 and passed > 0 else 1)
