"""The report page in a real browser: headless Chromium opens index.html from disk, runs its
script, and the rendered DOM is checked; Chromium's network log shows that the page asks
for nothing. Chromium runs behind a proxy on a closed loopback port, so not even the
browser's own background requests leave the machine.

Skipped when no Chromium is installed (.ci/run installs Debian's ``chromium``).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from diplosum import report, summarise_many

CHROMIUM = next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed")


# A loopback port nothing listens on (Chromium refuses well-known ones such as 9). The socket
# stays bound, never listening, for the whole module: connections to it are refused, and the
# system cannot hand the port to anyone else meanwhile. Closing it right after reading the
# number once let a test server in another xdist worker take the port in CI, and Chromium,
# sent there as its proxy, hung on that server's slow replies.
_HELD = socket.socket()
_HELD.bind(("127.0.0.1", 0))
CLOSED = int(_HELD.getsockname()[1])


@pytest.fixture(scope="module", autouse=True)
def _release_the_closed_port() -> Iterator[None]:
    yield
    _HELD.close()


def _browse(url: str, netlog: Path) -> str:
    """The DOM after the page's script ran."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", f"--proxy-server=127.0.0.1:{CLOSED}",
        "--proxy-bypass-list=<-loopback>",
        f"--user-data-dir={netlog.parent / 'profile'}", f"--log-net-log={netlog}",
        "--virtual-time-budget=5000", "--dump-dom", url,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _page_requests(netlog: Path) -> list[str]:
    """URLs the page itself asked for (the browser's own requests have no origin)."""
    log = json.loads(netlog.read_text())
    kinds = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    return [
        event["params"]["url"]
        for event in log["events"]
        if kinds.get(event["type"]) == "URL_REQUEST_START_JOB"
        and "url" in event.get("params", {})
        and event["params"].get("initiator") != "not an origin"
    ]


class _Dom(HTMLParser):
    """The elements a test looks at: tag, attributes and text, in document order."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[dict[str, Any]] = []
        self._open: list[dict[str, Any]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if tag not in ("input", "br", "meta", "img", "line", "circle", "rect"):
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()["tag"] == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element["text"] += data

    def find(self, tag: str, **attrs: str) -> list[dict[str, Any]]:
        return [
            e
            for e in self.elements
            if e["tag"] == tag
            and all(v in (e["attrs"].get(k.rstrip("_")) or "").split() for k, v in attrs.items())
        ]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of seed-000 twice (two ids) and seed-002, summarised offline."""
    root = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
    first, second = [
        (root / n).read_text(encoding="utf-8") for n in ("seed-000.txt", "seed-002.txt")
    ]
    records = [{"id": "wire-1", "text": first}, {"id": "wire-2", "text": first},
               {"id": "other", "text": second}]  # fmt: skip
    folder = tmp_path_factory.mktemp("report")
    os.environ.setdefault("DIPLOSUM_CACHE_DIR", str(folder / "cache"))
    report(summarise_many(records, backend="offline", cache=False), folder)
    return folder / "index.html"


def test_chromium_draws_the_network_and_shows_the_quotes(page: Path, tmp_path: Path) -> None:
    dom = _Dom(_browse(page.as_uri(), tmp_path / "net.json"))
    assert dom.find("body")[0]["attrs"].get("data-ready") == "true", "the script did not finish"
    data = json.loads(page.read_text().split('id="data">', 1)[1].split("</script>", 1)[0])
    circles = dom.find("circle", class_="node")
    assert len(circles) == len(data["nodes"]) >= 3
    assert len(dom.find("line", class_="edge")) == len(data["edges"]) >= 2
    events = dom.find("li", class_="event")
    assert len(events) == len(data["events"])
    quotes = [q["text"] for q in dom.find("mark", class_="quote")]
    assert quotes and quotes[0] == data["events"][0]["mentions"][0]["quote"]
    wire = [e for e in dom.find("div", class_="where") if e["text"].startswith("wire-2 [")]
    assert wire, "the second copy's quotes are shown with its id and offsets"
    assert _page_requests(tmp_path / "net.json") == []  # see the last test: it can fail


def test_a_country_filter_changes_what_is_shown(page: Path, tmp_path: Path) -> None:
    everything = _Dom(_browse(page.as_uri(), tmp_path / "all.json")).find("li", class_="event")
    dom = _Dom(_browse(page.as_uri() + "#country=JPN&type=meeting", tmp_path / "jpn.json"))
    shown = dom.find("li", class_="event")
    assert 0 < len(shown) < len(everything)
    assert all("JPN" in e["attrs"]["data-codes"].split() for e in shown)
    assert all(e["attrs"]["data-type"] == "meeting" for e in shown)
    selected = dom.find("circle", class_="selected")
    assert [c["attrs"]["data-code"] for c in selected] == ["JPN"]
    assert dom.find("select")[0]["tag"] == "select"
    assert f"{len(shown)} of " in dom.find("span", id="shown")[0]["text"]


def test_the_request_check_sees_a_page_that_asks_for_something(tmp_path: Path) -> None:
    """The network check above can fail: a page that loads an image is caught."""
    leaky = tmp_path / "leaky.html"
    leaky.write_text(f'<html><body><img src="http://127.0.0.1:{CLOSED}/pixel.png"></body></html>')
    _browse(leaky.as_uri(), tmp_path / "leak.json")
    requested = _page_requests(tmp_path / "leak.json")
    assert f"http://127.0.0.1:{CLOSED}/pixel.png" in requested
