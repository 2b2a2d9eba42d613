"""The offline extractor's rules: a dictionary-based diplomatic event coder.

In the tradition of dictionary-based event coders (PETRARCH, behind GDELT and ICEWS), it
reads one sentence at a time:

1. Actors: states, bodies and people with their states (``diplosum.actors``).
2. Triggers from ``data/lexicon.json`` for meetings, sanctions, stances and goals.
3. Roles by position: the actor nearest before a stance or goal trigger is its holder
   (else the actor of a reporting clause: "..., said a senior US official"); the actor
   before a sanction trigger imposes it and the one after "against"/"on" is its target;
   every distinct state in a meeting sentence takes part ("met separately with A and B"
   gives one meeting per partner).
4. Status and polarity from cue words in the sentence (``will``, ``expected`` -> planned;
   ``offered`` -> proposed; ``called off`` -> cancelled; ``lifted``, ``vetoed``, ...).

The evidence of every item is its sentence, verbatim; the pipeline grounds, normalises
and merges it like any model's answer. The headline and summary are the article's lead.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from ...models import Actor, ArticleSummary, Goal, Meeting, Sanction, Stance
from ...text.dates import detect_published
from ...text.sentences import sentence_spans
from .actors import ActorMention, find_actors
from .lead import headline_and_summary
from .lexicon import Hit, lexicon
from .meetings import meetings
from .phrases import readable
from .sentence import (
    BETWEEN,
    CLAUSE_START,
    IMPOSES_AHEAD,
    SANCTION_TARGET,
    TOPIC_START,
    RuleSentence,
    ends_with_word,
    local_clause,
)
from .speech import reported_stances
from .speech import speaker as speaker_of
from .stances import stances_in

__all__ = ["extract_summary"]

MeetingStatus = Literal["held", "planned", "proposed", "cancelled"]
SanctionStatus = Literal["imposed", "threatened", "lifted", "blocked"]


def _codes(actors: list[ActorMention]) -> dict[str, Actor]:
    """One actor per state, in order of first mention; a named person beats the state."""
    found: dict[str, Actor] = {}
    for mention in actors:
        new = mention.code is not None and mention.code not in found
        upgrade = (
            mention.code in found
            and mention.kind == "person"
            and found[mention.code or ""].kind != "person"
        )
        if mention.code and (new or upgrade):
            found[mention.code] = mention.actor
    return found


_MEETING_CUES: tuple[MeetingStatus, ...] = ("cancelled", "proposed", "planned")
_SANCTION_CUES: tuple[SanctionStatus, ...] = ("blocked", "lifted", "threatened", "imposed")


_Status = TypeVar("_Status", bound=str)
# Lexicon list names by group and status: looked up in the hot loop, not formatted there.
_LIST_NAMES: dict[tuple[str, str], str] = {
    (group, status): f"{group}.{status}"
    for group, statuses in (
        ("meeting", _MEETING_CUES),
        ("sanction", _SANCTION_CUES),
    )
    for status in statuses
}


def _first_cue(
    s: RuleSentence,
    group: str,
    cues: tuple[_Status, ...],
    span: Callable[[], tuple[int, int]],
    default: _Status,
) -> _Status:
    """The first status in ``cues`` whose cue words occur in ``span()``, else ``default``.

    The span (a clause) is worked out only when the sentence holds some cue: most do not.
    """
    present = [status for status in cues if s.has(_LIST_NAMES[group, status])]
    if not present:
        return default
    start, end = span()
    for status in present:
        if s.has(_LIST_NAMES[group, status], start, end):
            return status
    return default


def _meetings(s: RuleSentence) -> list[Meeting]:
    found: list[Meeting] = []
    held = lexicon().phrases["meeting.held"]
    for trigger in s.find("meeting.triggers"):
        stop = TOPIC_START.search(s.text, trigger.end)
        right = stop.start() if stop else len(s.text)
        # "the meeting on X between A and B": the parties follow "between".
        between = BETWEEN.search(s.text, trigger.end)
        if between:
            after_between = between.end()
            stop = TOPIC_START.search(s.text, after_between)
            right = max(right, stop.start() if stop else len(s.text))
        left = max(0, trigger.start - 120)
        cut = list(CLAUSE_START.finditer(s.text, left, trigger.start))
        left = cut[-1].end() if cut else left
        nearby = [a for a in s.actors if left <= a.start and a.end <= right]
        parties = _codes(nearby)
        if len(parties) < 2:
            continue
        # A verb in the past tense ("met", "held talks") says it happened; otherwise the
        # clause's cues ("will", "expected", "offered", "called off") decide.
        status: MeetingStatus = (
            "held"
            if trigger.phrase in held
            else _first_cue(
                s,
                "meeting",
                _MEETING_CUES,
                functools.partial(local_clause, s.text, trigger.start, trigger.end, after=250),
                "held",
            )
        )
        if s.has("meeting.cancelled") and s.has(
            "meeting.cancelled", *local_clause(s.text, trigger.start, trigger.end)
        ):
            status = "cancelled"
        actors = list(parties.values())
        groups = [actors]
        window = s.text[left:right].lower()
        if len(actors) > 2 and ("separately" in window or "bilateral" in window):
            groups = [[actors[0], other] for other in actors[1:]]
        found += [
            Meeting(participants=group, status=status, evidence=s.evidence()) for group in groups
        ]
        break
    return found


def _coordinated_after(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actor after ``offset`` and those listed with it ("China, Burma and Zimbabwe")."""
    first = s.after(offset)
    if first is None:
        return []
    chosen = [first]
    for mention in s.actors:
        if mention.start <= chosen[-1].start or not mention.code:
            continue
        between = s.text[chosen[-1].end : mention.start].strip().lower()
        if between not in (",", "and", ", and", "&"):
            break
        chosen.append(mention)
    return chosen


