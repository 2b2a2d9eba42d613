"""Namesakes: a name the people gazetteer knows that the text gives to someone else.

"Max Lawson" is not Nigel Lawson, nor "Juan Carlos Pugliese" King Juan Carlos; and in a
text that names "the novelist Anna Lavrov" and no Sergei Lavrov, "Mrs Lavrov" later is
the novelist too. ``first_named`` drops the known forms that follow another first name or
go on with another surname; ``namesakes`` says which of the first kind stand for the
namesake wherever the text uses them. ``actors.find_actors`` reads people with both.
"""

from __future__ import annotations

import functools
import re

from ...text.dates import MONTH_NAMES, WEEKDAY_NAMES
from ...text.gazetteer import Mention, gazetteer
from ...text.people import NameMention, unaccented
from ...text.people import people as people_gazetteer
from .first_names import spelt_alike

__all__ = [
    "a_month_s_date",
    "after_another_name",
    "before_another_name",
    "borne_by_a_person",
    "first_named",
    "namesakes",
    "state_surnames",
]


# A capitalised word right before a known surname that is no title: another person's
# first name ("Max Lawson" is not Nigel Lawson). Words that open a sentence are no names.
_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+\Z")
_NOT_FIRST_NAMES = frozenset(
    {"The", "But", "And", "When", "While", "After", "Before", "Then", "So", "If", "As", "At"}
    | {"In", "On", "Meanwhile", "However", "Also", "Yesterday", "Today", "Earlier", "Later"}
    | {"Both", "Neither", "Nor", "Since", "Until", "Under", "With", "Without", "For", "By"}
    # A particle capitalised as older wire copy does ("Richard Von Weizsaecker").
    | {"Von", "Van", "De", "Da", "Del", "Di", "La", "Le", "El", "Al", "Bin", "Ben", "Abu"}
)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")


def after_another_name(text: str, start: int, name: str) -> bool:
    """Whether the surname at ``start`` follows, in running text, a capitalised word that
    is no title, date nor part of ``name`` (the full name it stands for): another's name
    ("For its part, Air Deccan" after "India's Deccan")."""
    before = _FIRST_NAME_BEFORE.search(text, max(0, start - 20), start)
    if before is None or before.group(1) in _NOT_FIRST_NAMES:
        return False
    word = before.group(1)
    # In running text only: a sentence's first word may be anything ("Yet Soto").
    running = _running(text, before.start())
    dated = word in WEEKDAY_NAMES or word in MONTH_NAMES
    own = spelt_alike(word, unaccented(name).split())  # "Gordon Brown" for Gordon Brown
    offices = gazetteer().office_words
    # "interim leader Iyad Allawi": a first name after an office, however spelt.
    titled = _WORD_BEFORE.search(text, max(0, before.start() - 30), before.start())
    if titled is not None and titled.group(1).lower() in offices:
        return False
    return running and not (dated or own) and word.lower() not in offices


# Before a month's name, what makes it a date: "in May", "on Friday May 5", "mid-May".
_DATE_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|"
    r"[Nn]ext|[Tt]his|[Tt]he|of|between|through|and|to|during|[Bb]efore|[Aa]fter)|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)[\s-]+\Z"
)
_DAY_AFTER = re.compile(r"\s*\d")


def a_month_s_date(text: str, start: int, end: int) -> bool:
    """Whether the surname at ``start`` is a month's name standing as a date there ("in
    May", "on Friday May 5"), not the person ("Theresa May" ... "May said")."""
    return text[start:end] in MONTH_NAMES and (
        _DATE_BEFORE.search(text, max(0, start - 12), start) is not None
        or _DAY_AFTER.match(text, end) is not None
    )


# A given name right after a family name: "Kim Jee-hyun".
_GIVEN_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[a-z]+)?)\b")


def before_another_name(text: str, end: int, name: str) -> bool:
    """Whether the family name ending at ``end``, of a name written family name first
    ("Kim Jong Un"), is followed by a given name that is not ``name``'s: another bearer
    ("county official Kim Jee-hyun said")."""
    after = _GIVEN_NAME_AFTER.match(text, end)
    return after is not None and not spelt_alike(after.group(1), unaccented(name).split())


