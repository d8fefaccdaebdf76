#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The partner's round trip in a real browser: headless Chromium (Debian's, driven by
Debian's python3-selenium and chromium-driver) signs a user in to examples/partner_server,
clicks "Connect my utility", follows the exact link the library wrote to a fake Leap (the
real host names, resolved to fake_leap.py), clicks "Authorize", and lands on the partner's
final redirect. Every flow is asserted on what the browser shows; every step is saved as a
screenshot. A missing browser or driver fails the test.

usage: browser_test.py PARTNER_SERVER SCREENSHOT_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import harness  # noqa: E402
from harness import expect  # noqa: E402

LEAP_HOSTS = ["www.addleap.com", "staging.addleap.com", "connect.leap.energy"]


class Trip:
    def __init__(self, driver, partner, shots):
        self.driver, self.partner, self.shots, self.count = driver, partner, shots, 0

    def shot(self, name):
        self.count += 1
        self.driver.save_screenshot(os.path.join(self.shots, "%02d-%s.png" % (self.count, name)))

    def body(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def login(self, user):
        self.driver.get(self.partner + "/login?user=" + user)
        expect("%s is signed in and sees the form" % user,
               self.driver.current_url == self.partner + "/" and self.driver.find_element(By.ID, "user").text == user,
               self.body())
        self.shot("signed-in-" + user)

    def connect(self, region, customer, utility, name):
        """Fills the form, clicks the button; returns the Leap link the browser went to."""
        self.driver.get(self.partner + "/")
        Select(self.driver.find_element(By.NAME, "region")).select_by_visible_text(region)
        Select(self.driver.find_element(By.NAME, "customer")).select_by_visible_text(customer)
        Select(self.driver.find_element(By.NAME, "utility")).select_by_value(utility)
        self.shot(name + "-form")
        self.click_and_leave("connect", self.partner + "/")
        self.shot(name + "-leap")
        return self.driver.current_url

    def click_and_leave(self, button, page):
        """Clicks `button` and waits until the browser has left `page` (a click does not wait
        for the navigation it starts, and a loaded machine shows the old page a while)."""
        self.driver.find_element(By.ID, button).click()
        WebDriverWait(self.driver, 30).until(lambda d: not d.current_url.startswith(page))

    def authorize(self):
        """Clicks the fake Leap's Authorize button and waits for the partner's final redirect."""
        leap_page = self.driver.current_url
        self.click_and_leave("authorize", leap_page)
        WebDriverWait(self.driver, 30).until(lambda d: d.current_url.startswith(self.partner + "/leap/done"))

    def final_url(self):
        """Follows the fake Leap's redirect; returns the final redirect URL the browser opened."""
        self.authorize()
        return self.driver.current_url

    def leap_field(self, name):
        return self.driver.find_element(By.ID, name).text


def main():
    partner_exe, shots = sys.argv[1], sys.argv[2]
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    partner_port = harness.free_port()
    partner = "http://127.0.0.1:%d" % partner_port
    processes = []
    profile = tempfile.mkdtemp()
    driver = None
    try:
        server = subprocess.Popen([partner_exe, "--listen", "127.0.0.1:%d" % partner_port, "--org", "ElectricSpaceships"],
                                  stdout=subprocess.DEVNULL)
        processes.append(server)
        harness.wait_for_port(partner_port, server, "partner_server")
        leap = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_leap.py"), partner + "/leap/done"],
                                stdout=subprocess.PIPE, text=True)
        processes.append(leap)
        leap_port = int(leap.stdout.readline().split()[1])

        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1000,700", "--user-data-dir=" + profile, "--ignore-certificate-errors",
                     "--host-resolver-rules=" + ", ".join("MAP %s 127.0.0.1:%d" % (h, leap_port) for h in LEAP_HOSTS)]:
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                                  options=options)
        driver.set_page_load_timeout(30)
        run(Trip(driver, partner, shots))
    finally:
        if driver is not None:
            driver.quit()
        for process in processes:
            process.terminate()
            process.wait(timeout=20)
        shutil.rmtree(profile, ignore_errors=True)
    return harness.summary()


