"""Input checks: what the pipeline refuses before any prompt is rendered or request sent."""

from __future__ import annotations

import datetime as dt
import re

from ..errors import InputError

__all__ = ["check_article", "check_published", "looks_like_html"]

_HTML = re.compile(r"<(?:!doctype|html|head|body|div|p|script|style|article)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a web page rather than an article: three tags anywhere in it
    (a page with a long <style> block first is still a page)."""
    return sum(1 for _ in zip(range(3), _HTML.finditer(text), strict=False)) >= 3


def check_article(article: object, max_chars: int) -> str:
    """``article`` if it can be summarised, else an ``InputError`` saying why."""
    if isinstance(article, bytes | bytearray):
        raise InputError("the article is bytes: decode it to str first (e.g. .decode('utf-8'))")
    if not isinstance(article, str):
        raise InputError(f"the article must be a str, not {type(article).__name__}")
    if not article or article.isspace():
        raise InputError("the article is empty or only whitespace")
    if "\x00" in article:
        raise InputError("the article contains NUL bytes: it looks binary, not text")
    try:
        article.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"the article holds a character that is not valid Unicode at offset {exc.start} "
            f"({article[exc.start]!r}, a lone surrogate): decode the source as UTF-8 without "
            "surrogateescape, or replace it"
        ) from None
    # Markup would be quoted back as "evidence" and offsets would point into tags: the
    # story's text must be extracted first, and we say so.
    if looks_like_html(article):
        raise InputError(
            "the article looks like HTML: read its story with diplosum.read_page(html) (the "
            "command line reads .html files and URLs itself), or extract the text with a tool "
            "of your own, and pass that"
        )
    if len(article) > max_chars:
        raise InputError(
            f"the article has {len(article):,} characters, more than max_article_chars="
            f"{max_chars:,}: raise the limit if your model's context allows, or pass "
            "chunk_chars= (--chunk-chars) to summarise it in chunks"
        )
    return article


def check_published(published: dt.date | str | None) -> dt.date | None:
    """``published`` as a date, or ``None``; an ``InputError`` if it is not an ISO date."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published).strip())
    except ValueError:
        raise InputError(f"published={published!r} is not an ISO date (YYYY-MM-DD)") from None
