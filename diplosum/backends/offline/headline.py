"""The state an article's headline is about: "Turkey says Russia violated its airspace" is
Turkey's story, and its unnamed foreign ministry (``institutions``) and, when the article
names Turkey most, its ministers named without their state ("Deputy Prime Minister Ali
Kaya", ``actors``) are Turkey's.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ...models import IGO_CODES, Actor
from ...text.gazetteer import Mention, gazetteer
from .datelines import without_dateline
from .mention import ActorMention

__all__ = ["headline_state", "ministers_of_the_headline"]

#: A first line this short, with no sentence end, is a headline.
_HEADLINE_WORDS = 20


@functools.lru_cache(maxsize=8)
def headline_state(article: str) -> Actor | None:
    """The state or body the article's headline (else first sentence) names first."""
    text = article.lstrip()
    first, _, rest = text.partition("\n")
    if not rest.strip() or len(first.split()) > _HEADLINE_WORDS or first.rstrip()[-1:] in ".!?":
        first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    # "LIMA, March 3 (Reuters) - Peru rejected ...": the sentence past its dateline.
    first = without_dateline(first)
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
    r"envoy|ambassador|"
    # one who negotiates for it, the matter named first: "ARGENTINE DEBT NEGOTIATOR"
    r"(?:[a-z]+\s+)?(?:negotiators?|delegation|delegates?|diplomats?))\b",
    re.IGNORECASE,
)


# A government office whose holder speaks for a state: "Vice-Prime Minister", "Foreign
# Ministry spokesman", "Trade minister" (not "chairman", "chief executive", "analyst").
# "Treasury Secretary" and "Foreign Secretary" are ministers too (not "general secretary").
_MINISTERIAL = re.compile(
    r"\b(?:minister|ministry|premier|(?:treasury|foreign|finance|trade|defen[cs]e|state)"
    r"\s+secretary)\b",
    re.IGNORECASE,
)


def ministers_of_the_headline(
    text: str, people: list[ActorMention], states: list[Mention], home: Actor | None = None
) -> list[ActorMention]:
    """``people``, each minister named with no state ("Deputy Prime Minister Oleg
    Rybachuk", no state said anywhere) taken as one of the state the headline is about,
    when the article names that state most; else of ``home``, the state whose capital
    the dateline names ("DHAKA - ... Home Minister Ali Khan"), when the article names it
    too: a correspondent there quotes its ministers by their office alone."""
    if not any(p.code is None and _MINISTERIAL.search(p.actor.title or "") for p in people):
        return people  # nearly always
    state = headline_state(text)
    # Among states, unless the headline names a body: "ECUADOR TO ASK OPEC" is
    # Ecuador's story however often OPEC is named.
    named = [m for m in states if m.kind != "igo"]
    if state is not None and all(state.country not in m.codes[:1] for m in named):
        named = states
    counts = Counter(code for mention in named for code in mention.codes[:1])
    datelined = False
    if state is None or not counts or counts.most_common(1)[0][0] != state.country:
        # A body's seat ("BRUSSELS") has no ministers of its own.
        datelined = home is not None and home.country not in IGO_CODES and home.country in counts
        state = home if datelined else None
    if state is None:
        return people
    return [
        p._replace(actor=p.actor.model_copy(update={"country": state.country}), code=state.country)
        if p.code is None
        and p.kind != "private"  # "former Prime Minister Tony Blair": out of office
        and _MINISTERIAL.search(p.actor.title or "")
        and not _REGIONAL.search(text, max(0, p.start - 60), p.start)
        # "DUBLIN ... First Minister Arlene Foster": a region's head, as often not of the
        # dateline's state.
        and not (datelined and _REGIONAL_TITLE.match(p.actor.title or ""))
        else p
        for p in people
    ]


# Heads of a region's government: Scotland's or Wales's "First Minister", an Indian
# state's "Chief Minister".
_REGIONAL_TITLE = re.compile(r"(?:first|chief)\s+minister\b", re.IGNORECASE)


# A region's head, its name right before the title: "Alberta Premier", "Ontario's premier",
# "Bavarian Premier" (a province's or a land's, no state's minister).
# (Not a rank of the office: "Vice Premier", "Deputy Premier".)
_REGIONAL = re.compile(
    r"\b(?!(?:Vice|Deputy|First|Acting|Executive|Senior|State)\b)[A-Z][a-z]+(?:'s|\u2019s|n)?"
    r"\s+[Pp]remier\s+\Z"
)
