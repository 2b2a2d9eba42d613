"""Asides between a subject and its verb, set off by commas, for ``subjects``.

An appositive ("Chile, a close ally of Spain, has refused"), a relative clause ("Peru,
which claims the islands, had insisted"), one holding a list ("X, which buys A, B
and C, also wanted"), or an insertion naming those who act with the subject ("Russia,
along with Iran, condemned"): the subject is the one the aside follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text.dates import WEEKDAYS
from .actors import ActorMention
from .breaks import clause_breaks
from .clauses import ITS_PEOPLE, office_end
from .titles import POSSESSIVE

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = [
    "accompanying",
    "antecedent",
    "before_appositive",
    "opens_relative",
    "relative_break",
]

# ("Bolivia and Peru, both of which oppose ...": of every one of them)
_RELATIVE = re.compile(r"(?:(?:both|each|all)\s+of\s+(?:which|whom)|which|who|whose|that)\s")
# What sets off an appositive or a relative clause after a subject: an article or
# possessive ("a close ally of", "the Polish foreign minister", "another Morales critic"),
# "which"/"who", a participle, a name, or a linking adverb ("Turkey, however, insists").
_APPOSITIVE = re.compile(
    r"(?:a|an|the|one|its|his|her|their|which|who|whose|another|fellow|both|all|each)\s"
    # A reduced relative clause: "Chile, seen as the likeliest mediator, has said".
    r"|(?:considered|seen|regarded|viewed|described|known|widely|long|itself|backed|led|"
    r"home|facing|struggling|hit|"
    # A participle of where or how the subject is: "Velayati, visiting the UAE, told ..."
    r"visiting|speaking|addressing|attending|touring|arriving|returning|travelling|"
    r"traveling|writing|testifying|appearing|commenting)\s"
    r"|(?:however|meanwhile|though|too|also|instead|in\s+turn|in\s+response"
    r"|for\s+(?:its|his|her)\s+part)$"
    # A phrase of circumstance: "Hezbollah has, in response to accusations ..., denied",
    # "Peru, despite its objections, signed".
    r"|(?:in\s+(?:response|reply|reaction)\s+to|despite|according\s+to)\s"
    # Those left out of the subject: "EC members, except Britain, have said".
    r"|(?:except|excepting|excluding|apart\s+from|other\s+than|save\s+for|unlike|"
    r"with\s+the\s+exception\s+of)\s"
    r"|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$"
    # What the subject is to another, by that one's name: "Chile, Peru's main trading
    # partner, has said".
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:'s|\u2019s)\s+[a-z]"
)
# An office held for a state or body named right after it: "a spokeswoman for the
# Chilean government", "spokesman for Chile's foreign ministry", "an official of the
# Peruvian delegation" (not "an envoy to Peru", posted there).
_OFFICE_FOR = (
    r"(?:(?:senior|chief|top|deputy|main|lead)\s+)?"
    r"(?:spokes(?:man|woman|person)|representative|official|member|negotiator|adviser|"
    r"aide|delegate)\s+(?:for|of|with|from)\s+"
)
_HELD_FOR = re.compile(rf"(?:(?:a|an|the|one)\s+)?{_OFFICE_FOR}(?:the\s+)?")
# An insertion naming those who act with the subject: "Russia, along with Iran, condemned",
# "Germany, like France, opposes".
_ACCOMPANIED = re.compile(r"(?:along\s+with|together\s+with|as\s+well\s+as|like)\s")
# The start of a predicate after an appositive: auxiliaries, adverbs, a day ("has once
# again", "on Friday").
_PREDICATE = re.compile(rf"(?:(?:[a-z]+|{WEEKDAYS})\s+){{0,5}}")


def opens_relative(text: str, offset: int) -> bool:
    """Whether a relative clause ("which", "who", "whose", "that") opens at ``offset``."""
    return _RELATIVE.match(text, offset) is not None


# An aside naming who backs the subject: "Russia, with the support of 43 states including
# A, B and C, tried to": those listed back it; the subject acts.
_WITH_SUPPORT = re.compile(r"with\s+the\s+(?:support|backing|help|approval|blessing)\s+of\s")


def relative_break(s: RuleSentence, breaks: list[re.Match[str]]) -> re.Match[str] | None:
    """The break before a relative clause that ends at the last break, past the commas of
    a list inside it ("Egypt, which imports Soviet coal, wood and glass, also wanted")."""
    for back in range(2, min(len(breaks), 5) + 1):
        if _RELATIVE.match(s.text, breaks[-back].end()) or _WITH_SUPPORT.match(
            s.text, breaks[-back].end()
        ):
            return breaks[-back]
        # Only a list's items, of a few words each, stand between the later breaks.
        if len(s.text[breaks[-back].end() : breaks[-back + 1].start()].split()) > 3:
            return None
    return None


# The people of an adjective or possessive that act for its state: "EU lawmakers, who".
_ITS_PEOPLE = re.compile(rf"(?:'s|\u2019s)?\s+(?:{'|'.join(sorted(ITS_PEOPLE))})")


def antecedent(
    s: RuleSentence, earlier: list[ActorMention], brk: re.Match[str]
) -> list[ActorMention]:
    """What the relative clause after ``brk`` follows: the actor right before it, or the
    one whose office ends there ("The Peruvian president, who met ...")."""
    before = [
        a
        for a in earlier
        if a.end == brk.start()
        or office_end(s.text, a.end) == brk.start()
        or _ITS_PEOPLE.fullmatch(s.text, a.end, brk.start())
    ]
    return before[-1:]


def before_appositive(
    s: RuleSentence,
    earlier: list[ActorMention],
    opens: re.Match[str],
    closes: re.Match[str],
    offset: int,
) -> ActorMention | None:
    """The subject of a predicate that follows an appositive or a relative clause set
    off by commas: "Chile, a close ally of Spain, has refused", "The Polish foreign
    minister, Jan Novak, said", "Jan Novak, the Polish foreign minister, said". The
    subject is the first agent before the appositive, else (a name before it) the
    state the appositive names first, or the person it is ("The president, Jan Novak,
    has said"), or the one the person speaks for ("Jan Novak, a spokesman for the Polish
    government, said")."""
    if not _PREDICATE.fullmatch(s.text, closes.end(), offset):
        return None
    inserted = s.text[opens.end() : closes.start()]
    if not (
        _APPOSITIVE.match(inserted) or _ACCOMPANIED.match(inserted) or _HELD_FOR.match(inserted)
    ):
        return None
    previous = clause_breaks(s, opens.start())
    segment_start = previous[-1].end() if previous else 0
    before = [a for a in earlier if segment_start <= a.start and a.end <= opens.start()]
    if before:
        return before[0]
    if not s.text[segment_start : opens.start()].strip()[:1].isupper():
        return None
    within = [a for a in earlier if opens.end() <= a.start and a.end <= closes.start()]
    if not within:
        return None
    # "Jan Novak, the Polish foreign minister, said", "Jan Novak, Poland's foreign
    # minister, said": the state the appositive names; "The new president, Ana Soto, has
    # said": the person it is.
    named = (
        within[0].kind == "person" and s.text[within[0].start : within[0].end] == inserted.strip()
    )
    owner = within[0].start == opens.end() and s.text.startswith(POSSESSIVE, within[0].end)
    # "Ana Soto, a spokeswoman for the Chilean government, said": whom she speaks for.
    held_for = _HELD_FOR.fullmatch(s.text, opens.end(), within[0].start) is not None and s.is_agent(
        within[0]
    )
    return within[0] if inserted.lower().startswith("the ") or named or owner or held_for else None


def accompanying(
    s: RuleSentence, earlier: list[ActorMention], opens: re.Match[str], closes: re.Match[str]
) -> list[ActorMention]:
    """Those an insertion names as acting with the subject ("Russia, along with Iran
    and Syria, condemned"), if it is such an insertion."""
    if not _ACCOMPANIED.match(s.text, opens.end(), closes.start()):
        return []
    within = [a for a in earlier if opens.end() <= a.start and a.end <= closes.start()]
    return s.listed_from(within[0]) if within else []
