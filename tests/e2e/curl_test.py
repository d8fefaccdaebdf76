#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""examples/partner_server driven by plain curl with a cookie jar, route by route, so that
anyone can check it without a browser. Statuses, headers and bodies are read from curl.

usage: curl_test.py PARTNER_SERVER
"""
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import harness  # noqa: E402
from harness import expect  # noqa: E402


class Curl:
    def __init__(self, base, jar):
        self.base, self.jar = base, jar

    def get(self, path, jar=True):
        """(status, headers dict with lower-case names, body) for GET base+path."""
        command = ["curl", "-s", "-D", "-", "-o", "-", self.base + path]
        if jar:
            command[1:1] = ["-b", self.jar, "-c", self.jar]
        out = subprocess.run(command, capture_output=True, check=True, timeout=30).stdout.decode()
        head, _, body = out.partition("\r\n\r\n")
        lines = head.split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(": ")
            headers[name.lower()] = value
        return int(lines[0].split()[1]), headers, body


def main():
    exe = sys.argv[1]
    curl = shutil.which("curl")
    expect("curl is installed", curl is not None)
    if curl is None:
        return 1
    port = harness.free_port()
    server = subprocess.Popen([exe, "--listen", "127.0.0.1:%d" % port, "--org", "ElectricSpaceships"],
                              stdout=subprocess.DEVNULL)
    tmp = tempfile.mkdtemp()
    try:
        harness.wait_for_port(port, server, "partner_server")
        run(Curl("http://127.0.0.1:%d" % port, os.path.join(tmp, "alice.jar")),
            Curl("http://127.0.0.1:%d" % port, os.path.join(tmp, "bob.jar")))
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)
    return harness.summary()


def link_fields(location):
    """refId and the custom params of a Leap link, as Leap restores them."""
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
    return query.get("refId"), urllib.parse.parse_qsl(query.get("additional_redirect_params", ""))


def run(alice, bob):
    status, _, _ = alice.get("/")
    expect("GET / without a session is 401", status == 401, status)
    status, _, _ = alice.get("/connect?region=CAISO&customer=residential")
    expect("GET /connect without a session is 401", status == 401, status)
    status, _, body = alice.get("/login?user=bad%20id")
    expect("a user id with a space is 400", status == 400, status)

    status, headers, _ = alice.get("/login?user=alice")
    cookie = headers.get("set-cookie", "")
    expect("GET /login is 303 to /", status == 303 and headers.get("location", "").endswith("/"), (status, headers))
    expect("the session cookie is HttpOnly and SameSite=Lax", cookie.startswith("session=") and "HttpOnly" in cookie
           and "SameSite=Lax" in cookie and len(cookie.split(";")[0]) == len("session=") + 32, cookie)
    bob.get("/login?user=bob")

    status, headers, body = alice.get("/")
    expect("GET / with the session is alice's form", status == 200 and 'id="user">alice<' in body and
           'action="/connect"' in body and 'name="utility"' in body and ">not known<" in body, body)
    for name, value in (("content-security-policy", "default-src 'none'; frame-ancestors 'none'"),
                        ("x-content-type-options", "nosniff"), ("cache-control", "no-store")):
        expect("the page has %s" % name, headers.get(name) == value, headers)

    status, headers, _ = alice.get("/connect?region=CAISO&customer=residential&utility=sce&campaign=spring+sale")
    location = headers.get("location", "")
    ref_id, params = link_fields(location)
    expect("a CAISO residential customer of SCE gets a 302 to the Direct URL",
           status == 302 and location.startswith("https://www.addleap.com/ElectricSpaceships/sce/getting-started?"),
           (status, location))
    expect("the link carries refId=alice, a state and the campaign", ref_id == "alice" and
           [k for k, _ in params] == ["state", "campaign"] and len(params[0][1]) == 32 and
           params[1][1] == "spring sale", (ref_id, params))
    state = params[0][1]

    status, headers, _ = alice.get("/connect?region=CAISO&customer=commercial&utility=sce")
    expect("a commercial customer gets Leap Connect with variant=COMMERCIAL",
           headers.get("location", "").startswith("https://connect.leap.energy?transmissionRegion=CAISO&variant="
                                                  "COMMERCIAL&account=ElectricSpaceships&refId=alice&"), headers)
    status, headers, _ = alice.get("/connect?region=NYISO&customer=residential")
    expect("a NYISO customer gets Leap Connect without a variant",
           headers.get("location", "").startswith("https://connect.leap.energy?transmissionRegion=NYISO&account="
                                                  "ElectricSpaceships&refId=alice&"), headers)
    for query in ("region=MARS&customer=residential", "region=CAISO&customer=industrial",
                  "region=CAISO&customer=residential&utility=coned"):
        status, _, _ = alice.get("/connect?" + query)
        expect("GET /connect?%s is 400" % query, status == 400, status)

    done = "/leap/done?refId=alice&state=%s&campaign=spring+sale" % state
    status, _, body = bob.get(done)
    expect("alice's redirect in bob's session is 400", status == 400 and "connected." not in body, body)
    status, _, body = alice.get(done.replace("refId=alice", "refId=bob"))
    expect("a redirect with another user's refId is 400", status == 400, status)
    status, _, body = alice.get(done.replace(state, "0" * 32))
    expect("a tampered state is 400", status == 400, status)
    status, _, body = alice.get(done, jar=False)
    expect("a redirect without a session is 400", status == 400, status)
    status, headers, body = alice.get(done)
    expect("the right session, refId and state are 200 and connected", status == 200 and
           'id="connected">Thank you, alice: your utility account is now connected.<' in body, (status, body))
    expect("the connected page has the security headers",
           headers.get("content-security-policy") == "default-src 'none'; frame-ancestors 'none'", headers)
    status, _, body = alice.get(done)
    expect("a replay is 400", status == 400 and "connected." not in body, (status, body))
    for query in ("refId=alice&state=%3Cscript%3E&state=x", "refId=%zz%3Cscript%3E", "RefId=evil&refId=alice",
                  "refId=&state=x", "/x?refId=alice&state=" + state):
        status, _, body = alice.get("/leap/done?" + query)
        expect("the hostile redirect %r is 400, echoing nothing" % query, status == 400 and "script" not in body
               and "evil" not in body and "alice" not in body, (status, body))


if __name__ == "__main__":
    sys.exit(main())