# Between a sanction's imposer and the sanction: nothing but an imposing verb and words that
# describe the measures ("the EU imposed new economic sanctions", "Canada's sanctions").
_IMPOSER_GAP = re.compile(
    r"(?:'s|\u2019s)?\s*(?:(?:has|have|had|will|would|could|may|might|is|was|were|are|to|"
    r"also|already|now|again|on\s+\w+|\w+ly|(?:moved|decided|voted|agreed|plans?|planned|"
    r"sought|seeks?|wants?|wanted|set|expected|going|ready|prepared|threatened|promised|"
    r"vowed|pledged|began|started|tried|tries)\s+to)\s+)*(?:(?:imposed|imposes|impose|imposing|"
    r"slapped|threatened|threatens|threaten|lifted|lifts|lift|lifting|eased|eases|ease|"
    r"extended|extends|extend|tightened|tightens|tighten|approved|adopted|announced|vetoed|"
    r"blocked|expelled|expels|froze|freezes|suspended|renewed|unveiled|agreed|introduced|"
    r"levied|placed|put)\s+)?(?:(?:new|fresh|further|tough|tougher|harsher|stiff|economic|"
    r"financial|trade|targeted|sweeping|additional|more|its|their|the|a|an|unilateral|"
    r"international|existing|remaining|punitive|broad|limited|travel)\s+)*",
    re.IGNORECASE,
)
_IMPOSED_BY = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:imposed|adopted|agreed|approved|announced|levied|slapped)?\s*by\s+",
    re.IGNORECASE,
)


