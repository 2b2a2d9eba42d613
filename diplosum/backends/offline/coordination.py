"""Which actors a list joins, for the offline rules: "Chile, Peru and Bolivia", "Sullivan
and Kono", "Peru's foreign minister Ana Soto and Chile's trade minister Luis Vega".

``with_listed``: an actor and those listed right after it (a state and its officer named
together count once); ``list_start``: where the list an actor ends starts;
``oxford_list``: a list a serial comma and "and" close; ``two_by_a_comma``: two actors a
comma alone joins are no list ("As a member of the OAS, Chile ..."). ``subjects`` reads
a clause's subject with them, ``RuleSentence.listed_before`` and ``aims_by`` its lists.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ...text.gazetteer import gazetteer
from .actors import ActorMention
from .clauses import appositive_possessive, joins_list
from .titles import POSSESSIVE

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["list_start", "oxford_list", "two_by_a_comma", "with_listed"]


# Between two members of a list, "or" too: "citizens of Chile, Peru or Bolivia".
_LISTED = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?")


def list_start(s: RuleSentence, actor: ActorMention) -> int:
    """Where the list ``actor`` ends starts ("Citizens of | Chile, Peru or Bolivia"), for
    what comes before the list holds for each member."""
    start = actor.start
    for mention in reversed(s.actors):
        if mention.end <= start and _LISTED.fullmatch(s.text, mention.end, start):
            start = mention.start
    return start


# The last item of a list, after its serial comma: "Chile, Peru, the Holy See, and |
# Panama urged".
_SERIAL_AND = re.compile(r",\s+(?:and|or)\s+(?:the\s+)?\Z")


def oxford_list(
    s: RuleSentence, first: ActorMention, earlier: list[ActorMention]
) -> list[ActorMention]:
    """``first`` with the list it ends, when a serial comma and "and" before it (which
    read as a clause break) join it to three or more; else none."""
    if not _SERIAL_AND.search(s.text, max(0, first.start - 12), first.start):
        return []
    listed = s.listed_before(first, earlier)
    return listed if len(listed) >= 3 else []


def two_by_a_comma(text: str, chosen: list[ActorMention], keep: int = 0) -> list[ActorMention]:
    """``chosen``, a list, unless it is two actors a comma alone joins ("As a member of
    the OAS, Chile ..."): then only the one it was listed from (``keep``: the first, or
    -1, the last). A list of two has its "and"; one of three or more may lack a last
    "and" the rules can read ("A, B, C and Vice-President X")."""
    chosen = _closed_list(text, chosen, keep)
    if (
        len(chosen) == 2
        and _COMMA_ONLY.fullmatch(text, chosen[0].end, chosen[1].start)
        # Not a list that goes on past them ("A, B and other states"), nor one that opens
        # the sentence, as a headline's does ("EC, U.S. plan talks").
        and not _LIST_GOES_ON.match(text, chosen[1].end)
        and text[: chosen[0].start].strip(" \"'\u201c")
    ):
        return [chosen[keep]]
    return chosen


def _closed_list(text: str, chosen: list[ActorMention], keep: int) -> list[ActorMention]:
    """``chosen`` up to the item after its "and": "After visits to Chile, Peru and Bolivia,
    Ana Soto said" lists three, and Soto (after a comma past the "and") is no part of it;
    from the last (``keep`` -1), only the last is left."""
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(chosen)]
    joined = next((i for i, gap in enumerate(gaps) if _AND_OR.search(gap)), None)
    if joined is None or all(gap.strip() != "," for gap in gaps[joined + 1 :]):
        return chosen
    return chosen[-1:] if keep == -1 else chosen[: joined + 2]


# A comma alone between two actors, or with the article of the second ("by Chile, the
# Peruvian fee": no list).
_COMMA_ONLY = re.compile(r"\s*,\s*(?:[Tt]he\s+)?")
_AND_OR = re.compile(r"\b(?:and|or)\b|&")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|&|as\s+well\s+as\b)")


def with_listed(
    s: RuleSentence, first: ActorMention, earlier: list[ActorMention]
) -> list[ActorMention]:
    """``first`` and the actors of ``earlier`` listed right after it."""
    chosen = [first]
    last = first
    offices = gazetteer().office_words
    for mention in earlier[earlier.index(first) + 1 :]:
        between = s.text[last.end : mention.start].split()
        # "Peruvian President Ana Soto", "Peru's foreign minister Ana Soto", "Peru's
        # Soto": the state and its officer are one actor.
        words = between[1:] if between and between[0] in POSSESSIVE else between
        if (
            between
            and mention.code == last.code
            and all(word.lower().rstrip(".") in offices for word in words)
        ):
            last = mention
            continue
        # One mention may name several ("the two Koreas"): they share its span.
        if mention.start != last.start and not joins_list(" ".join(between)):
            break
        if appositive_possessive(s.text, mention.end):
            break  # "Chile, Peru's main trading partner,": what Chile is to Peru
        chosen.append(mention)
        last = mention
    # "As a member of the OAS, Chile cannot": the subject is the one nearer its verb.
    return two_by_a_comma(s.text, chosen, keep=-1)
