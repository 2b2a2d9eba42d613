"""A sanction's status, from the cue words of its trigger's clause: imposed, threatened,
lifted or blocked (``data/lexicon.json``, ``sanction.*``).

The first status whose cues the clause holds wins, in the order blocked, lifted,
threatened, imposed; none at all is "imposed". A cue inside the trigger is part of the
measure ("suspended trade"); one that belongs to a later trigger is that one's ("imposed
new sanctions on Tehran, even after it lifted nuclear sanctions"); a lifting only wished
for leaves the measure in force ("a plan to lift the embargo"); "to ban" is a threat until
decided (``measures.wished_ban``).
"""

from __future__ import annotations

import re
from typing import Literal

from .clauses import local_clause
from .imposers import relative_imposers
from .lexicon import Hit
from .measures import wished_ban
from .sentence import RuleSentence

__all__ = ["SanctionStatus", "sanction_status"]

SanctionStatus = Literal["imposed", "threatened", "lifted", "blocked"]


# A measure asked of another, right before it: "asked Peru to cut its trade links",
# "pressed Tokyo to impose" (as "urged", a cue of the lexicon).
_ASKED_OF = re.compile(
    r"\b(?:ask|asks|asked|asking|press|presses|pressed|pressing)\s+(?:[\w.'\u2019-]+\s+){1,4}?"
    r"to\s+(?:\w+ly\s+)?(?:(?:impose|place|slap|levy|join|adopt|enforce)\s+)?"
    r"(?:(?:new|fresh|tougher|more|further)\s+)?\Z"
)


_CUES: tuple[SanctionStatus, ...] = ("blocked", "lifted", "threatened", "imposed")
_CUE_LISTS = {status: f"sanction.{status}" for status in _CUES}


def sanction_status(s: RuleSentence, trigger: Hit) -> SanctionStatus:
    """The first status whose cue words occur in the trigger's clause, else "imposed".

    The clause is worked out only when the sentence holds some cue: most do not.
    """
    if wished_ban(s, trigger) or _ASKED_OF.search(
        s.text, max(0, trigger.start - 60), trigger.start
    ):
        return "threatened"  # "to ban", "asked China to cut links with": not yet done
    if relative_imposers(s, trigger):
        # "would retaliate against tariffs the United States imposed": what the relative
        # clause says was done, whatever the main clause threatens.
        return "imposed"
    ended = _ENDED.search(s.text, max(0, trigger.start - _ENDED_REACH), trigger.start)
    if ended is not None:
        # "ended all financial sanctions", "put an end to Chilean sanctions"; "urged Chile
        # to end its sanctions": in force until ended, as with "lift".
        return "imposed" if _WISHED_LIFT.search(s.text, 0, ended.start()) else "lifted"
    present = [status for status in _CUES if s.has(_CUE_LISTS[status])]
    if not present:
        return "imposed"
    start, end = local_clause(s.text, trigger.start, trigger.end)
    for status in present:
        # A cue inside the trigger is part of the measure ("suspended trade"), not its
        # status; one that holds the trigger is ("would ban").
        cues = [
            hit
            for hit in s.find(_CUE_LISTS[status])
            if start <= hit.start
            and hit.end <= end
            and (hit.end <= trigger.start or hit.start >= trigger.end or hit.start < trigger.start)
            and not _of_later_trigger(s, trigger, hit)
            and not _DESCRIBES_MEASURE.fullmatch(s.text, trigger.end, hit.start)
            and not (hit.start >= trigger.end and _for_purpose(s.text, hit))
            and not (hit.start >= trigger.end and _TERM_ENDS.match(s.text, hit.end))
            and not (
                hit.start >= trigger.end
                and _RELATIVE_VERB.search(s.text, max(0, hit.start - 40), hit.start)
            )
            and not (status == "blocked" and _OVERRIDDEN.search(s.text, 0, hit.start))
        ]
        if cues and status == "lifted" and _WISHED_LIFT.search(s.text, start, cues[0].start):
            return "imposed"  # "a plan to lift the embargo": in force until lifted
        if cues:
            return status
    return "imposed"


