"""The actor gazetteer: which state or body a name, adjective or seat of government stands for.

Data lives in ``diplosum/data/`` (see its README): country names, adjectives and capitals,
plus hand-written abbreviations, seats of government, intergovernmental bodies, historical
states and context-dependent names. Matching is case-sensitive and on word boundaries, so
"US" (the state) is found and "us" (the pronoun) is not; the longest name wins ("South
Korean" before "Korea").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from .matching import is_word_char, trie_pattern, word_starts
from .people import people, unaccented

__all__ = ["Gazetteer", "Mention", "actor_terms", "gazetteer"]

# Up to this length a text is a phrase (a name or a title), looked up through a cache.
_PHRASE_CHARS = 120

MentionKind = Literal["name", "adjective", "seat", "igo"]


# A historical state named as history, which dates no article to its time: "the former
# Soviet republics", "since the collapse of the Soviet Union", "post-Soviet", "Soviet-era".
_AS_HISTORY_BEFORE = re.compile(
    r"(?:\b(?:former|ex|post|pre|the\s+(?:collapse|fall|break-?up|end|demise|dissolution|"
    r"disintegration|days|time|era)\s+of(?:\s+the)?)[\s-]+|\bsince\s+(?:the\s+)?)\Z",
    re.IGNORECASE,
)
_AS_HISTORY_AFTER = re.compile(r"-era\b|\s+era\b|\s+times\b")


class Mention(NamedTuple):
    """One place in a text naming a state or body (a named tuple: made in a hot loop)."""

    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    kind: MentionKind


@dataclasses.dataclass(frozen=True)
class _Historical:
    until: dt.date
    successor: str


def _read(name: str) -> Any:
    return json.loads(resources.files("diplosum").joinpath("data", name).read_text("utf-8"))


class Gazetteer:
    """Terms -> codes, with a compiled scanner. Build with ``gazetteer()`` (cached)."""

    def __init__(self) -> None:
        countries: dict[str, dict[str, list[str]]] = _read("countries.json")
        extra: dict[str, Any] = _read("actors_extra.json")
        self.terms: dict[str, tuple[tuple[str, ...], MentionKind]] = {}
        self.primary_names = {code: entry["names"][0] for code, entry in countries.items()}
        # Each table in turn: hand-written entries come last and win over derived ones.
        self._add_countries(countries, set(extra["exclude"]))
        self._add_extra(extra)
        self._add_historical(extra)
        self.igo_codes = frozenset(extra["igos"])
        # What a reader knows a code by: "France", "United Nations", "Soviet Union".
        self.display_names = {
            **{code: terms[0] for code, terms in extra["igos"].items()},
            **{code: entry["names"][0] for code, entry in extra["historical"].items()},
            **self.primary_names,
        }
        self._by_code: dict[str, list[str]] = {}
        for term, (codes, _) in self.terms.items():
            for code in codes:
                self._by_code.setdefault(code, []).append(term)
        self._add_offices(extra)
        self._build_scanners()

    def _add(self, term: str, codes: tuple[str, ...], kind: MentionKind) -> None:
        self.terms[term] = (codes, kind)

    def _add_countries(
        self, countries: dict[str, dict[str, list[str]]], excluded: set[str]
    ) -> None:
        """The names, adjectives and seats of ``countries.json``, less ``excluded``."""
        # Adjectives several states share ("Congolese", "Guinean"): each with all of them,
        # for a person the people gazetteer can place ("Congolese president Sassou Nguesso").
        sharing: dict[str, set[str]] = {}
        for code, entry in countries.items():
            for term in entry["adjectives"]:
                sharing.setdefault(term, set()).add(code)
        self.shared_adjectives = {t: frozenset(c) for t, c in sharing.items() if len(c) > 1}
        derived: tuple[tuple[MentionKind, str], ...] = (
            ("name", "names"),
            ("adjective", "adjectives"),
            ("seat", "seats"),
        )
        for code, entry in countries.items():
            for kind, field in derived:
                for term in entry[field]:
                    if term not in excluded:
                        self._add(term, (code,), kind)
        # As wire copy types them, once every listed term is in: "Cote d'Ivoire",
        # "Yaounde", with a curly apostrophe (never in place of a term listed as it is).
        for code, entry in countries.items():
            for kind, field in derived:
                for term in (t for t in entry[field] if t not in excluded):
                    for typed in _typed_forms(term):
                        if typed not in excluded and typed not in self.terms:
                            self._add(typed, (code,), kind)

    def _add_extra(self, extra: dict[str, Any]) -> None:
        """The hand-written aliases, adjectives and seats of ``actors_extra.json``, its
        bodies, regions and combining forms."""
        sections: tuple[tuple[MentionKind, str], ...] = (
            ("name", "aliases"),
            ("adjective", "adjectives"),
            ("seat", "seats"),
        )
        for kind, section in sections:
            for code, terms in extra[section].items():
                for term in terms:
                    self._add(term, (code,), kind)
        for code, terms in extra["igos"].items():
            for term in terms:
                self._add(term, (code,), "igo")
        # "Latin America": no actor, and no "America" inside it (dropped in ``_find``).
        for term in extra["regions"]["names"]:
            self._add(term, (), "name")
        # "Franco" in "Franco-German": a state only as the first part of such a compound.
        combining = {k: v for k, v in extra["combining"].items() if k != "_about"}
        for code, terms in combining.items():
            for term in terms:
                self._add(term, (code,), "adjective")
        self.combining = frozenset(term for terms in combining.values() for term in terms)

    def _add_historical(self, extra: dict[str, Any]) -> None:
        """States that no longer exist ("Soviet Union"), until when, and their successors;
        and the aliases whose code depends on the text (``contextual``)."""
        self.historical: dict[str, _Historical] = {}
        for code, entry in extra["historical"].items():
            for term in entry["names"]:
                self._add(term, (code,), "name")
            for term in entry["adjectives"]:
                self._add(term, (code,), "adjective")
            until = dt.date.fromisoformat(entry["until"])
            self.historical[code] = _Historical(until, entry["successor"])
        # Most codes have no historical predecessor: looked up, not searched for. A successor
        # that existed beside the historical state (West Germany, DEU, beside the DDR) keeps
        # its own code before the date.
        self._predecessors: dict[str, list[tuple[str, _Historical]]] = {}
        for code, historical in self.historical.items():
            if not extra["historical"][code].get("successor_existed", False):
                self._predecessors.setdefault(historical.successor, []).append((code, historical))
        self.contextual: list[tuple[str, tuple[str, ...], str]] = [
            (c["alias"], tuple(c["code"].split()), c["when"]) for c in extra["contextual"]
        ]

    def _add_offices(self, extra: dict[str, Any]) -> None:
        """The words of offices and institutions, for titles (``titles``)."""
        # Portfolios ("Agriculture Secretary", "Oil Minister") belong to a title too, but
        # never make one alone ("Petroleum Co", "Economic Cooperation").
        self.portfolios = frozenset(extra["portfolios"])
        self.office_words = frozenset(extra["office_words"]) | self.portfolios
        # Offices held where one is sent ("Ambassador to Japan"): the state named after
        # "to" is where, not whose.
        self.posted_offices = frozenset(extra["posted_offices"])
        self.institutions = frozenset(extra["institutions"])
        self.title_states: dict[str, str] = {
            k: v for k, v in extra["title_states"].items() if not k.startswith("_")
        }

    def _build_scanners(self) -> None:
        """The compiled scanners of all terms and of the historical ones."""
        self._contextual_scanners: dict[frozenset[str], re.Pattern[str]] = {}
        # A few terms open with a lower-case letter ("mainland China"). In the scanner they
        # would make it stop at every "t", "m" and "w" of the text, doubling its cost: they
        # are found with str.find instead, and merged as one scan would have found them.
        self._lowercase_terms = [term for term in self.terms if term[0].islower()]
        self._scanner = self._compile(t for t in self.terms if not t[0].islower())
        self._historical_terms = [
            term for term, (codes, _) in self.terms.items() if set(codes) & set(self.historical)
        ]
        self._historical_scanner = self._compile(self._historical_terms)
        # A term that holds another ("Soviet Union", "Soviet") is in a text only if that one
        # is: the prefilter tests the shortest ones alone.
        self._historical_cues = [
            term
            for term in self._historical_terms
            if not any(other != term and other in term for other in self._historical_terms)
        ]
        self._last_context: tuple[str, dict[str, tuple[tuple[str, ...], MentionKind]]] | None = None

    @staticmethod
    def _compile(terms: Iterable[str]) -> re.Pattern[str]:
        # No lookbehind at the front: a pattern that opens with literal characters lets the
        # regex engine skip to the next possible first letter, about 2.5 times faster. The
        # left boundary is checked by ``_scan``.
        return re.compile(rf"(?:{trie_pattern(terms)})(?![\w$])")

    def _contextual_for(self, context: str) -> dict[str, tuple[tuple[str, ...], MentionKind]]:
        # Normalisation asks about many names in one article: look the article over once.
        last = self._last_context
        if last is not None and last[0] is context:
            return last[1]
        found: dict[str, tuple[tuple[str, ...], MentionKind]] = {
            alias: (codes, "name") for alias, codes, when in self.contextual if when in context
        }
        self._last_context = (context, found)
        return found

    def find(self, text: str, *, context: str | None = None) -> list[Mention]:
        """Every mention in ``text``, left to right. ``context`` enables contextual names."""
        extra = self._contextual_for(context) if context else {}
        if len(text) <= _PHRASE_CHARS:
            # Actors' names and titles recur across articles ("China", "Foreign Minister"):
            # look each up once per set of contextual names in force.
            return list(self._find_phrase(text, tuple(extra)))
        return self._find(text, extra)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - the gazetteer lives as long as the process
    def _find_phrase(self, phrase: str, aliases: tuple[str, ...]) -> tuple[Mention, ...]:
        extra: dict[str, tuple[tuple[str, ...], MentionKind]] = {
            alias: (codes, "name") for alias, codes, _ in self.contextual if alias in aliases
        }
        return tuple(self._find(phrase, extra))

    def _find(
        self, text: str, extra: dict[str, tuple[tuple[str, ...], MentionKind]]
    ) -> list[Mention]:
        terms = self.terms
        found = []
        for m in self._scanner.finditer(text):
            start = m.start()
            if start and _inside_word(text, start):
                # A match inside a word is no mention, and another may start within it:
                # then the careful scan. Most texts have none, and the plain one is cheaper.
                found = [
                    Mention(match.start(), match.end(), match.group(), *terms[match.group()])
                    for match in _scan(self._scanner, text)
                ]
                break
            term = m.group()
            codes, kind = terms[term]
            found.append(Mention(start, m.end(), term, codes, kind))
        lowercase = [
            Mention(start, start + len(term), term, *terms[term])
            for term in self._lowercase_terms
            if term in text
            for start in word_starts(text, term, joins_before=".")
        ]
        if lowercase:
            found = _leftmost_longest(found + lowercase)
        if self.combining.intersection(m.text for m in found):
            found = _compounded(found, text, self.combining)
        # Most contextual names are absent from most texts: one substring test rules each out.
        extra = {alias: value for alias, value in extra.items() if alias in text}
        if extra:
            taken = bytearray(len(text))
            for mention in found:
                taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            key = frozenset(extra)
            if key not in self._contextual_scanners:
                self._contextual_scanners[key] = self._compile(extra)
            for m in _scan(self._contextual_scanners[key], text):
                # Kept only where no other mention overlaps it.
                if not any(taken[m.start() : m.end()]):
                    found.append(Mention(m.start(), m.end(), m.group(), *extra[m.group()]))
            found.sort(key=lambda m: m.start)
        return [mention for mention in found if mention.codes]

    def resolve(self, phrase: str | None, *, context: str | None = None) -> str | None:
        """The code of the first state or body ``phrase`` names, or ``None``."""
        if not phrase:
            return None
        mentions = self.find(phrase, context=context)
        return mentions[0].codes[0] if mentions else None

    def historical_named(self, article: str) -> frozenset[str]:
        """The historical states an article names ("Soviet" -> SUN) as of its own time: not
        one it also speaks of as gone anywhere ("a former Soviet minister")."""
        # Most articles name none: a few substring tests say so faster than a scan.
        if not any(cue in article for cue in self._historical_cues):
            return frozenset()
        named: set[str] = set()
        past: set[str] = set()
        for m in _scan(self._historical_scanner, article):
            as_history = _AS_HISTORY_BEFORE.search(
                article, max(0, m.start() - 30), m.start()
            ) or _AS_HISTORY_AFTER.match(article, m.end())
            codes = {code for code in self.terms[m.group()][0] if code in self.historical}
            (past if as_history else named).update(codes)
        # A text that speaks of the state as gone ("since the Soviet collapse", "a
        # former Soviet minister") was written after it: its other mentions are history too.
        return frozenset(named - past)

    def historical_during(self, first: int, last: int) -> frozenset[str]:
        """The historical states that stood through the years ``first`` to ``last``: a
        text of those years means them by their successors' names ("Moscow" in 1987)."""
        return frozenset(
            code
            for entries in self._predecessors.values()
            for code, entry in entries
            if dt.date(last, 1, 1) < entry.until  # the last year began before the change
        )

    def in_force(
        self, code: str, published: dt.date | None, named: frozenset[str] = frozenset()
    ) -> str:
        """``code`` as it was on ``published``: RUS before 1991-12-26 is SUN, and so on.

        With no date, an article that names the historical state (``named``, from
        ``historical_named``) is taken to be of its time, so "Moscow" there is SUN too.
        """
        for historical, entry in self._predecessors.get(code, ()):
            if published is not None and published < entry.until:
                return historical
            if published is None and historical in named:
                return historical
        return code

    def split_office(self, name: str) -> tuple[str, str | None]:
        """``("Taro Kono", "Japanese Foreign Minister")`` from "Japanese Foreign Minister Taro
        Kono": leading office words and state adjectives move from a person's name to a title.
        """
        tokens = name.split()
        cut = 0
        while cut < len(tokens) - 1 and (
            tokens[cut].lower().rstrip(".") in self.office_words
            or self.terms.get(tokens[cut], ((), ""))[1] == "adjective"
        ):
            cut += 1
        rest = " ".join(tokens[cut:])
        # "vice foreign minister of Japan" is a description, not a name: leave it whole.
        if cut == 0 or rest in self.terms:
            return name, None
        return rest, " ".join(tokens[:cut])

    def terms_for(self, code: str) -> list[str]:
        """Every term that stands for ``code``."""
        return self._by_code.get(code, [])