# Before a first name: a word of running text ("novelist Anna Lavrov", "said Max Lawson"),
# not the start of a line or sentence, where a capitalised word may be anything (a
# headline's "Ask Lavrov").
# A closing quotation mark, or a title with its stop ('," Dr. Ana Lavrov said'), runs
# on too.
_RUNNING_BEFORE = re.compile(
    r"(?:[a-z,;:)\"\u201d]|\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt)\.)\s\Z"
)
# A first name and a surname its bearer is described after, so a first name even opening
# a sentence: "Giles Keating, economist with a bank in London, said".
# (not "Still Biden, proud and defiant," nor "Like Biden, she is in": a role and where)
_DESCRIBED = re.compile(
    r"[A-Z][a-z]+\s+[A-Z][\w'\u2019-]*,\s+(?!(?:he|she|they|it|we|who)\b)(?:(?:a|an|the)\s+)?"
    r"(?:[a-z-]+\s+){1,3}(?:at|with|of|for)\s"
)


def _running(text: str, at: int) -> bool:
    """Whether the first name at ``at`` stands in running text, or opens a sentence with
    its bearer described after the surname."""
    return (
        _RUNNING_BEFORE.search(text, max(0, at - 6), at) is not None
        or _DESCRIBED.match(text, at) is not None
    )


# A state named right before, in the same phrase: "Russian envoy Serghei Lavrov".
_PHRASE_GAP = re.compile(r"[^,;:.()\n]{0,40}")


def namesakes(
    text: str,
    names: tuple[NameMention, ...],
    found: dict[str, list[int]],
    states: list[Mention],
) -> frozenset[str]:
    """The short forms of ``found`` (each seen after a first name its holders do not have,
    which starts at the offsets listed) that stand for the namesake wherever the text uses
    them ("the novelist Anna Lavrov ... Mrs Lavrov" names no minister): those whose
    holders the text never names in full, seen in running text at least once, and never
    right after the holder's state ("Russian envoy Serghei Lavrov" is the minister spelt
    otherwise)."""
    known = people_gazetteer()
    in_full = {h.name for n in names if " " in n.form for h in known.holders(n.form)}
    namesakes = set()
    for form, starts in found.items():
        holders = known.holders(form)
        codes = {h.code for h in holders}
        if not in_full.isdisjoint(h.name for h in holders):
            continue
        if not any(_running(text, at) for at in starts):
            continue
        if any(
            state.end <= at
            and codes.intersection(state.codes)
            and _PHRASE_GAP.fullmatch(text, state.end, at)
            for at in starts
            for state in states
        ):
            continue
        namesakes.add(form)
    return frozenset(namesakes)


def first_named(
    text: str, names: tuple[NameMention, ...]
) -> tuple[tuple[NameMention, ...], dict[str, list[int]]]:
    """``names`` less those after another person's first name or before another's
    surname; and the short forms found after another's first name, with where each such
    first name starts."""
    known = people_gazetteer()
    offices = gazetteer().office_words
    kept = []
    namesakes: dict[str, list[int]] = {}
    for name in names:
        before = _FIRST_NAME_BEFORE.search(text, max(0, name.start - 20), name.start)
        first = before.group(1) if before is not None else None
        holders = known.holders(name.form)
        if (
            before is not None
            and first is not None
            and first not in _NOT_FIRST_NAMES
            and first.lower() not in offices
            and all(holder.name != name.form for holder in holders)
            # "Tayyip Erdogan", "Javad Zarif": a name of the holder's own, or another
            # spelling of it ("Sergey Lavrov" for Sergei Lavrov).
            and not any(spelt_alike(first, unaccented(holder.name).split()) for holder in holders)
        ):
            namesakes.setdefault(name.form, []).append(before.start(1))
            continue
        if _surname_after(text, name, offices):
            continue  # "Juan Carlos Pugliese" is not King Juan Carlos
        kept.append(name)
    return tuple(kept), namesakes


# A capitalised word right after a name, on its line or the next: its bearer's surname.
_WORD_AFTER = re.compile(r"[ \t]*\n?[ \t]*([A-Z][a-z'\u2019-]+)\b")
_NOT_SURNAMES = frozenset({*WEEKDAY_NAMES, "Jr", "Sr"})


