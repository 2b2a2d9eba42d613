"""Web pages in: the story of a saved page or a URL, as an article to summarise.

``read_page(html)`` extracts the story with trafilatura (navigation, scripts, sidebars,
footers and comments left out) and returns an ``Article`` whose ``text`` is what gets
summarised, so every offset refers to it: the page's title, as its first line (unless the
story already opens with it), then the story. The page's own date, when trafilatura finds
one, is the article's ``published`` (``published_source="page"``), so relative dates
resolve against it unless the caller gives another.

``fetch_page(url)`` fetches with httpx2 (the HTTP client under the openai SDK), with a
deadline, a size cap and a User-Agent, then reads the page. Plain text is taken as it is.
A page with no story (a front page, a paywall, a page built by JavaScript) is an
``InputError``, as is a fetch that fails.
"""

from __future__ import annotations

import re
import time
import urllib.parse
from importlib import metadata
from typing import Any

from ..errors import InputError
from ..runner import Article
from .checks import looks_like_html

__all__ = ["MAX_PAGE_BYTES", "fetch_page", "looks_like_html", "page_id", "read_page"]

MAX_PAGE_BYTES = 10 * 1024 * 1024
# Fewer words than this is a menu or a teaser, not a story (a news brief has fifty).
MIN_STORY_WORDS = 20
FETCH_TIMEOUT = 30.0


def _user_agent() -> str:
    try:
        version = metadata.version("diplosum")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"diplosum/{version} (news summaries; +https://pypi.org/project/diplosum/)"


def page_id(url: str) -> str:
    """A short id for a page: the last part of its path without a suffix, else its host."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if segments:
        return (
            re.sub(r"\.[A-Za-z0-9]{1,5}$", "", urllib.parse.unquote(segments[-1])) or parts.netloc
        )
    return parts.netloc or url


def read_page(html: str | bytes, *, url: str | None = None, id: str | None = None) -> Article:
    """The story of a page as an ``Article`` (see the module docstring)."""
    import trafilatura  # a second of imports, for runs that read pages only

    document: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    story = (getattr(document, "text", None) or "").strip()
    where = url or id or "the page"
    if len(story.split()) < MIN_STORY_WORDS:
        raise InputError(
            f"no story found in {where}: it may be a front page, a paywall or a page built by "
            "JavaScript; save the article's own page, or its text"
        )
    title = " ".join((getattr(document, "title", None) or "").split())
    text = story if not title or story.startswith(title) else f"{title}\n\n{story}"
    date = getattr(document, "date", None)
    return Article(
        text=text,
        id=id if id is not None else (page_id(url) if url else None),
        published=date or None,
        source=url,
        published_source="page",
    )


def _read_capped(response: Any, deadline: float) -> bytes:
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > MAX_PAGE_BYTES:
            raise InputError(f"the page is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
        if time.monotonic() > deadline:
            raise InputError(f"the page took longer than {FETCH_TIMEOUT:g} s to arrive")
    return bytes(body)


def fetch_page(url: str, *, id: str | None = None, timeout: float = FETCH_TIMEOUT) -> Article:
    """Fetch ``url`` and read its story (see the module docstring)."""
    import httpx2

    deadline = time.monotonic() + timeout
    headers = {"User-Agent": _user_agent(), "Accept": "text/html, text/plain;q=0.9"}
    try:
        with (
            httpx2.Client(
                timeout=min(timeout, 20.0), follow_redirects=True, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"fetching {url} answered HTTP {response.status_code}")
            body = _read_capped(response, deadline)
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            encoding = response.encoding or "utf-8"
    except httpx2.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: {exc}") from None
    if kind == "text/plain":
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise InputError(
                f"{url} is text, but not in its declared encoding {encoding}"
            ) from None
        return Article(text=text, id=id or page_id(url), source=url)
    if kind and "html" not in kind and "xml" not in kind:
        raise InputError(f"{url} is {kind}, not a web page")
    return read_page(body, url=url, id=id)
