#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""End-to-end test of examples/redirect_handler behind a real web server: lighttpd with
mod_cgi and mod_auth (basic authentication sets REMOTE_USER), started by this test on
127.0.0.1 and stopped at the end. Statuses are read from the server's status line; headers
and bodies are checked as a browser would get them.

usage: cgi_test.py REDIRECT_HANDLER
"""
import base64
import http.client
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import harness  # noqa: E402
from harness import expect  # noqa: E402

USERS = {"alice": "secret-a", "bob": "secret-b"}


class Server:
    def __init__(self, root, handler):
        self.root = root
        self.port = harness.free_port()
        os.mkdir(os.path.join(root, "cgi-bin"))
        shutil.copy(handler, os.path.join(root, "cgi-bin", "redirect_handler"))
        with open(os.path.join(root, "users"), "w") as f:
            f.writelines("%s:%s\n" % pair for pair in USERS.items())
        conf = os.path.join(root, "lighttpd.conf")
        with open(conf, "w") as f:
            f.write("""
server.document-root = "%(root)s"
server.bind = "127.0.0.1"
server.port = %(port)d
server.modules = ("mod_auth", "mod_authn_file", "mod_cgi")
server.errorlog = "%(root)s/error.log"
server.max-request-field-size = 32768
auth.backend = "plain"
auth.backend.plain.userfile = "%(root)s/users"
auth.require = ("/cgi-bin/" => ("method" => "basic", "realm" => "partner", "require" => "valid-user"))
$HTTP["url"] =~ "^/cgi-bin/" { cgi.assign = ("" => "") }
""" % {"root": root, "port": self.port})
        lighttpd = shutil.which("lighttpd") or "/usr/sbin/lighttpd"
        self.process = subprocess.Popen([lighttpd, "-D", "-f", conf], stdout=subprocess.DEVNULL)
        harness.wait_for_port(self.port, self.process, "lighttpd")

    def get(self, path, user=None, cookie=None):
        """Returns (status, reason, headers as a list of pairs, body) from the server."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        headers = {}
        if user:
            token = base64.b64encode(("%s:%s" % (user, USERS[user])).encode()).decode()
            headers["Authorization"] = "Basic " + token
        if cookie:
            headers["Cookie"] = cookie
        connection.request("GET", "/cgi-bin/redirect_handler" + path, headers=headers)
        response = connection.getresponse()
        body = response.read().decode("utf-8")
        result = response.status, response.reason, response.getheaders(), body
        connection.close()
        return result

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


def header(headers, name):
    values = [v for k, v in headers if k.lower() == name.lower()]
    return values[0] if len(values) == 1 else None


def start_flow(server, user, query):
    """/connect for `user`: returns (status, Location, state cookie value)."""
    status, _, headers, _ = server.get("/connect?" + query, user=user)
    location = header(headers, "Location")
    set_cookie = header(headers, "Set-Cookie") or ""
    state = set_cookie.split(";")[0].split("=", 1)[1] if set_cookie.startswith("leap_state=") else None
    return status, location, state, set_cookie


def inner_params(location):
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
    return query, dict(urllib.parse.parse_qsl(query.get("additional_redirect_params", "")))


def check_refused(name, response):
    status, reason, headers, body = response
    expect(name + ": 400 from the server", (status, reason) == (400, "Bad Request"), (status, reason))
    expect(name + ": not connected", "connected</p>" not in body and "Thank you" not in body, body)
    expect(name + ": no markup from the request", "<script" not in body and "evil" not in body, body)


def main():
    handler = sys.argv[1]
    with tempfile.TemporaryDirectory() as root:
        os.chmod(root, 0o755)
        server = Server(root, handler)
        try:
            run(server)
        finally:
            server.stop()
    return harness.summary()


