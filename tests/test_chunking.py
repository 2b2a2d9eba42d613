"""Articles longer than a chunk: split on paragraphs, summarised per chunk, merged."""

from __future__ import annotations

from typing import Any

import pytest

from diplosum import InputError, summarise
from diplosum.backends.wrappers import split_article
from diplosum.testing import FakeOpenAIServer, Reply, completion_for

from .conftest import TEST_KEY


def _long_article() -> str:
    filler = " ".join(["Delegates reviewed trade figures and tariff schedules in detail."] * 30)
    return (
        "Kenya and Uganda held talks in Nairobi on Monday.\n\n"
        + "\n\n".join(f"Paragraph {i}. {filler}" for i in range(6))
        + "\n\nCanada imposed new sanctions on Belarus on Friday.\n\n"
        + "\n\n".join(f"Later paragraph {i}. {filler}" for i in range(3))
        + "\n\nKenya and Uganda held talks in Nairobi on Monday."
    )


def test_split_keeps_paragraphs_whole_and_overlaps() -> None:
    article = _long_article()
    chunks = split_article(article, chunk_chars=6_000, overlap_chars=2_500)
    assert len(chunks) > 2
    assert all(len(c) <= 6_000 for c in chunks)
    paragraphs = [p for p in article.split("\n\n")]
    for chunk in chunks:
        for piece in chunk.split("\n"):
            assert piece in paragraphs  # never a paragraph cut in two
    assert chunks[1].split("\n")[0] in chunks[0]  # the overlap
    assert split_article("short", chunk_chars=6_000) == ["short"]


def test_a_paragraph_longer_than_a_chunk_is_cut_at_sentences() -> None:
    article = " ".join(["A sentence of some words here."] * 400)
    chunks = split_article(article, chunk_chars=2_000, overlap_chars=0)
    assert all(len(c) <= 2_000 for c in chunks)
    assert "".join("".join(chunks).split()) == "".join(article.split())  # nothing lost


def test_long_articles_are_refused_naming_the_limit_without_chunking() -> None:
    with pytest.raises(InputError, match=r"max_article_chars=10,000.*chunk_chars"):
        summarise("word " * 5_000, backend="offline", cache=False, max_article_chars=10_000)


def test_chunked_summary_is_grounded_against_the_whole_article_and_merged() -> None:
    article = _long_article()

    def per_chunk(request: dict[str, Any]) -> Reply:
        text = request["messages"][1]["content"]
        assert len(text) < 9_000  # each request holds one chunk, not the article
        items: dict[str, Any] = {"meetings": [], "sanctions": []}
        if "Kenya and Uganda" in text:
            items["meetings"].append(
                {
                    "participants": [
                        {"name": "Kenya", "kind": "state", "country": "KEN"},
                        {"name": "Uganda", "kind": "state", "country": "UGA"},
                    ],
                    "status": "held",
                    "evidence": [{"quote": "Kenya and Uganda held talks in Nairobi on Monday."}],
                }
            )
        if "Canada imposed" in text:
            items["sanctions"].append(
                {
                    "imposer": {"name": "Canada", "kind": "state", "country": "CAN"},
                    "target": {"name": "Belarus", "kind": "state", "country": "BLR"},
                    "status": "imposed",
                    "evidence": [{"quote": "Canada imposed new sanctions on Belarus on Friday."}],
                }
            )
        return Reply(body=completion_for(request, {"headline": "h", "summary": "s", **items}))

    with FakeOpenAIServer(per_chunk) as srv:
        summary = summarise(
            article, base_url=srv.url, api_key=TEST_KEY, cache=False, chunk_chars=6_000
        )
        chunks = len(srv.requests)
    assert chunks == len(split_article(article, 6_000))
    assert summary.meta is not None and summary.meta.attempts == chunks
    assert summary.meta.usage.total_tokens == 150 * chunks
    # Told twice, found by different chunks: one meeting. The same words quoted twice
    # are grounded at their first place in the article, so they count as one quote.
    assert len(summary.meetings) == 1
    assert [(e.start, e.end) for e in summary.meetings[0].evidence] == [(0, 49)]
    assert [(s.imposer.country, s.target.country) for s in summary.sanctions] == [("CAN", "BLR")]
    ev = summary.sanctions[0].evidence[0]
    assert article[ev.start : ev.end] == ev.quote
