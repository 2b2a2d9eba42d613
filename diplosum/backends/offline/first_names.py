"""First names spelt two ways: whether a first name before a known surname is the
holder's, however an outlet transliterates it ("Moammar" and "Muammar", "Sergey" and
"Sergei"), or another person's ("Max Lawson" is not Nigel Lawson). ``namesakes`` and
``known_people`` ask.
"""

from __future__ import annotations

import re

from ...text.people import unaccented

__all__ = ["of_another_bearer", "spelt_alike"]


def spelt_alike(first: str, names: list[str]) -> bool:
    """Whether ``first`` is one of ``names`` or another spelling of one: the same first
    five letters and nearly the same length ("Sergey" and "Sergei", "Mohammad" and
    "Mohammed", not "Sergio"), as transliterations differ in a late vowel or an ending;
    or the same consonants, of three or more, and the same last letter ("Moammar" and
    "Muammar", "Binyamin" and "Benjamin"), as outlets transliterate inner vowels each
    their way."""
    consonants = _consonants(first) if _letters_kept(first) >= 3 else None
    return any(
        first == name
        or (
            min(len(first), len(name)) >= 5
            and first[:5] == name[:5]
            and abs(len(first) - len(name)) <= 1
        )
        or (
            consonants is not None
            and _letters_kept(name) >= 3
            and _consonants(name) == consonants
            and first[-1] == name[-1]  # not "Sergio" for "Sergei": another name's ending
        )
        for name in names
    )


_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def _letters_kept(name: str) -> int:
    """How many consonants ``name`` has, doubled ones twice ("Moammar": four)."""
    return len(_VOWELS.sub("", name.lower().replace("j", "y")))


def _consonants(name: str) -> str:
    """``name``'s consonants, a doubled one once, "j" as "y" (a vowel here): its
    skeleton across transliterations."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", name.lower().replace("j", "y")))


def of_another_bearer(name: str, holders: tuple[str, ...]) -> bool:
    """Whether ``name``, a first name and a surname ("Trade Minister Rachmat Saleh"), is
    none of ``holders``' (full names that share its surname): its first name is none of
    theirs, even spelt otherwise ("Iyad" and "Ayad", by their consonants), nor an
    initial of one."""
    words = name.split()
    if len(words) < 2 or not holders:
        return False
    first = unaccented(words[0]).rstrip(".")
    given = [w for h in holders for w in unaccented(h).split()[:-1]]
    if len(first) == 1:
        return not any(w.startswith(first) for w in given)
    skeleton = _VOWELS.sub("", first.lower())
    return not (
        spelt_alike(first, given) or any(_VOWELS.sub("", w.lower()) == skeleton for w in given)
    )