def _typed_forms(term: str) -> tuple[str, ...]:
    """Other forms of ``term`` as typed: without its accents, and with a curly apostrophe
    for a straight one."""
    plain = unaccented(term)
    forms = {plain, term.replace("'", "\u2019"), plain.replace("'", "\u2019")} - {term}
    return tuple(sorted(forms))


def _leftmost_longest(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, leftmost first and the longest at one place, as a single
    regular-expression scan for all their terms would find them."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _inside_word(text: str, start: int) -> bool:
    """Whether ``start`` follows a letter, digit, "_" or "." (no word starts there)."""
    if not start:
        return False
    before = text[start - 1]
    return is_word_char(before) or before == "."


def _compounded(found: list[Mention], text: str, combining: frozenset[str]) -> list[Mention]:
    """``found`` less the combining forms ("Franco") not followed by a hyphen and another
    state's mention ("Franco-German"; not "Indo-Pacific", nor "General Franco")."""
    starts = {m.start for m in found}
    return [
        m
        for m in found
        if m.text not in combining or (text[m.end : m.end + 1] in "-\u2013" and m.end + 1 in starts)
    ]


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches that start a word: not after a letter, digit, "_" or "."."""
    position = 0
    search = pattern.search
    while (match := search(text, position)) is not None:
        start = match.start()
        if _inside_word(text, start):
            # Mid-word ("xKorea"): a match may still start later inside this one.
            position = start + 1
            continue
        yield match
        position = match.end()


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process."""
    return Gazetteer()


@functools.lru_cache(maxsize=4096)
def actor_terms(name: str, kind: str, code: str | None) -> tuple[str, ...]:
    """Words that name an actor: its name, a person's first and last names and other
    spellings, and every name, adjective and seat of its state or body; the likeliest
    first.

    Cached: the same actors ("China", "Foreign Minister Wang Yi") recur across articles.
    """
    terms = [name]
    if kind == "person":
        parts = name.split()
        # "Xi Jinping" is "Xi" in running text; "John Sullivan", "Sullivan".
        terms += [part for part in (parts[-1], parts[0]) if len(part) > 1 and part[0].isupper()]
        # Other spellings the people gazetteer knows ("Zelenskiy" is also "Zelensky").
        terms += people().forms_of(name)
    if code:
        gz = gazetteer()
        terms += gz.terms_for(code)
        # "the two Koreas", "the North": names of the state in the articles where they are.
        terms += [alias for alias, codes, _ in gz.contextual if code in codes]
    return tuple(t for t in dict.fromkeys(terms) if t)
