"""A body's initials, once the text has named it in full: after "the International
Criminal Court", "ICC" is that court. Initials alone are not looked up in the gazetteer,
as many stand for several bodies (a cricket council, a chamber of commerce); the full
name in the same text says which one is meant.
"""

from __future__ import annotations

import re

from .mention import ActorMention

__all__ = ["by_initials"]

_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "de", "des", "la"})


def by_initials(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each later use of a named body's initials ("ICC") as a mention
    of that body, in text order."""
    found: list[ActorMention] = []
    seen: set[str] = set()
    for mention in mentions:
        if mention.kind != "igo":
            continue
        initials = _initials(text[mention.start : mention.end])
        if initials is None or initials in seen:
            continue
        seen.add(initials)
        for hit in re.finditer(rf"\b{initials}\b", text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                found.append(mention._replace(start=hit.start(), end=hit.end()))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: m.start)


def _initials(name: str) -> str | None:
    """The initials of a name of three words or more ("International Criminal Court":
    "ICC"), if all its other words are small ones."""
    words = name.split()
    capitals = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(capitals) < 3 or not all(w[:1].isupper() for w in capitals):
        return None
    return "".join(w[0] for w in capitals)
