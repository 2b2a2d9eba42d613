"""Who the subject of a clause is, for the offline rules (``RuleSentence.holders``).

The subject of the clause that ends at an offset: an adjective or possessive right before
it ("an EU demand"), else the first actor after the last clause break, with those listed
with it ("Sullivan and Kono", "Britain, France, and Japan") or named along with it
("Russia, along with Iran, condemned"); past an appositive or a relative clause ("Chile,
a close ally of Spain, has refused"), the one it follows; after a participle (",
saying ..."), the clause before's; else the nearest actor before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text.gazetteer import gazetteer
from .actors import ActorMention
from .clauses import joins_list, office_end

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["OPENING_PLACE", "clause_breaks", "holders", "with_listed"]

_BREAK = re.compile(r"[,;:][\"'\u201d\u2019]?\s")
_RELATIVE = re.compile(r"(?:which|who|whose|that)\s")
# ", saying ...", ", adding that ...": a reporting participle, whose subject is the main
# clause's.
_PARTICIPLE = re.compile(r"(?:saying|adding|noting|insisting|arguing|stressing|telling)\s")
# Relative pronouns that open a clause inside another (not "that": "a hope that Spain is
# ready to" asserts nothing of Spain).
_OPENER = re.compile(r"\b(?:what|which|whom)\s")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?\Z")
_AND_VERB = re.compile(r"\band\s+(?:also\s+|then\s+)?[a-z]+(?:s|ed)\b")
# A clause that opens with "he" or "she" (after a quotation mark): its subject.
_PRONOUN_FIRST = re.compile(r"[\"'\u201c\u2018]?\s*\b([Hh]e|[Ss]he)\b(?!')")
# What sets off an appositive or a relative clause after a subject: an article or
# possessive ("a close ally of", "the Polish foreign minister"), "which"/"who", a
# participle, a name, or a linking adverb ("Turkey, however, insists").
_APPOSITIVE = re.compile(
    r"(?:a|an|the|one|its|his|her|their|which|who|whose)\s"
    # A reduced relative clause: "China, considered the most capable of ..., has said".
    r"|(?:considered|seen|regarded|viewed|described|known|widely|long|itself|backed|led|"
    r"home|facing|struggling|hit)\s"
    r"|(?:however|meanwhile|though|too|also|instead|in\s+turn|in\s+response"
    r"|for\s+(?:its|his|her)\s+part)$"
    r"|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*$"
)
# What may stand between a list's serial comma and its last actor: "and", "and the".
_AND_THEN = re.compile(r"(?:and|or)\s+(?:the\s+)?")
# An insertion naming those who act with the subject: "Russia, along with Iran, condemned".
_ACCOMPANIED = re.compile(r"(?:along\s+with|together\s+with|as\s+well\s+as)\s")
# The start of a predicate after an appositive: auxiliaries, adverbs, a day ("has once
# again", "on Friday").
_PREDICATE = re.compile(
    r"(?:(?:[a-z]+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,5}"
)


# An opening phrase of place or occasion that ends with an actor: "On the sidelines of
# the G20,", "In Geneva,", "Meanwhile, at the UN,".
OPENING_PLACE = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ff]rom|[Ii]nside|"
    r"[Oo]utside)\b[^,;]*\Z"
)


def _lists(s: RuleSentence, comma: re.Match[str]) -> bool:
    """Whether a comma separates two actors of a list ("Davutoglu, Merkel and Tusk"),
    or is a list's serial comma ("Britain, France, and Japan"), rather than separating
    two clauses ("Peru criticised Chile, and Bolivia welcomed")."""
    if comma.group()[0] != ",":
        return False
    before = [a for a in s.actors if a.end == comma.start()]
    if not before:
        return False
    if OPENING_PLACE.match(s.text, 0, before[0].start):
        return False  # "On the sidelines of the G20, Modi met": an opening phrase ends
    if any(a.start == comma.end() for a in s.actors):
        return True
    # A serial comma: "and" then the last actor, after a list of at least two.
    last = next((a for a in s.actors if a.start > comma.end()), None)
    if last is None or not _AND_THEN.fullmatch(s.text, comma.end(), last.start):
        return False
    opening = s.text[: before[0].start].rstrip()
    return opening.endswith(",") and any(a.end == len(opening) - 1 for a in s.actors)


def holders(s: RuleSentence, offset: int, *, within_clause: bool = False) -> list[ActorMention]:
    """The subject of the clause ending at ``offset``, with coordinated ones ("Sullivan
    and Kono"): an adjective or possessive right before it ("an EU demand"), else the
    first actor after the last clause break, else (unless ``within_clause``) the
    nearest actor before."""
    earlier = [
        a for a in s.actors if a.end <= offset and a.code and not s.in_compound(a) and s.is_agent(a)
    ]
    if not earlier:
        return []
    last = earlier[-1]
    gap = s.text[last.end : offset]
    if last.kind == "adjective" and not gap.strip():
        # "an EU demand"; "Japan and the U.S. held talks": those listed before it too.
        return _listed_before(s, last, earlier)
    if gap.strip() in ("'s", "\u2019s"):
        return [last]
    breaks = clause_breaks(s, offset)
    clause_start = breaks[-1].end() if breaks else 0
    in_clause = [a for a in earlier if a.start >= clause_start]
    pronoun = _PRONOUN_FIRST.match(s.text, clause_start)
    if pronoun is not None and (not in_clause or pronoun.end() <= in_clause[0].start):
        # "She started with support for Israel and then she expressed concern", "She is
        # allowed to back Israel but also wants ...", "In Nairobi, he met ...": the
        # pronoun is the subject, a state after it an object.
        person = s.he_or_she(pronoun.start(1))
        # Placed where the pronoun is, as the subject stands there.
        return (
            [] if person is None else [person._replace(start=pronoun.start(1), end=pronoun.end(1))]
        )
    in_clause = _past_opener(s, in_clause, clause_start, offset)
    if not in_clause and breaks and _RELATIVE.match(s.text, clause_start):
        # "Vietnam, which opposes ...": the relative clause's subject is what it follows.
        return _antecedent(s, earlier, breaks[-1])
    if not in_clause and len(breaks) >= 2:
        subject = _before_appositive(s, earlier, breaks[-2], breaks[-1], offset)
        if subject is not None:
            return with_listed(s, subject, earlier) + _accompanying(
                s, earlier, breaks[-2], breaks[-1]
            )
    if not in_clause and within_clause:
        return []
    if not in_clause and len(breaks) >= 2 and _RELATIVE.match(s.text, breaks[-2].end()):
        # "Turkey, which occupies northern Cyprus, had insisted": the subject is what
        # the relative clause follows.
        return _antecedent(s, earlier, breaks[-2])
    if not in_clause and breaks and _PARTICIPLE.match(s.text, clause_start):
        # "India rejected Pakistan's offer, saying ...": the subject of the clause
        # before, not the nearest actor.
        segment_start = breaks[-2].end() if len(breaks) >= 2 else 0
        previous = [a for a in earlier if segment_start <= a.start < clause_start]
        if previous:
            return with_listed(s, previous[0], earlier)
    if not in_clause and len(breaks) >= 2:
        # ", vowing to ...": a participle's subject is the previous clause's.
        previous = [a for a in earlier if breaks[-2].end() <= a.start < clause_start]
        in_clause = previous[:1]
    return with_listed(s, in_clause[0] if in_clause else earlier[-1], earlier)


def _antecedent(
    s: RuleSentence, earlier: list[ActorMention], brk: re.Match[str]
) -> list[ActorMention]:
    """What the relative clause after ``brk`` follows: the actor right before it, or the
    one whose office ends there ("The Peruvian president, who met ...")."""
    before = [
        a for a in earlier if a.end == brk.start() or office_end(s.text, a.end) == brk.start()
    ]
    return before[-1:]


def _past_opener(
    s: RuleSentence, in_clause: list[ActorMention], start: int, offset: int
) -> list[ActorMention]:
    """``in_clause`` from the last clause in it that a reporting verb (with or without
    "that") or a relative pronoun opens, when an actor stands first there ("Germany said
    Russia rejected the plan": Russia rejects; "in what the US government dismissed as a
    sham": the US)."""
    if len(in_clause) < 2:
        return in_clause
    # Not after "told": the one told comes next ("told Juncker that Britain hopes").
    ends = [
        hit.end
        for hit in s.find("reporting")
        if start <= hit.start and hit.end <= offset and not hit.phrase.startswith(("told", "tell"))
    ]
    ends += [m.end() for m in _OPENER.finditer(s.text, start, offset)]
    if not ends:
        return in_clause
    opened = max(ends)
    after = [a for a in in_clause if a.start >= opened]
    # Its subject comes first in it ("said the ministry would work with the Japanese
    # government" is no Japanese act), and a second predicate after "and" may be the
    # first subject's ("Seoul says Japan is a partner and wants to widen ties with it").
    if (
        not after
        or len(s.text[opened : after[0].start].split()) > 2
        or _AND_VERB.search(s.text, after[0].end, offset)
        or _AND_BEFORE.search(s.text, max(0, offset - 12), offset)
    ):
        return in_clause
    return after


# A short aside between commas, after a subject and before its verb: "Germany, in a
# statement, called for ...", "Japan, for its part, ...".
_ASIDE = re.compile(
    r",\s+(?:in\s+(?:a|an)\s+(?:statement|tweet|speech|interview|letter|communique|"
    r"joint\s+statement)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Twitter)|for\s+(?:its|their|his|her)\s+part|however|meanwhile|too|in\s+turn|"
    r"in\s+response|in\s+return|earlier|later|last\s+week|this\s+week),\s"
)


def clause_breaks(s: RuleSentence, offset: int) -> list[re.Match[str]]:
    """The clause breaks before ``offset``: commas, semicolons and colons, not the
    commas of a list of actors nor those around a short aside ("Germany, in a
    statement, called for")."""
    asides = {
        at
        for aside in _ASIDE.finditer(s.text, 0, offset)
        for at in (aside.start(), aside.end() - 2)
    }
    return [
        b
        for b in _BREAK.finditer(s.text, 0, offset)
        if b.start() not in asides and not _lists(s, b)
    ]


def _listed_before(
    s: RuleSentence, last: ActorMention, earlier: list[ActorMention]
) -> list[ActorMention]:
    """``last`` and the actors of ``earlier`` listed right before it ("Japan and the")."""
    chosen = [last]
    for mention in reversed(earlier[: earlier.index(last)]):
        if not joins_list(s.text[mention.end : chosen[0].start]):
            break
        chosen.insert(0, mention)
    return chosen


def with_listed(
    s: RuleSentence, first: ActorMention, earlier: list[ActorMention]
) -> list[ActorMention]:
    """``first`` and the actors of ``earlier`` listed right after it."""
    chosen = [first]
    last = first
    offices = gazetteer().office_words
    for mention in earlier[earlier.index(first) + 1 :]:
        between = s.text[last.end : mention.start].split()
        # "Turkish President Tayyip Erdogan": the state and its officer are one actor.
        if (
            between
            and mention.code == last.code
            and all(word.lower().rstrip(".") in offices for word in between)
        ):
            last = mention
            continue
        # One mention may name several ("the two Koreas"): they share its span.
        if mention.start != last.start and not joins_list(" ".join(between)):
            break
        chosen.append(mention)
        last = mention
    return chosen


def _before_appositive(
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
    state the appositive names first."""
    if not _PREDICATE.fullmatch(s.text, closes.end(), offset):
        return None
    inserted = s.text[opens.end() : closes.start()]
    if not _APPOSITIVE.match(inserted) and not _ACCOMPANIED.match(inserted):
        return None
    previous = clause_breaks(s, opens.start())
    segment_start = previous[-1].end() if previous else 0
    before = [a for a in earlier if segment_start <= a.start and a.end <= opens.start()]
    if before:
        return before[0]
    if not s.text[segment_start : opens.start()].strip()[:1].isupper():
        return None
    within = [a for a in earlier if opens.end() <= a.start and a.end <= closes.start()]
    return within[0] if within and inserted.lower().startswith("the ") else None


def _accompanying(
    s: RuleSentence, earlier: list[ActorMention], opens: re.Match[str], closes: re.Match[str]
) -> list[ActorMention]:
    """Those an insertion names as acting with the subject ("Russia, along with Iran
    and Syria, condemned"), if it is such an insertion."""
    if not _ACCOMPANIED.match(s.text, opens.end(), closes.start()):
        return []
    within = [a for a in earlier if opens.end() <= a.start and a.end <= closes.start()]
    return s.listed_from(within[0]) if within else []