def run(trip):
    d = trip.driver
    d.get(trip.partner + "/connect?region=CAISO&customer=residential&utility=sce")
    expect("without a session, /connect is refused", "Sign in first" in trip.body(), trip.body())

    # ---- a California residential customer of SCE: the Direct URL -------------------------
    trip.login("alice")
    link = trip.connect("CAISO", "residential", "sce", "direct")
    expect("a CAISO residential customer of SCE is sent to the Direct URL",
           link.startswith("https://www.addleap.com/ElectricSpaceships/sce/getting-started?refId=alice&"
                           "additional_redirect_params=state%3D"), link)
    expect("the fake Leap accepts it", trip.leap_field("kind") == "Direct to Utility" and
           trip.leap_field("refId") == "alice", trip.body())
    trip.authorize()
    trip.shot("direct-connected")
    expect("alice comes back connected", d.find_element(By.ID, "connected").text ==
           "Thank you, alice: your utility account is now connected.", trip.body())
    replay = d.current_url
    d.get(replay)
    trip.shot("direct-replayed")
    expect("a replayed redirect is refused with 400", "Not connected" in trip.body() and "alice" not in trip.body(),
           trip.body())

    # ---- a commercial customer: Leap Connect with variant=COMMERCIAL ----------------------
    link = trip.connect("CAISO", "commercial", "sce", "commercial")
    expect("a commercial customer is sent to Leap Connect with variant=COMMERCIAL",
           link.startswith("https://connect.leap.energy/?transmissionRegion=CAISO&variant=COMMERCIAL"
                           "&account=ElectricSpaceships&refId=alice&"), link)
    expect("the fake Leap reads the variant", trip.leap_field("variant") == "COMMERCIAL", trip.body())
    trip.authorize()
    trip.shot("commercial-connected")
    expect("the commercial customer comes back connected", "now connected" in trip.body(), trip.body())

    # ---- a NYISO customer: Leap Connect without a variant ---------------------------------
    link = trip.connect("NYISO", "residential", "", "nyiso")
    expect("a NYISO customer is sent to Leap Connect without a variant",
           link.startswith("https://connect.leap.energy/?transmissionRegion=NYISO&account=ElectricSpaceships"
                           "&refId=alice&"), link)
    trip.authorize()
    trip.shot("nyiso-connected")
    expect("the NYISO customer comes back connected", "now connected" in trip.body(), trip.body())

    # ---- what an attacker would try --------------------------------------------------------
    trip.connect("CAISO", "residential", "pge", "tampered")
    final = trip.final_url()  # connected; now try the same link with another state
    tampered = re.sub(r"state=[0-9a-f]+", "state=" + "0" * 32, final)
    trip.connect("CAISO", "residential", "pge", "tampered-again")
    d.get(tampered)
    trip.shot("tampered-state")
    expect("a tampered state is refused with 400", "does not belong to this session" in trip.body(), trip.body())

    trip.connect("CAISO", "residential", "pge", "other-user-ref")
    d.find_element(By.ID, "authorize")  # on Leap's page; build the redirect by hand instead
    pending_state = urllib.parse.parse_qs(urllib.parse.urlsplit(d.current_url).query)["additional_redirect_params"][0]
    state = pending_state.split("=", 1)[1]
    d.get(trip.partner + "/leap/done?refId=bob&state=" + state)
    trip.shot("refid-of-another-user")
    expect("a redirect with the refId of another user is refused with 400",
           "made for someone else" in trip.body(), trip.body())

    trip.connect("CAISO", "residential", "sdge", "other-session")
    alice_final_page = d.current_url
    d.find_element(By.ID, "authorize")
    trip.login("bob")  # the same browser, now bob's session
    d.get(alice_final_page)
    final = trip.final_url()
    trip.shot("alice-redirect-in-bob-session")
    expect("alice's redirect opened in bob's session is refused with 400",
           "Not connected" in trip.body() and "connected." not in trip.body(), (final, trip.body()))

    # ---- the fake Leap holds links to Leap's rules, independently of the library ----------
    base = "https://www.addleap.com/ElectricSpaceships/sce/getting-started"
    connect = "https://connect.leap.energy?transmissionRegion="
    broken = {
        "lower-case hex": base + "?refId=a%2fb",
        "~ left unencoded": base + "?refId=a~b",
        "an org name with '+'": "https://www.addleap.com/Electric+Spaceships/sce/getting-started",
        "a test utility in production": "https://www.addleap.com/A/staging-test-utility-caiso/getting-started",
        "a 256-byte refId": base + "?refId=" + "x" * 256,
        "a reserved param key": base + "?additional_redirect_params=REFID%3D1",
        "a repeated param key": base + "?additional_redirect_params=a%3D1%26a%3D2",
        "params before the refId": base + "?additional_redirect_params=a%3D1&refId=r",
        "an agreements-only variant outside PJM": connect + "CAISO&variant=COMMERCIAL_AGREEMENTS_ONLY&account=A",
        "a variant and a program": connect + "PJM&variant=COMMERCIAL&program=PSE-RPO&account=A",
        "an unknown region": connect + "MISO&account=A",
        "a bad account": connect + "PJM&account=A%2FB",
    }
    for name, url in broken.items():
        d.get(url)
        expect("the fake Leap refuses %s" % name, "Invalid link" in trip.body(), (url, trip.body()))
    trip.shot("fake-leap-refuses")


if __name__ == "__main__":
    sys.exit(main())
