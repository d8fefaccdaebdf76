#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A stand-in for Leap's onboarding hosts, for the browser test: an HTTPS server that
answers for www.addleap.com, staging.addleap.com and connect.leap.energy (Chromium is told
to resolve them here), checks every link it receives against Leap's rules with code of its
own (docs/rules.md; nothing from the library), and shows an "Authorize" button. On click it
redirects to the partner's final redirect URL with the refId and the custom params restored
as separate parameters, as Leap does.

A link that breaks a rule gets 400 and a page saying which rule: a regression in the
library shows up in the browser test too.

usage: fake_leap.py FINAL_REDIRECT_URL    (prints "port N" once it listens; the certificate
                                          and key are made with openssl into a temporary dir)
"""
import html
import http.server
import os
import re
import secrets
import ssl
import subprocess
import sys
import tempfile
import threading
import urllib.parse

KEEP = re.compile(rb"[A-Za-z0-9._*-]")
ORG = re.compile(r"[A-Za-z0-9._-]{1,100}")
RESERVED = {"refid", "ref-id", "additional_redirect_params"}
DIRECT_UTILITIES = {"www.addleap.com": {"pge", "sce", "sdge"},
                    "staging.addleap.com": {"pge", "sce", "sdge", "staging-test-utility-caiso",
                                            "staging-test-utility-nyiso"}}
REGIONS = {"CAISO", "NYISO", "PJM", "ERCOT", "WECC_PC", "WECC_SW"}
VARIANTS = {"RESIDENTIAL", "COMMERCIAL", "RESIDENTIAL_AGREEMENTS_ONLY", "COMMERCIAL_AGREEMENTS_ONLY"}
PROGRAMS = {"PSE-RPO", "SRP-RPO"}


class Broken(Exception):
    """A link that breaks a rule; the message says which."""


def enc(raw: bytes) -> bytes:
    """Leap's encoding, written here from the rule: keep A-Z a-z 0-9 - . _ *, else %XX."""
    return b"".join(bytes([b]) if KEEP.fullmatch(bytes([b])) else b"%%%02X" % b for b in raw)


def dec(text: str, what: str) -> bytes:
    """The bytes a canonically encoded value stands for; anything else is Broken."""
    raw = text.encode("ascii", "strict")
    value = urllib.parse.unquote_to_bytes(raw)
    if enc(value) != raw:
        raise Broken("%s is not encoded as Leap encodes: %r" % (what, text))
    return value


def text(value: bytes, what: str, allow_empty: bool) -> str:
    try:
        decoded = value.decode("utf-8", "strict")
    except UnicodeDecodeError:
        raise Broken("%s is not well-formed UTF-8" % what)
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in decoded):
        raise Broken("%s holds a control character" % what)
    if not decoded and not allow_empty:
        raise Broken("%s is empty" % what)
    return decoded


def org_name(name: str, what: str) -> str:
    if not ORG.fullmatch(name) or name in (".", ".."):
        raise Broken("%s %r is not 1-100 bytes of A-Z a-z 0-9 - . _" % (what, name))
    return name


def tail(pairs):
    """refId and additional_redirect_params, raw, in that order: (ref_id, [(key, value)])."""
    ref_id = None
    params = []
    names = [name for name, _ in pairs]
    if names not in ([], ["refId"], ["additional_redirect_params"], ["refId", "additional_redirect_params"]):
        raise Broken("the refId/params parameters are %r" % names)
    for name, raw in pairs:
        if name == "refId":
            value = dec(raw, "refId")
            if len(value) > 255:
                raise Broken("refId is over 255 bytes")
            ref_id = text(value, "refId", allow_empty=False)
        else:
            inner = dec(raw, "additional_redirect_params").decode("ascii", "strict")
            for part in inner.split("&"):
                key_raw, equals, value_raw = part.partition("=")
                if not equals:
                    raise Broken("a custom param has no '='")
                key = text(dec(key_raw, "a param key"), "a param key", allow_empty=False)
                value = text(dec(value_raw, "a param value"), "a param value", allow_empty=True)
                if key.lower() in RESERVED:
                    raise Broken("the param key %r is reserved" % key)
                if key in (k for k, _ in params):
                    raise Broken("the param key %r repeats" % key)
                params.append((key, value))
    return ref_id, params


def raw_pairs(query: str):
    if not query:
        return []
    pairs = []
    for part in query.split("&"):
        name, equals, value = part.partition("=")
        if not equals:
            raise Broken("a query parameter has no '='")
        pairs.append((name, value))
    return pairs


