#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""End-to-end test of examples/redirect_handler behind a real HTTP server on loopback:
Python's `http.server --cgi`, with hostile queries.

Python's CGI handler always answers "200 Script output follows" and passes the script's
own `Status:` header through as a header, so the status is read from that header here.

usage: cgi_test.py REDIRECT_HANDLER
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

passed = 0
failed = 0


def expect(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))


def main():
    handler = sys.argv[1]
    with tempfile.TemporaryDirectory() as root:
        # Run as root, http.server drops to `nobody` before it runs a CGI program.
        os.chmod(root, 0o755)
        os.mkdir(os.path.join(root, "cgi-bin"), 0o755)
        target = os.path.join(root, "cgi-bin", "redirect_handler")
        shutil.copy(handler, target)
        os.chmod(target, 0o755)
        server = subprocess.Popen(
            [sys.executable, "-u", "-m", "http.server", "--cgi", "--bind", "127.0.0.1", "--directory", root, "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N (...)"
            port = int(line.split(" port ")[1].split()[0])
            base = "http://127.0.0.1:%d/cgi-bin/redirect_handler" % port

            def get(query):
                with urllib.request.urlopen(base + ("?" + query if query else ""), timeout=20) as response:
                    body = response.read().decode("utf-8")
                    return response.headers.get("Status"), response.headers.get("Content-Type"), body

            deadline = time.time() + 20
            while True:
                try:
                    get("")
                    break
                except (urllib.error.URLError, ConnectionError):
                    if time.time() > deadline:
                        raise
                    time.sleep(0.1)

            status, content_type, body = get("refId=cust-42&additional_redirect_params=state%3Dabc%26campaign%3Dspring%2520sale")
            expect("a normal redirect is 200", status == "200 OK", status)
            expect("it is HTML in UTF-8", content_type == "text/html; charset=utf-8", content_type)
            expect("it shows the refId", "<code>cust-42</code>" in body, body)
            expect("it shows the params", "<dt>state</dt><dd>abc</dd>" in body and "<dd>spring sale</dd>" in body, body)

            status, _, body = get("refId=%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=%22%27%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&%3Cb%3E=1")
            expect("script in a value is 200", status == "200 OK", status)
            expect("script is escaped", "&lt;script&gt;alert(1)&lt;/script&gt;" in body, body)
            expect("quotes and tags are escaped", "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;" in body, body)
            expect("no markup from the request survives", "<script" not in body and "<img" not in body and "<b>" not in body, body)

            status, _, body = get("a=%00%0A%1B")
            expect("control bytes are 200", status == "200 OK", status)
            expect("control bytes become U+FFFD", "<dd>&#xFFFD;&#xFFFD;&#xFFFD;</dd>" in body, body)

            for query in ["refId=%zz%3Cscript%3E", "a=%FF", "refId=1&refId=2", "additional_redirect_params=k%3D%25"]:
                status, _, body = get(query)
                expect("malformed %r is 400" % query, status == "400 Bad Request", status)
                expect("malformed %r is not echoed" % query,
                       "script" not in body and "zz" not in body and "%" not in body, body)

            status, _, body = get("a=" + "x" * 20000)
            expect("a huge query is 414", status == "414 URI Too Long", status)
            expect("a huge query is not echoed", "xxxx" not in body, body[:200])

            status, _, body = get("")
            expect("an empty query still thanks the customer", status == "200 OK" and "Thank you" in body, body)
        finally:
            server.terminate()
            server.wait(timeout=20)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