# A purpose after the measure: "imposed an embargo to push for talks", "in a bid to
# pressure the government" says what it is for, not that it is only threatened.
_PURPOSE = re.compile(r"\b(?:to\s+(?:try\s+(?:and|to)\s+)?|in\s+(?:a|an)\s+)\Z")


def _for_purpose(text: str, cue: Hit) -> bool:
    """Whether the threat cue ``cue``, after a measure, says what the measure is for."""
    return cue.phrase.startswith("to ") or bool(
        _PURPOSE.search(text, max(0, cue.start - 16), cue.start)
    )


# A cue that is a relative clause's verb after the measure says what something named
# does, not what is done with the measure: "cut off gas in a price row that threatened
# Peru's economy", "sanctions which threaten to hurt exporters" (imposed, as before).
_RELATIVE_VERB = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+)?\Z")


# A veto overcome blocks nothing: "voted sanctions, overriding a veto by the president",
# "passed over Reagan's veto", "despite a veto threat".
_OVERRIDDEN = re.compile(
    r"\b(?:overrid(?:e|es|ing|den)|overrode|over|despite|defying|defied)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,3}\Z"
)


# The term of a measure in force, after it: "sanctions on Peru are due to expire in June",
# "the embargo is set to lapse": no threat of a new one.
_TERM_ENDS = re.compile(r"\s+(?:expire|lapse|run\s+out|end\b|be\s+(?:lifted|renewed|extended))")


# A participle set off after the measure says what was done to it before: "would reimpose
# a 20 pct duty on Peruvian wine, | lifted when the row was settled".
_DESCRIBES_MEASURE = re.compile(r"[^,;]*,\s*")


# Ending right before the measure: "ended all nuclear-related sanctions", "an end to
# Chilean trade curbs" (not "after the talks ended, Chile imposed"; "end" alone is too often a
# time: "by the end of March").
_ENDED = re.compile(r"\b(?:ended|ends|ending|end\s+(?:to|of)|to\s+end)\s+(?:[\w-]+\s+){0,5}\Z")
_ENDED_REACH = 80


def _of_later_trigger(s: RuleSentence, trigger: Hit, cue: Hit) -> bool:
    """Whether ``cue``, after ``trigger``, is the status of a later sanction trigger
    ("imposed new sanctions on Tehran, even after it lifted nuclear sanctions")."""
    return cue.start >= trigger.end and any(
        later.start >= cue.end and later.start - cue.end <= 40
        for later in s.find("sanction.triggers")
    )


# A lifting only planned, proposed or asked for ("a plan to lift the embargo", "calls
# to lift sanctions", "the United States should lift its embargo", "refused to lift"): the
# measure is still in force; so is one hoped for ("hopes to lift", "will hasten an end to"),
# or asked of another or offered ("asked Japan to drop", "may drop").
_WISHED_LIFT = re.compile(
    r"\b(?:plans?|planned|proposals?|proposed|proposing|calls?|called|calling|urged|urging|"
    r"wants?|wanted|seeks?|sought|seeking|considering|considers?|push(?:es|ed|ing)?|bid|"
    r"efforts?|moves?|should|must|needs?|needed|refus(?:e|es|ed|ing)|not|never|(?:un)?willing|"
    r"(?:wo|would|did|does|do|could)n['\u2019]t|"
    r"hop(?:e|es|ed|ing)|hasten(?:s|ed|ing)?|"
    # "demanding that Israel drop", "persuading the U.S. to drop", "may drop": asked or
    # offered, not done
    r"demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|convinc(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|"
    r"pressur(?:e|es|ed|ing)|may|might|able)"
    # ("hopes Chile would shortly lift": the hoped-for lifter and its auxiliaries between)
    r"\s+(?:that\s+)?(?:for\s+|to\s+)?(?:[\w.]+\s+){0,4}(?:to\s+)?\Z"
)