def _imposers(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Who imposes the sanction of ``trigger``: the actor before it when only an imposing
    verb and the measures' words stand between ("the EU imposed new sanctions", "U.S.
    sanctions"), else the agents after "imposed by" ("sanctions imposed by the UN, the
    United States and the EU"). Anyone else nearby is no imposer ("Iran has complained
    that ... sanctions")."""
    before = s.before(trigger.start)
    if before is not None and trigger.start - before.end <= 80 and s.is_agent(before):
        gap_fits = _IMPOSER_GAP.fullmatch(s.text, before.end, trigger.start) is not None
        # "the imposition by the United States of punitive tariffs"
        by_of = ends_with_word(s.text, before.start, ("by",)) and s.text[
            before.end : trigger.start
        ].strip() in ("of", "of the", "of new")
        if gap_fits or by_of:
            return [before]
    by = _IMPOSED_BY.match(s.text, trigger.end)
    if by is not None:
        return _coordinated_after(s, by.end())
    return []


# Measures whose object names their target: expulsions, asset freezes, import bans.
_EXPULSIONS = frozenset(
    {"expelled", "expel", "expulsion", "froze the assets", "frozen the assets"}
    | {"freeze the assets", "banned imports", "import ban", "imports ban"}
)
# What stands between such a measure and the state it names: "expelled two Saudi
# diplomats", "the expulsion of 23 Russian diplomats", "froze the assets of British
# companies", "banned imports of Australian wine".
_EXPELLED_GAP = re.compile(
    r"(?:\s+(?:of|the|its|their|all|some|two|three|four|five|\d+|ambassador|envoy|"
    r"diplomats?|consul|attaches?|staff|officials?|on|from))*\s+"
)


def _expelled(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state a measure names in its object (whose diplomats go, whose assets or
    goods it stops): its name or adjective right after the verb or noun."""
    target = s.after(trigger.end)
    if target is None or not _EXPELLED_GAP.fullmatch(s.text, trigger.end, target.start):
        return []
    return [target]


def _sanctions(s: RuleSentence, main_other: dict[str, Actor]) -> list[Sanction]:
    for trigger in s.find("sanction.triggers"):
        imposers = _imposers(s, trigger)
        if not imposers:
            continue
        imposer = imposers[0]
        preposition = SANCTION_TARGET.search(s.text, trigger.end, trigger.end + 40)
        targets = _coordinated_after(s, preposition.end()) if preposition else []
        expelled = not targets and trigger.phrase in _EXPULSIONS
        if expelled:
            targets = _expelled(s, trigger)
        # "the embargo" refers back to a sanction already reported, unless its imposer is
        # named right there ("the European Union's arms embargo") or, for an expulsion,
        # whose diplomats go ("announced the expulsion of 23 Russian diplomats").
        adjacent = not s.text[imposer.end : trigger.start].strip(" '\u2019s")
        if (
            ends_with_word(s.text, trigger.start, ("the",))
            and not adjacent
            and imposer.start < trigger.start
            and not (expelled and targets)
        ):
            continue
        # A state's name right before the noun is its target ("Iran sanctions", "China
        # embargo"); an adjective or possessive there is the imposer ("U.S. sanctions").
        if adjacent and imposer.kind == "name" and not targets:
            earlier = s.before(imposer.start)
            if earlier is None or not _IMPOSER_GAP.fullmatch(s.text, earlier.end, imposer.start):
                continue
            targets, imposers = [imposer], [earlier]
        status = _first_cue(
            s,
            "sanction",
            _SANCTION_CUES,
            functools.partial(local_clause, s.text, trigger.start, trigger.end),
            "imposed",
        )
        found = []
        for imposer in imposers:
            codes = {t.code for t in targets}
            target_actors = [t.actor for t in targets if t.code != imposer.code]
            if not target_actors and imposer.code in main_other and imposer.code not in codes:
                target_actors = [main_other[imposer.code]]
            found += [
                Sanction(imposer=imposer.actor, target=target, status=status, evidence=s.evidence())
                for target in target_actors
            ]
        if found:
            return found
    return []


def _acts(s: RuleSentence, actor: Actor) -> bool:
    """Whether ``actor`` is the subject of an imposing or threatening verb in ``s``."""
    for mention in s.actors:
        if mention.actor is actor or mention.actor == actor:
            if ends_with_word(s.text, mention.start, ("the", "by", "of")):
                continue
            if IMPOSES_AHEAD.match(s.text, mention.end, mention.end + 40):
                return True
    return False


_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my)\b[^,;.]{0,40}$", re.I)
# A match ends at the end and is at most 43 characters long ("our" and 40 more). The pattern
# opens with "\b", tried at every position: searching only the tail of a long sentence,
# not the whole of it, finds the same.
_FIRST_PERSON_REACH = 44


def _first_person_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a clause of "we", "our", "us", "I" or "my"."""
    return _FIRST_PERSON.search(text, max(0, end - _FIRST_PERSON_REACH), end) is not None


def _goals(s: RuleSentence, nearby: Callable[[], list[RuleSentence]]) -> list[Goal]:
    """``nearby`` gives the sentences next door, built only when they are looked at."""
    for trigger in s.find("goal.triggers"):
        # "we ... do all we can to", "our goal": the speaker's own aim.
        first_person = _first_person_before(s.text, trigger.end)
        speaker = speaker_of(s, nearby) if first_person else None
        if speaker is not None:
            holders = [speaker]
        else:
            holders = s.holders(trigger.start)
            if not holders:
                if not first_person:
                    speaker = speaker_of(s, nearby)
                holders = [speaker] if speaker else []
        if not holders:
            continue
        statement = readable(s.text, trigger.end, 14) or readable(s.text, trigger.start, 14)
        if statement is None:
            continue
        return [Goal(actor=h.actor, statement=statement, evidence=s.evidence()) for h in holders]
    return []


def extract_summary(article: str) -> ArticleSummary:
    """Summarise ``article`` with rules alone."""
    hits = lexicon().scan(article)
    spans = sentence_spans(article)
    dated = detect_published(article)
    mentions = find_actors(article, year=dated.year if dated else None)
    states = [m for m in mentions if m.code and m.actor.kind != "person"]
    counts = Counter(m.code for m in states)
    first = {m.code: m.actor for m in reversed(states)}
    # "the U.S. decision to impose new sanctions": the target is the state the article is
    # most about besides the imposer.
    main_other: dict[str, Actor] = {}
    ranked = [code for code, _ in counts.most_common()[:2]]
    for code in counts:
        other = ranked[0] if ranked[0] != code else ranked[1] if len(ranked) > 1 else None
        if code is not None and other is not None:
            main_other[code] = first[other]
    sections: dict[str, list[Any]] = {"meetings": [], "sanctions": [], "stances": [], "goals": []}
    starts = [m.start for m in mentions]
    triggered = [False] * len(spans)
    sentence_starts = [start for start, _ in spans]
    for hit in (*hits.find("any"), *hits.find("reporting")):
        index = bisect.bisect_right(sentence_starts, hit.start) - 1
        if index >= 0 and hit.end <= spans[index][1]:
            triggered[index] = True
    # Only sentences with a trigger are read, and a neighbour when a quote's speaker is
    # looked for next door; most sentences are neither.
    sentences: dict[int, RuleSentence] = {}

    def sentence_at(index: int) -> RuleSentence:
        if index not in sentences:
            start, end = spans[index]
            first_mention = bisect.bisect_left(starts, start)
            last_mention = bisect.bisect_left(starts, end)
            actors = []
            for m in mentions[first_mention:last_mention]:
                if m.end <= end:
                    actors.append(
                        ActorMention(m.start - start, m.end - start, m.actor, m.kind, m.code)
                    )
            earlier = (m for m in reversed(mentions[:first_mention]) if m.kind == "person")
            previous = next((m for m in earlier if m.code), None)
            sentences[index] = RuleSentence(
                start, article[start:end], actors, hits, article, previous_person=previous
            )
        return sentences[index]

    for index in range(len(spans)):
        if not triggered[index]:
            continue
        sentence = sentence_at(index)

        def nearby(index: int = index) -> list[RuleSentence]:
            return [sentence_at(i) for i in (index + 1, index - 1) if 0 <= i < len(spans)]

        goals = _goals(sentence, nearby)  # a goal's holder may be named next door
        sections["goals"] += goals
        stances = stances_in(sentence)
        taken = {stance.actor.country for stance in stances if stance.actor.country}
        stances += reported_stances(sentence, nearby, taken)
        # A meeting needs two states named in the sentence; a sanction or a stance one.
        # Sentences that name fewer are ruled out here (most are) without reading them.
        codes = {mention.code for mention in sentence.actors if mention.code}
        if not codes:
            sections["stances"] += stances
            continue
        if len(codes) >= 2:
            sections["meetings"] += meetings(sentence)
        new_sanctions = _sanctions(sentence, main_other)
        sections["sanctions"] += new_sanctions
        # Imposing or threatening sanctions, said as the imposer's own act ("New Zealand has
        # imposed sanctions against Fiji"), states opposition to the target.
        sections["stances"] += [
            Stance(
                actor=sanction.imposer,
                topic=f"{sanction.target.name} ({sanction.status} sanctions)",
                position="oppose",
                evidence=sanction.evidence,
            )
            for sanction in new_sanctions
            if sanction.status in ("imposed", "threatened") and _acts(sentence, sanction.imposer)
        ]
        sections["stances"] += stances
    eventful = {
        index
        for index in sentences
        for item in (*sections["meetings"], *sections["sanctions"])
        if item.evidence[0].start == sentences[index].start
    }
    headline, summary = headline_and_summary(article, spans, eventful)
    return ArticleSummary(headline=headline, summary=summary, **sections)
