"""A body's initials, once the text has named it in full: after "the International
Criminal Court", "ICC" is that court. Initials alone are not looked up in the gazetteer,
as many stand for several bodies (a cricket council, a chamber of commerce); the full
name in the same text says which one is meant. Likewise "the Bank", "the Fund", "the
Community" and "the Commission": the last bank, fund or community named before ("the
World Bank", "the IMF", "the European Community"), and the EU's executive once the EU is
named, unless another commission was named since ("the Federal Trade Commission").
"""

from __future__ import annotations

import re

from .mention import ActorMention

__all__ = ["by_head_word", "by_initials"]

_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "de", "des", "la"})


def by_initials(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with each later use of a named body's initials ("ICC") as a mention
    of that body, in text order."""
    found: list[ActorMention] = []
    seen: set[str] = set()
    for mention in mentions:
        initials = _defined(text, mention)
        if initials is None and mention.kind == "igo":
            initials = _initials(text[mention.start : mention.end])
        if initials is None or initials in seen:
            continue
        seen.add(initials)
        for hit in re.finditer(rf"\b{initials}\b", text):
            if _BRACKETED.fullmatch(text, mention.end, hit.end() + 1):
                continue  # the brackets that give the initials name the body once
            if not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                found.append(mention._replace(start=hit.start(), end=hit.end()))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda m: m.start)


# Initials the text gives in brackets right after a name: "the Palestinian Authority (PA)".
_BRACKETED = re.compile(r"\s*\(([A-Z]{2,6})\)")


def _defined(text: str, mention: ActorMention) -> str | None:
    """The initials bracketed right after ``mention`` that spell its name of two words or
    more ("Palestinian Authority (PA)"): the text's own short form of that name."""
    if mention.kind in ("adjective", "person"):
        return None
    given = _BRACKETED.match(text, mention.end)
    if given is None:
        return None
    words = [w for w in text[mention.start : mention.end].split() if w.lower() not in _SMALL_WORDS]
    spelt = "".join(w[0] for w in words if w[:1].isupper())
    return given.group(1) if len(words) >= 2 and spelt == given.group(1) else None


def _initials(name: str) -> str | None:
    """The initials of a name of three words or more ("International Criminal Court":
    "ICC"), if all its other words are small ones."""
    words = name.split()
    capitals = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(capitals) < 3 or not all(w[:1].isupper() for w in capitals):
        return None
    return "".join(w[0] for w in capitals)


# "the Bank", "the Fund", "the Community" in capitals, not a name going on ("the Bank of
# Japan"); "the community" too, as wire copy writes the European Community.
_HEAD_WORD = re.compile(r"\b[Tt]he (Bank|Fund|Community|community|Commission)\b(?! of\b)")
# A commission with a name of its own: "the Election Commission", "the EC Commission".
_NAMED_COMMISSION = re.compile(r"\b[A-Z][\w.-]*\s+Commission\b")


def by_head_word(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with "the Bank", "the Fund" or "the Community" as a mention of the last
    body named before it whose name ends so ("the World Bank ... with the Bank"; the IMF
    for "the Fund", the EC for "the community"), in text order."""
    bodies = [m for m in mentions if m.kind in ("igo", "seat")]
    if not bodies:
        return mentions
    found: list[ActorMention] = []
    for hit in _HEAD_WORD.finditer(text):
        if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        word = hit.group(1)
        named = [m for m in bodies if m.end <= hit.start() and _ends_with(m, word)]
        if named and word == "Commission" and _other_commission(text, named[-1], hit.start()):
            continue
        if named:
            found.append(named[-1]._replace(start=hit.start(1), end=hit.end(1)))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _other_commission(text: str, body: ActorMention, end: int) -> bool:
    """Whether a commission other than the EU's is named between ``body`` and ``end``."""
    return any(
        not text.startswith(("European", "EC", "EU", "E.C.", "E.U."), named.start())
        for named in _NAMED_COMMISSION.finditer(text, body.end, end)
    )


def _ends_with(mention: ActorMention, word: str) -> bool:
    name = mention.actor.name
    if word == "Commission":
        return mention.code == "EU"  # "the European Union ... the Commission"
    if word.lower() == "community":
        return mention.code == "EU"  # "the European Community", "the EC", "the EEC"
    return name.endswith(" " + word) or (word == "Fund" and mention.code == "IMF")
