"""The state an article's headline is about: "Turkey says Russia violated its airspace" is
Turkey's story, and its unnamed foreign ministry (``institutions``) and its ministers
named without their state ("Vice-Prime Minister Oleg Rybachuk", ``actors``) are Turkey's.
"""

from __future__ import annotations

import functools
import re

from ...models import Actor
from ...text.gazetteer import gazetteer

__all__ = ["headline_state"]

#: A first line this short, with no sentence end, is a headline.
_HEADLINE_WORDS = 20


@functools.lru_cache(maxsize=8)
def headline_state(article: str) -> Actor | None:
    """The state or body the article's headline (else first sentence) names first."""
    text = article.lstrip()
    first, _, rest = text.partition("\n")
    if not rest.strip() or len(first.split()) > _HEADLINE_WORDS or first.rstrip()[-1:] in ".!?":
        first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    mentions = gazetteer().find(first)
    if not mentions or first[: mentions[0].start].strip(" '\"\u2018\u201c") not in ("", "The"):
        return None  # the headline's subject is no state ("New photo of Japanese hostage")
    opening = mentions[0]
    agent_after = _AGENT_AFTER.match(first, opening.end)
    if opening.kind in ("name", "igo") or (opening.kind == "adjective" and agent_after):
        return Actor(name=opening.text, kind="state", country=opening.codes[0])
    return None  # "Russian firepower helps Syrian forces": whose government is unsaid


# An adjective heading an agent of its state: "Turkish president says", "Iranian officials".
_AGENT_AFTER = re.compile(
    r"\s+(?:president|prime|pm|government|foreign|minister|leader|officials?|military|army|"
    r"envoy|ambassador)\b",
    re.IGNORECASE,
)
