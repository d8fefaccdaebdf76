# SPDX-License-Identifier: MIT
"""What the Python test scripts share: counting checks, and starting servers on loopback.

Each script imports it with  sys.path.insert(0, <tests/support>); import harness
"""
import socket
import time

passed = 0
failed = 0


def expect(name, condition, detail=""):
    """Counts one check; prints a failing one with what was seen."""
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, str(detail)[:2000]), flush=True)


def summary():
    """Prints the counts; the exit status: 0 only when something passed and nothing failed."""
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and passed > 0 else 1


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, name, seconds=20):
    """Waits until `process` accepts connections on 127.0.0.1:`port`; raises if it dies or is late."""
    deadline = time.time() + seconds
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError("%s did not start on port %d" % (name, port))
            time.sleep(0.05)
