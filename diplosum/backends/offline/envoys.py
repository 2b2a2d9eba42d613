"""Envoys posted to a body: whose they are when the body is named in their title.

"French U.N. Ambassador Ana Soto", "Peru's acting U.N. envoy": the state named right before
the body is the one that sends the envoy, the body where the envoy is posted (the body
alone, "U.N. envoy Ana Soto", stays the body's). For ``titles``.
"""

from __future__ import annotations

import re

from ...text.gazetteer import Mention

__all__ = ["posted_to_a_body"]


# Offices held where one is sent, when the body sent to is named right before them.
_ENVOY_WORDS = frozenset(
    {"ambassador", "envoy", "representative", "delegate", "emissary", "mission"}
)


def posted_to_a_body(
    text: str, title: str | None, title_states: list[Mention], states: list[Mention]
) -> list[Mention]:
    """``title_states``, but for an envoy's office after a body that a state names right
    before ("French U.N. Ambassador", "Syria's U.N. envoy"), that state: the body is where
    the envoy is posted."""
    if (
        title is None
        or not title_states
        or title_states[-1].kind != "igo"
        or _ENVOY_WORDS.isdisjoint(w.lower().rstrip(".") for w in title.split())
    ):
        return title_states
    body = title_states[-1]
    sender = next(
        (
            m
            for m in states
            if m.kind != "igo"
            and m.end <= body.start
            and _SENDER_GAP.fullmatch(text, m.end, body.start)
        ),
        None,
    )
    return title_states if sender is None else [sender]


# (past a rank: "Chile's deputy WTO envoy", "Peru's permanent U.N. representative")
_SENDER_GAP = re.compile(
    r"(?:'s|\u2019s)?\s(?:(?:deputy|acting|permanent|chief|senior|special|top|new)\s)*",
    re.IGNORECASE,
)