def _surname_after(text: str, name: NameMention, offices: frozenset[str]) -> bool:
    """Whether a name of two words or more goes on with a surname of another person's
    ("Juan Carlos | Pugliese"): not a day, an office or a place ("Juan Carlos Spain")."""
    if " " not in name.form:
        return False
    after = _WORD_AFTER.match(text, name.end)
    if after is None:
        return False
    word = after.group(1)
    return (
        word not in _NOT_SURNAMES
        and word.lower() not in offices
        and word not in gazetteer().terms
        and word not in _NOT_FIRST_NAMES
    )


# A state's one-word name (or adjective) borne as a surname: after an honorific ("Mr
# German"), or after a given name, itself after a title ("Mayor Richard Ireland said") or
# going on as a person does ("Mike German, leader of ...").
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+\Z")
_TITLED_NAME_BEFORE = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b([A-Z][a-z]+)\s+\Z")
_PERSON_GOES_ON = re.compile(
    r"\s*(?:,\s+(?:who|leader|the|a|an)\b|\s+(?:said|says|told|wrote|added|claimed)\b)"
)
# An office in apposition, without an article: "Ana Chile, deputy adviser to the
# president, said".
_APPOSITIVE_OFFICE = re.compile(r",\s+(?:(?:senior|chief|deputy|top|former|acting)\s+)?([a-z]+)\b")


def _office_after(text: str, end: int, offices: frozenset[str]) -> bool:
    """Whether an office in apposition follows the name ending at ``end``."""
    office = _APPOSITIVE_OFFICE.match(text, end)
    return office is not None and office.group(1) in offices


# A verb of saying right before the given name: '"...," said Marc Oman, an engineer'.
_SAID = frozenset({"said", "says", "added"})
_COMPASS = frozenset({"West", "East", "North", "South", "Northern", "Southern", "Central"})
# A surname standing alone as the subject of a verb of saying: "Ireland said".
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|claimed|argued)\b")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


@functools.cache
def _titles() -> frozenset[str]:
    """The words of offices, and "mayor" and "leader", that may stand before a name."""
    return frozenset(gazetteer().office_words | {"mayor", "leader"})


def state_surnames(text: str, mentions: list[Mention]) -> dict[str, set[str]]:
    """The one-word state names ``text`` gives to people as surnames, each with the given
    names it follows ("Ireland": {"Richard"}; none after an honorific): after an office,
    a verb of saying ('said Richard Ireland') or before what a person does."""
    offices = _titles()
    found: dict[str, set[str]] = {}
    for mention in mentions:
        window = max(0, mention.start - 24)
        if not (
            _FIRST_NAME_BEFORE.search(text, window, mention.start)
            or _HONORIFIC_BEFORE.search(text, window, mention.start)
        ):
            continue  # (most state names follow a small word: "in China", "said Peru")
        if " " in mention.text or _NAME_AFTER.match(text, mention.end):
            continue  # "Israel Katz": a given name, and the state's own man
        if _HONORIFIC_BEFORE.search(text, max(0, mention.start - 6), mention.start):
            found.setdefault(mention.text, set())
            continue
        titled = _TITLED_NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if titled is None or titled.group(2) in _NOT_FIRST_NAMES | _COMPASS:
            continue
        if titled.group(2).lower() in offices:
            continue
        before = (titled.group(1) or "").lower()
        if (
            before in offices
            or before in _SAID
            or _PERSON_GOES_ON.match(text, mention.end)
            or _office_after(text, mention.end, offices)
        ):
            found.setdefault(mention.text, set()).add(titled.group(2))
    return found


def borne_by_a_person(text: str, mention: Mention, surnames: dict[str, set[str]]) -> bool:
    """Whether ``mention`` is a surname of ``surnames`` there: after an honorific or the
    given name it was found with, or alone before a verb of saying ("Ireland said")."""
    given = surnames.get(mention.text)
    if given is None:
        return False
    if _HONORIFIC_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return True
    first = _FIRST_NAME_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if first is not None:
        return first.group(1) in given
    return _SAYS_AFTER.match(text, mention.end) is not None