def run(server):
    # ---- the server authenticates; the handler only serves signed-in users --------------
    status, _, headers, _ = server.get("/done?refId=alice")
    expect("without credentials the server answers 401", status == 401, status)

    # ---- making the link --------------------------------------------------------------
    status, location, state, set_cookie = start_flow(server, "alice",
                                                     "region=CAISO&customer=residential&utility=sce&campaign=spring")
    expect("/connect answers 302", status == 302, status)
    expect("a CAISO residential customer of SCE gets the Direct URL",
           location.startswith("https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=alice&"), location)
    outer, inner = inner_params(location)
    expect("the link carries the user as refId", outer.get("refId") == "alice", outer)
    expect("the link's state is the cookie's", state and inner.get("state") == state and len(state) == 32, (inner, state))
    expect("the link carries the campaign", inner.get("campaign") == "spring", inner)
    expect("the state cookie is HttpOnly, Secure and SameSite=Lax",
           all(flag in set_cookie for flag in ("HttpOnly", "Secure", "SameSite=Lax", "Path=/")), set_cookie)
    _, _, second_state, _ = start_flow(server, "alice", "region=CAISO&customer=residential&utility=sce")
    expect("each link gets a fresh state", second_state and second_state != state, (state, second_state))

    status, location, _, _ = start_flow(server, "alice", "region=CAISO&customer=commercial&utility=sce")
    expect("a commercial customer gets Leap Connect with variant=COMMERCIAL",
           status == 302 and location.startswith(
               "https://connect.leap.energy?transmissionRegion=CAISO&variant=COMMERCIAL&account=ElectricSpaceships"
               "&refId=alice&"), location)
    status, location, _, _ = start_flow(server, "bob", "region=NYISO&customer=residential")
    expect("a NYISO customer gets Leap Connect without a variant",
           status == 302 and location.startswith(
               "https://connect.leap.energy?transmissionRegion=NYISO&account=ElectricSpaceships&refId=bob&"), location)
    status, _, _, _ = server.get("/connect?region=MARS&customer=residential", user="alice")
    expect("an unknown region is 400", status == 400, status)

    # ---- the final redirect: bound to the signed-in user and this browser's state ---------
    _, _, state, _ = start_flow(server, "alice", "region=CAISO&customer=residential&utility=sce")
    good = "/done?refId=alice&state=%s&campaign=spring+sale" % state
    status, reason, headers, body = server.get(good, user="alice", cookie="other=1; leap_state=" + state)
    expect("the right user with the right state is 200", (status, reason) == (200, "OK"), (status, reason, body))
    expect("it says connected and names the user", "Thank you, alice: your utility account is now connected." in body,
           body)
    expect("it shows the allow-listed campaign", "<p>campaign: spring sale</p>" in body, body)
    expect("it does not show the state", state not in body, body)
    expect("the state cookie is cleared (used once)", (header(headers, "Set-Cookie") or "").startswith("leap_state=;")
           and "Max-Age=0" in header(headers, "Set-Cookie"), headers)
    for name, value in (("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store"),
                        ("X-Content-Type-Options", "nosniff"), ("Content-Security-Policy", "default-src 'none'")):
        expect("header " + name, header(headers, name) == value, headers)

    check_refused("a replayed redirect (the cookie is gone)", server.get(good, user="alice"))
    _, _, state, _ = start_flow(server, "alice", "region=CAISO&customer=residential&utility=sce")
    check_refused("a tampered state", server.get("/done?refId=alice&state=%s" % ("0" * 32), user="alice",
                                                 cookie="leap_state=" + state))
    check_refused("no state", server.get("/done?refId=alice", user="alice", cookie="leap_state=" + state))
    check_refused("two states", server.get("/done?refId=alice&state=%s&state=%s" % (state, state), user="alice",
                                           cookie="leap_state=" + state))
    check_refused("an empty state against no cookie", server.get("/done?refId=alice&state=", user="alice"))
    check_refused("another user's refId", server.get("/done?refId=bob&state=%s" % state, user="alice",
                                                     cookie="leap_state=" + state))
    _, _, bob_state, _ = start_flow(server, "bob", "region=NYISO&customer=residential")
    check_refused("alice's redirect opened in bob's session",
                  server.get("/done?refId=alice&state=%s" % state, user="bob", cookie="leap_state=" + bob_state))

    # ---- what Leap never sends ------------------------------------------------------------
    for query in ["", "state=" + state, "refId=&state=" + state, "refId&state=" + state,
                  "refId=" + "x" * 300 + "&state=" + state, "RefId=evil&refId=alice&state=" + state,
                  "/x?refId=alice&state=" + state, "https://evil.example/?refId=alice&state=" + state,
                  "refId=alice&refId=alice&state=" + state, "refId=%zz%3Cscript%3E&state=" + state,
                  "refId=alice&a=%FF&state=" + state, "refId=alice&additional_redirect_params=k%3D%25&state=" + state]:
        check_refused("the query %r" % query[:60], server.get("/done?" + query, user="alice", cookie="leap_state=" + state))

    # ---- hostile values in a shown param are escaped --------------------------------------
    hostile = [("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "&lt;script&gt;alert(1)&lt;/script&gt;"),
               ("%22%27%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E", "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;"),
               ("x%C2%85y%C2%9Fz", "x&#xFFFD;y&#xFFFD;z"),
               ("evil%E2%80%AEtxt.exe%E2%80%AA%E2%81%A6%E2%81%A9", "evil&#xFFFD;txt.exe&#xFFFD;&#xFFFD;&#xFFFD;"),
               ("caf%C3%A9+%E2%80%94+ok", "café — ok")]
    for raw, shown in hostile:
        _, _, state, _ = start_flow(server, "alice", "region=CAISO&customer=residential&utility=sce")
        status, _, _, body = server.get("/done?refId=alice&state=%s&campaign=%s&%%3Cb%%3E=1" % (state, raw),
                                        user="alice", cookie="leap_state=" + state)
        expect("hostile %r: 200" % raw, status == 200, status)
        expect("hostile %r: shown escaped" % raw, "<p>campaign: %s</p>" % shown in body, body)
        expect("hostile %r: no markup, no raw controls or overrides" % raw,
               "<script" not in body and "<img" not in body and "<b>" not in body and
               not any(c in body for c in "\x00\x1b\x7f\x85\x9f\u202e\u202a\u2066\u2069"), body)

    # lighttpd itself refuses C0 controls and DEL in a URL (url-ctrls-reject, on by default):
    # they never reach the handler through it. The handler escapes them anyway (below).
    for raw in ("a%00b", "a%0Ab", "a%1Bc", "a%7F"):
        _, _, state, _ = start_flow(server, "alice", "region=CAISO&customer=residential&utility=sce")
        status, _, _, body = server.get("/done?refId=alice&state=%s&campaign=%s" % (state, raw), user="alice",
                                        cookie="leap_state=" + state)
        expect("the server refuses the control in %r" % raw, status == 400 and "connected" not in body, status)
    handler = os.path.join(server.root, "cgi-bin", "redirect_handler")
    environment = dict(os.environ, REMOTE_USER="alice", PATH_INFO="/done", HTTP_COOKIE="leap_state=" + "f" * 32,
                       QUERY_STRING="refId=alice&state=%s&campaign=a%%00b%%0A%%1Bc%%7F" % ("f" * 32))
    output = subprocess.run([handler], env=environment, capture_output=True, timeout=20).stdout.decode("utf-8")
    expect("run directly, the handler escapes C0 controls and DEL",
           output.startswith("Status: 200 OK\r\n") and "<p>campaign: a&#xFFFD;b&#xFFFD;&#xFFFD;c&#xFFFD;</p>" in output,
           output)

    # ---- sizes ------------------------------------------------------------------------
    status, _, _, body = server.get("/done?a=" + "x" * 20000, user="alice")
    expect("a query longer than any link is 414", status == 414, status)
    expect("it is not echoed", "xxxx" not in body, body[:200])
    status, _, _, _ = server.get("/nowhere", user="alice")
    expect("an unknown route is 404", status == 404, status)


if __name__ == "__main__":
    sys.exit(main())
