"""Who a name stands for: people in office, from ``data/people.tsv``, resolved by date.

"Lavrov" is Russia's foreign minister from 2004; "Shevardnadze" the Soviet Union's in
1987 and Georgia's in 1999; "Juncker" Luxembourg's prime minister in 2010 and the EU's
Commission president in 2016. ``People.code(form, when)`` gives the one code the name
had in the years ``when`` (a year either side counts: a leader-elect, one just gone), or,
with no date, the one code it ever had; ``None`` when that is not one code. A text with no
date is dated by the people it names (``People.era``).

Forms are the full names and the short forms the file lists ("Obama", "Xi"); short forms
that are common words ("May", "Brown") are not listed, so only the full name counts, or
the surname after a title ("Mrs May": ``People.titled``). A one-word form followed by
another capitalised name is someone else's given name ("Tito Karnavian" is no Tito).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import NamedTuple

from .matching import is_word_char, trie_pattern

__all__ = ["NAME_PARTICLES", "Holder", "People", "family_name", "people", "unaccented"]

# States whose people's names open with the family name ("Xi Jinping", "Park Geun-hye",
# "Kim Jong Un", "Lee Kuan Yew"), which later mentions use alone ("Xi", "Park", "Lee");
# elsewhere a hyphenated given name last marks that order too ("Tsai Ing-wen", "Ban
# Ki-moon"). (Not Malaysia, whose Malay names are cited by their first word too, "Anwar
# Ibrahim" -> "Anwar": its "Abdullah", a prime minister to 2009, would then be Saudi
# Arabia's King Abdullah's namesake in 2010. The people file gives their short forms.)
_FAMILY_NAME_FIRST = frozenset({"CHN", "KOR", "PRK", "TWN", "SGP"})
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
# A capitalised word right after a one-word form, neither a day, a month nor a word of
# the person's office: the form was another person's given name ("Tito Karnavian").
_ANOTHER_SURNAME = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Administration|"
    r"Government|Cabinet|Doctrine|Jr|Sr|The|He|She|It|They|In|On|At|But|And)\b)"
    r"[A-Z][a-z]{2,}\b"
)


def family_name(name: str, code: str | None = None) -> str:
    """The word of ``name`` a later mention uses alone: its last ("John Kerry" ->
    "Kerry"), or its first where the family name comes first ("Park Geun-hye" -> "Park";
    ``code``: the person's state)."""
    words = name.split()
    if len(words) > 1 and _HYPHENATED_GIVEN_NAME.fullmatch(words[-1]):
        return words[-2]
    if len(words) > 1 and code in _FAMILY_NAME_FIRST:
        return words[0]
    # "Zine el-Abidine Ben Ali" -> "Ben Ali", "Herman Van Rompuy" -> "Van Rompuy": the
    # particles before the last word belong to the family name (a given name "Ben" of
    # two words does not: "Ben Wallace").
    first = len(words) - 1
    while first > 1 and words[first - 1].lower() in _PARTICLES:
        first -= 1
    return " ".join(words[first:]) if words else name


_PARTICLES = frozenset(
    {"ben", "bin", "ibn", "abu", "van", "von", "der", "den", "de", "da", "di", "le", "la"}
)
#: Particles in small letters inside a name: "Alfredo del Mazo", "Ursula von der Leyen",
#: "Dominique de Villepin" (a name's words, not the sentence's).
NAME_PARTICLES = frozenset({"de", "del", "della", "da", "di", "dos", "das", "do", "la", "le"})
NAME_PARTICLES |= frozenset({"van", "von", "der", "den", "bin", "al", "el", "ibn"})


OFFICES = {
    "hs": "head of state",
    "hg": "head of government",
    "fm": "foreign minister",
    "dm": "defence minister",
    "fin": "finance minister",
    "vp": "vice president",
    "spk": "spokesperson",
    "nsa": "national security adviser",
    "tr": "trade negotiator",
    "cm": "commerce secretary",
    "un": "ambassador to the UN",
}
_OPEN_ENDED = 2026  # "in office at the last update"

#: A span of years, first and last included: one year is (year, year).
Years = tuple[int, int]


@dataclasses.dataclass(frozen=True)
class Holder:
    """One person in one office: a row of ``data/people.tsv``."""

    code: str
    office: str
    first: int
    last: int
    name: str
    woman: bool = False


def _in_office(holder: Holder, when: Years) -> bool:
    """Whether ``holder`` was in office at some time ``when``; a year either side counts
    (a leader-elect, one just gone)."""
    return holder.first - 1 <= when[1] and when[0] <= holder.last + 1


def unaccented(name: str) -> str:
    """``name`` with its letters' accents dropped ("Özal" -> "Ozal")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The Arabic article before a name, joined by a hyphen or a space as outlets choose:
# "Al Thani" / "Al-Thani", "al-Jubeir" / "al Jubeir"; and spelt with either vowel, as
# Egyptian names often are ("al-Sisi" / "el-Sisi").
_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)[ -](?=[A-Z])")
_OTHER_VOWEL = {"al": "el", "Al": "El", "el": "al", "El": "Al"}


# A given name of two syllables joined by a hyphen, as Korean and Taiwanese names are
# written in one style ("Roh Moo-hyun", "Lee Teng-hui"); other outlets and decades write
# "Roh Moo Hyun" or "Roh Moo-Hyun".
_SYLLABLES = re.compile(r"\b([A-Z][a-z]+)-([a-z]+)\b")


def spellings(form: str) -> tuple[str, ...]:
    """``form`` as wire copy may spell it: without accents, with the Arabic article
    joined either way and with either vowel, and with a hyphenated given name's second
    syllable capitalised, after a hyphen or a space."""
    plain = unaccented(form)
    joined = [_ARTICLE.sub(rf"\1{mark}", each) for each in (form, plain) for mark in "- "]
    joined += [_other_vowel(each, mark) for each in (form, plain) for mark in "- "]
    syllables = [_capitalised_syllable(each, mark) for each in (form, plain) for mark in "- "]
    return tuple(dict.fromkeys((form, plain, *joined, *syllables)))


def _other_vowel(form: str, mark: str) -> str:
    """``form`` with the Arabic article spelt with its other vowel, joined by ``mark``."""
    return _ARTICLE.sub(lambda m: f"{_OTHER_VOWEL[m.group(1)]}{mark}", form)


def _capitalised_syllable(form: str, mark: str) -> str:
    """``form`` with each hyphenated given name's second syllable capitalised after
    ``mark`` ("Moo-hyun" -> "Moo Hyun")."""
    return _SYLLABLES.sub(lambda m: f"{m.group(1)}{mark}{m.group(2).capitalize()}", form)


class NameMention(NamedTuple):
    """A person's name found in a text, and the form that matched."""

    start: int
    end: int
    form: str


class People:
    """Every form of every holder, with one scanner for all of them. Use ``people()``."""

    def __init__(self, rows: list[list[str]]) -> None:
        forms: dict[str, list[Holder]] = {}
        for row in rows:
            code, office, first, last, name, short = row[:6]
            woman = row[6:7] == ["f"]
            holder = Holder(code, office, int(first), int(last or _OPEN_ENDED), name, woman)
            for form in [name, *(s for s in short.split(",") if s and s != "-")]:
                # Wire copy often drops accents: "Francois Mitterrand", "Turgut Ozal".
                for spelling in spellings(form):
                    if holder not in forms.setdefault(spelling, []):
                        forms[spelling].append(holder)
        self.forms = {form: tuple(holders) for form, holders in forms.items()}
        by_name: dict[str, list[str]] = {}
        for form, holders in forms.items():
            for holder in holders:
                if form not in by_name.setdefault(holder.name, []):
                    by_name[holder.name].append(form)
        self._forms_of = {name: tuple(found) for name, found in by_name.items()}
        surnames: dict[str, list[Holder]] = {}
        for holders in forms.values():
            for holder in holders:
                surname = family_name(holder.name, holder.code)
                if holder not in surnames.setdefault(surname, []):
                    surnames[surname].append(holder)
        self._surnames = {name: tuple(holders) for name, holders in surnames.items()}
        # No lookbehind in front: a pattern that opens with literals lets the regex engine
        # skip ahead to the next possible first letter. The left boundary is checked below.
        # The name ends where a word does; "'" only in a possessive ("Modi's", or alone
        # after a name ending in "s": "Mattis' visit"), not in a longer name ("O'Neill").
        self._scanner = re.compile(rf"(?:{trie_pattern(self.forms)})(?![\w-])(?!'(?!s\b|[\s,.;:]))")
        self._last: tuple[str, tuple[NameMention, ...]] | None = None

    def holders(self, form: str, when: Years | None = None) -> tuple[Holder, ...]:
        """The holders ``form`` names (in office at some time ``when``, when given)."""
        found = self.forms.get(form, ())
        if when is None:
            return found
        near = tuple(h for h in found if _in_office(h, when))
        if len({h.code for h in near}) > 1:
            # "Charles Michel" in 2020: Belgium's prime minister until 2019 by a year's
            # grace, the EU's president then; the office held that very year wins.
            held = tuple(h for h in near if h.first <= when[1] and when[0] <= h.last)
            return held or near
        return near

    def is_woman(self, name: str) -> bool | None:
        """Whether the person of full name ``name`` is a woman; ``None`` for a name the
        gazetteer does not hold."""
        # "Francois Hollande" as wire copy writes "François Hollande".
        plain = unaccented(name)
        holders = [h for h in self.forms.get(name, ()) if unaccented(h.name) == plain]
        return any(h.woman for h in holders) if holders else None

    def code(self, form: str, when: Years | None = None) -> str | None:
        """The one state or body ``form`` stood for (``when``), else ``None``."""
        codes = {holder.code for holder in self.holders(form, when)}
        return codes.pop() if len(codes) == 1 else None

    def titled(self, surname: str, when: Years | None = None) -> Holder | None:
        """The one holder (``when``) whose surname is ``surname``: for a surname after a
        title ("Mr Straw", "Mrs May"), where a common word is a name too."""
        found = [
            holder
            for holder in self._surnames.get(surname, ())
            if when is None or _in_office(holder, when)
        ]
        # One person who stood for one state or body: "Mr Shevardnadze" with no date is
        # Soviet or Georgian, so neither.
        one = len({h.name for h in found}) == 1 and len({h.code for h in found}) == 1
        return found[-1] if one else None

    def era(self, mentions: Iterable[NameMention]) -> Years | None:
        """The years in which everyone ``mentions`` names (each form naming one person)
        was in office, for a text with no date: "Reagan" and "Shultz" date it to
        1982-1989, so "Shevardnadze" there is the Soviet foreign minister. ``None`` if no
        form names one person or their years do not overlap."""
        first, last = 0, _OPEN_ENDED
        for form in {mention.form for mention in mentions}:
            holders = self.forms.get(form, ())
            if len({holder.name for holder in holders}) != 1:
                continue  # "Bush": two people, no date of its own
            first = max(first, min(h.first for h in holders))
            last = min(last, max(h.last for h in holders))
        return (first, last) if 0 < first <= last else None

    def forms_of(self, name: str) -> tuple[str, ...]:
        """Every form the file lists for the person named ``name`` in full ("Volodymyr
        Zelenskiy": also "Zelensky", "Zelenskyy"); none for a name it does not list."""
        return self._forms_of.get(name, ())

    def offices(self, name: str) -> frozenset[str]:
        """The offices (``OFFICES``' keys) the person named ``name`` in full ever held."""
        return frozenset(h.office for h in self.forms.get(name, ()) if h.name == name)

    def full_name(self, form: str, when: Years | None = None) -> str | None:
        """The full name ``form`` is short for, when it is one person."""
        names = {holder.name for holder in self.holders(form, when)}
        return names.pop() if len(names) == 1 else None

    def find(self, text: str) -> tuple[NameMention, ...]:
        """Every form in ``text`` as a whole name, left to right, the longest at a place."""
        # The offline coder and normalisation both ask about one article in turn: the
        # article is read once (the same string object, so identity is the test).
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found = self._find(text)
        self._last = (text, found)
        return found

    def _find(self, text: str) -> tuple[NameMention, ...]:
        found = []
        position = 0
        search = self._scanner.search
        while (match := search(text, position)) is not None:
            start = match.start()
            if start and (is_word_char(text[start - 1]) or text[start - 1] in ".'-"):
                position = start + 1  # mid-word: a name may still start later inside it
                continue
            if " " not in match.group() and _ANOTHER_SURNAME.match(text, match.end()):
                # "Tito Karnavian", "Franco Frattini": the short form is another's first name
                position = match.end()
                continue
            found.append(NameMention(start, match.end(), match.group()))
            position = match.end()
        return tuple(found)


@functools.cache
def people() -> People:
    """The shared people gazetteer, read once per process."""
    text = resources.files("diplosum").joinpath("data", "people.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return People(rows)
