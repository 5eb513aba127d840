"""The HTML report in a real headless Chromium (Debian's /usr/bin/chromium), driven over the
DevTools protocol: 37 question cards for the seed, highlights for evidence, the filter hides
answered questions, no console errors, no network requests, a screenshot that is not blank.

Skipped with a reason when Chromium is not installed (CI installs it: see .ci/run).
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"),
]


class DevTools:
    """A minimal Chrome DevTools Protocol client over the websocket of one page."""

    def __init__(self, ws_url: str) -> None:
        import websocket  # from the websocket-client package

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params):
        self.next_id += 1
        msg_id = self.next_id
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def evaluate(self, expression: str):
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return res["result"].get("value")

    def drain(self, seconds: float = 0.5) -> None:
        self.ws.settimeout(seconds)
        try:
            while True:
                self.events.append(json.loads(self.ws.recv()))
        except Exception:
            pass
        finally:
            self.ws.settimeout(30)

    def close(self) -> None:
        self.ws.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    port = _free_port()
    profile = tempfile.mkdtemp(prefix="ontwijkmeter-chromium-")
    proc = subprocess.Popen(
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--disable-default-apps",
            f"--user-data-dir={profile}",
            f"--remote-debugging-port={port}",
            "--window-size=1200,900",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/version", timeout=2):
                    break
            except OSError:
                if time.time() > deadline:
                    pytest.fail("chromium did not start its DevTools endpoint within 30 s")
                time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, scorer, example) -> Path:
    from classifier.report.html import render_report

    html = render_report(scorer.score_path(example))
    path = tmp_path_factory.mktemp("report") / "rapport.html"
    path.write_text(html, encoding="utf-8")
    return path


def _open(port: int, url: str) -> DevTools:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?{url}", method="PUT")
    with urllib.request.urlopen(req, timeout=10) as resp:
        target = json.loads(resp.read())
    dt = DevTools(target["webSocketDebuggerUrl"])
    return dt


def test_seed_report_in_chromium(browser, seed_report):
    page = _open(browser, "about:blank")
    try:
        page.call("Network.enable")
        page.call("Runtime.enable")
        page.call("Log.enable")
        page.call("Page.enable")
        page.call("Page.navigate", url=seed_report.as_uri())
        deadline = time.time() + 20
        while page.evaluate("document.readyState") != "complete":
            assert time.time() < deadline, "page did not load"
            time.sleep(0.1)
        page.drain(1.0)

        assert page.evaluate("document.querySelectorAll('article.card').length") == 37
        assert page.evaluate("document.documentElement.lang") == "nl"
        n_marks = page.evaluate("document.querySelectorAll('article.card mark.ev').length")
        assert n_marks > 0, "no evidence highlighted"
        labelled = page.evaluate(
            "Array.from(document.querySelectorAll('article.card mark.ev')).every(m => m.title.length > 0 && m.dataset.techniques)"
        )
        assert labelled
        n_reply = page.evaluate("document.querySelectorAll('article.card[data-label=reply]').length")
        assert 0 < n_reply < 37

        # The filter, operated like a keyboard user: focus the radio button and press space.
        page.evaluate("document.querySelector('input[name=toon][value=open]').focus()")
        page.call("Input.dispatchKeyEvent", type="keyDown", key=" ", code="Space", windowsVirtualKeyCode=32, text=" ")
        page.call("Input.dispatchKeyEvent", type="keyUp", key=" ", code="Space", windowsVirtualKeyCode=32)
        time.sleep(0.2)
        hidden_replies = page.evaluate("Array.from(document.querySelectorAll('article.card[data-label=reply]')).every(c => c.hidden)")
        visible_others = page.evaluate(
            "Array.from(document.querySelectorAll('article.card:not([data-label=reply])')).every(c => !c.hidden)"
        )
        assert hidden_replies and visible_others
        status = page.evaluate("document.getElementById('filter-status').textContent")
        assert status == f"{37 - n_reply} van 37 vragen getoond"

        shot = page.call("Page.captureScreenshot", format="png")["data"]
        png = base64.b64decode(shot)
        page.drain(0.5)
    finally:
        page.close()

    # No console errors, no requests other than the file itself.
    errors = [
        e
        for e in page.events
        if e.get("method") == "Runtime.exceptionThrown"
        or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
        or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] == "error")
    ]
    assert not errors, errors[:3]
    requests = [e["params"]["request"]["url"] for e in page.events if e.get("method") == "Network.requestWillBeSent"]
    assert requests and all(u.startswith("file://") for u in requests), requests

    # The screenshot is a real render: a PNG with many distinct colours, not one blank colour.
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size[0] >= 800
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50