def check(host: str, target: str):
    """The link the browser asked for, as Leap would read it; raises Broken."""
    if len("https://" + host + target) > 8000 + 1:  # the browser adds a '/' before a Connect link's '?'
        raise Broken("the link is over 8,000 bytes")
    path, _, query = target.partition("?")
    pairs = raw_pairs(query)
    if host == "connect.leap.energy":
        if path != "/":
            raise Broken("a Leap Connect link has no path")
        names = [n for n, _ in pairs]
        head = [n for n in names if n not in ("refId", "additional_redirect_params")]
        allowed_heads = (["transmissionRegion", "account"], ["transmissionRegion", "variant", "account"],
                         ["transmissionRegion", "program", "account"])
        if head not in [list(h) for h in allowed_heads] or names[:len(head)] != head:
            raise Broken("the Leap Connect parameters are %r" % names)
        values = dict(pairs[:len(head)])
        region = values["transmissionRegion"]
        if region not in REGIONS:
            raise Broken("transmissionRegion %r is not one of Leap's" % region)
        variant = values.get("variant")
        if variant is not None and variant not in VARIANTS:
            raise Broken("variant %r is not one of Leap's" % variant)
        if variant and variant.endswith("_AGREEMENTS_ONLY") and region != "PJM":
            raise Broken("variant %s is PJM-only" % variant)
        program = values.get("program")
        if program is not None and program not in PROGRAMS:
            raise Broken("program %r is not one of Leap's" % program)
        account = org_name(values["account"], "account")
        ref_id, params = tail(pairs[len(head):])
        return {"kind": "Leap Connect", "account": account, "transmissionRegion": region, "variant": variant,
                "program": program, "refId": ref_id, "params": params}
    segments = path.split("/")
    if len(segments) != 4 or segments[0] or segments[3] != "getting-started":
        raise Broken("the path is not /<org-name>/<utility-id>/getting-started")
    org, utility = org_name(segments[1], "org name"), segments[2]
    if utility not in DIRECT_UTILITIES[host]:
        raise Broken("%r is not a utility of %s" % (utility, host))
    ref_id, params = tail(pairs)
    return {"kind": "Direct to Utility", "org": org, "utility": utility, "refId": ref_id, "params": params}


class Handler(http.server.BaseHTTPRequestHandler):
    pending = {}  # token -> the final redirect URL
    lock = threading.Lock()
    final = ""

    def log_message(self, *args):
        pass

    def send_page(self, status, title, body):
        data = ("<!doctype html><html><head><meta charset=utf-8><title>%s</title></head><body><h1>%s</h1>%s"
                "</body></html>" % (title, title, body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        if self.path.startswith("/__authorize?"):
            token = urllib.parse.parse_qs(self.path.partition("?")[2]).get("token", [""])[0]
            with self.lock:
                target = self.pending.pop(token, None)
            if target is None:
                return self.send_page(400, "Unknown authorization", "<p>Start again.</p>")
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if host not in DIRECT_UTILITIES and host != "connect.leap.energy":
            return self.send_page(404, "Not a Leap host", "")
        try:
            link = check(host, self.path)
        except (Broken, UnicodeError, KeyError) as error:
            return self.send_page(400, "Invalid link", "<p id=invalid>%s</p>" % html.escape(str(error)))
        restored = ([("refId", link["refId"])] if link["refId"] is not None else []) + link["params"]
        token = secrets.token_hex(16)
        with self.lock:
            self.pending[token] = self.final + "?" + urllib.parse.urlencode(restored)
        rows = "".join("<tr><th>%s</th><td id='%s'>%s</td></tr>" % (html.escape(k), html.escape(k), html.escape(str(v)))
                       for k, v in link.items() if k != "params")
        rows += "".join("<tr><th>param %s</th><td>%s</td></tr>" % (html.escape(k), html.escape(v))
                        for k, v in link["params"])
        self.send_page(200, "Leap (test double): share your meter",
                       "<table>%s</table><form method=get action='/__authorize'><input type=hidden name=token "
                       "value='%s'><button id=authorize type=submit>Authorize</button></form>" % (rows, token))


def main():
    Handler.final = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=www.addleap.com", "-addext",
                        "subjectAltName=DNS:www.addleap.com,DNS:staging.addleap.com,DNS:connect.leap.energy",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        print("port %d" % server.server_address[1], flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
