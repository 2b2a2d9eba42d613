"""Bad input is a clear, typed error before any request is made."""

from __future__ import annotations

from typing import Any

import pytest

from diplosum import InputError, summarise
from diplosum.testing import FakeOpenAIServer


@pytest.mark.parametrize(
    ("article", "match"),
    [("", "empty"), ("  \n\t ", "empty"), (b"bytes", "decode"), (None, "must be a str")],
)
def test_unusable_articles(
    server: FakeOpenAIServer, live: dict[str, Any], article: Any, match: str
) -> None:
    with pytest.raises(InputError, match=match):
        summarise(article, **live)
    assert server.requests == []


def test_published_must_be_a_date(server: FakeOpenAIServer, live: dict[str, Any]) -> None:
    with pytest.raises(InputError, match="ISO date"):
        summarise("An article.", published="last Friday", **live)
    assert server.requests == []


def test_published_reaches_the_prompt(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    import datetime as dt

    summarise(article, published=dt.date(2018, 3, 17), **live)
    user = server.requests[0].body["messages"][1]["content"]
    assert "published on 2018-03-17" in user
