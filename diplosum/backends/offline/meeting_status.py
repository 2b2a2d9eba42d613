"""Whether a meeting happened, from the words around its trigger.

Denied or refused ("no talks", "refused to meet", "ruled out talks": ``meeting_denials``)
is no meeting at all; "would meet if", "called for talks", "offered" is proposed; "will",
"due to", "expected", "next week", "agreed to begin talks" is planned; "called off",
"postponed" is cancelled; a past tense ("met", "held talks"), a meeting something
followed ("after a meeting in Doha") or nothing, held.
"""

from __future__ import annotations

import re
from typing import Literal

from ...text.dates import MONTHS
from .clauses import TO_BEFORE, local_clause
from .lexicon import Hit
from .meeting_denials import denied
from .meeting_times import DAY_NAMED, done_before, told_by_time
from .no_meeting import MET_DEMAND
from .sentence import RuleSentence

__all__ = ["MeetingStatus", "meeting_status"]

MeetingStatus = Literal["held", "planned", "proposed", "cancelled"]
_CUES: tuple[MeetingStatus, ...] = ("cancelled", "proposed", "planned")

# Verbs of setting off: "ready to fly to Lima" is a journey about to begin, no offer.
_GOING = frozenset({"fly", "head", "travel", "leave", "depart", "go", "set off"})
_WISHED = re.compile(
    r"\b(?:would|could|might|may)\s+(?:\w+\s+)?$|"
    # "said Ukraine should negotiate with Russia": what ought to happen, not what did
    r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:\w+ly\s+)?$|"
    # "he would be glad to meet her": a wish, however it is put
    r"\bwould\s+(?:also\s+)?be\s+(?:happy|glad|pleased|delighted|willing)\s+to\s+$|"
    # "calls on Humala to open", "would require the secretary of state to hold":
    # asked of someone, however long the name of the one asked
    r"\b(?:calls?\s+on|called\s+on|calling\s+on|urg(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?)\s+(?:[^,.;]|(?<=\b[A-Za-z])\.){1,70}?\bto\s+(?:\w+\s+){0,3}$|"
    r"\b(?:called for|calls for|call for|urged|urges|"
    r"offered|offers|proposed|proposes|invited|invites|ready for|willing to|open to|"
    # (not "prepared to fly to Lima to meet": about to go, planned)
    rf"(?:ready|prepared)\s+to(?!\s+(?:{'|'.join(sorted(_GOING))})\b)|"
    r"possible|possibility of|wants? to|wanted to|hopes? to|hoped to|seeks? to|"
    # "said it was open for talks with", "attempts to arrange peace talks"
    r"open for|attempts? to|efforts? to|bid to|wants?|wanted|"
    r"sought to|seeking to|aims? to|eager to|keen to|asked for|asks for|requested|requests|"
    # "hinted at his willingness to negotiate", "signalled its readiness to hold talks"
    r"willingness\s+to|readiness\s+to|preparedness\s+to|desire\s+to|wish\s+to|"
    # "resolving the issue via talks", "to settle the dispute through dialogue": a way
    # to settle something, put forward (not "met via video link", "spoke through an
    # interpreter at talks")
    r"(?:resolv|settl|solv|end|address|handl|defus|overcom)\w*\s+(?:[^,.;]|(?<=\b[A-Za-z])\.)"
    r"{0,60}?\s(?:via|through|by\s+means\s+of)|"
    # "renewed its demand for talks", "demanded a meeting"
    r"demands?\s+for|demanded|demanding|"
    # "is seeking a meeting with", "is trying to arrange a meeting"
    # (not "tries to keep the talks alive": talks going on)
    r"seeks|seeking|sought|"
    r"tr(?:y|ies|ied|ying)\s+to\s+(?:arrange|set\s+up|organi[sz]e|secure|schedule|broker)|"
    r"push(?:es|ed|ing)? for|press(?:es|ed|ing)? for|favou?r(?:s|ed|ing)?|"
    # "Chile is welcome to join the talks", "was free to visit": an invitation
    r"(?:is|are|was|were|be)\s+(?:\w+\s+)?(?:welcome|free)\s+to|"
    # "prospects appear slim for a summer meeting", "chances of talks"
    r"prospects?(?:\s+\w+){0,3}\s+(?:for|of)|chances?\s+(?:for|of))\b(?:[^,.;]|(?<=\b[A-Za-z])\.){0,30}$"
)

# A meeting said to be unlikely, or those unlikely to meet: talked of, not agreed. (The
# meeting is what is unlikely: "met Lavrov, though a deal is unlikely" was held, and "talks
# unlikely to yield a deal" go ahead.)
_UNLIKELY = re.compile(
    r"(?:(?!\s(?:but|though|although|while|and\s+(?:a|an|the|its|their))\s)(?:[^,;:.]|(?<=\b[A-Za-z])\.)){0,40}?"
    r"\s(?:(?:is|was|are|were|looks?|looked|seems?|seemed|remains?|remained)\s+)?"
    r"(?:\w+ly\s+)?(?:unlikely|doubtful|in\s+doubt|improbable)\b(?!\s+to\b)"
)
_UNLIKELY_TO = re.compile(r"\b(?:unlikely|not\s+likely)\s+to\s+(?:\w+\s+){0,2}$")

# A plan whose object is the meeting: "Chile, Peru plan trade talks", "plans a summit".
# (Not a noun's plans: "discussed the firm's plans during a trip".)
_PLAN_BEFORE = re.compile(
    r"(?<!'s\s)(?<!\u2019s\s)(?<!the\s)(?<!its\s)(?<!their\s)\bplans?\s+"
    r"(?:(?!(?:during|for|of|in|on|at|to|with|after|before|and|or)\b)[\w-]+\s+){0,3}\Z"
)


# Talks agreed to, not yet begun: "have agreed to begin talks", "agreed to resume talks",
# "said they would begin formal talks".
# Verbs that open talks: "to begin talks", "agreed to hold talks".
_OPENING = r"(?:begin|hold|open|start|resume|launch|restart|enter)"
_AGREED_TO_OPEN = re.compile(
    r"\b(?:agree(?:d|s)?\s+to|(?:said|says|announced)\s+(?:that\s+)?(?:they|it|the\s+two)\s+would)\s+"
    rf"{_OPENING}\s+(?:[\w-]+\s+){{0,2}}\Z"
    # "agreed to formal talks": the talks themselves agreed to
    r"|\bagree(?:d|s)?\s+to\s+(?:(?:the|a|an|new|fresh|formal|direct|further|more)\s+){0,2}\Z"
)


# "the next meeting", "at their next summit": one to come.
_NEXT_BEFORE = re.compile(r"\b(?:the|their|its|a|our)\s+next\s+(?:[\w-]+\s+){0,2}\Z")


def _headline_infinitive(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` follows "to" in the article's headline, whose infinitive is
    a time to come ("Chile, Peru to discuss fishing"): a first sentence with no
    closing stop."""
    return (
        s.start == 0
        and not s.text.rstrip().endswith((".", "!", "?", '"', "\u201d"))
        and (
            TO_BEFORE.search(s.text, max(0, trigger.start - 4), trigger.start) is not None
            # "EC to begin talks with Hungary", "Chile to hold fresh talks"
            or _TO_OPEN.search(s.text, max(0, trigger.start - 40), trigger.start) is not None
        )
        # Not an invitation's ("invites Trump to visit"): that is proposed.
        and not _INVITED.search(s.text, 0, trigger.start)
    )


_TO_OPEN = re.compile(rf"\bto\s+(?:{_OPENING}|attend|host|join)\s+(?:[\w-]+\s+){{0,2}}\Z")
_INVITED = re.compile(r"\binvit(?:e|es|ed|ing)\b")


# Talks that ought to happen: "talks with Peru should resume", "must take place".
_OUGHT_AFTER = re.compile(
    r"\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:should|must|ought\s+to|needs?\s+to)\s+(?:\w+ly\s+)?"
    r"(?:be\s+)?(?:resume|resumed|restart|restarted|begin|start|started|continue|held|"
    r"take\s+place|go\s+ahead)\b"
)

# "said he would visit", "announced that they would meet": "will", told after the fact.
# "Kyodo reported on Tuesday that Ri Su Yong, one of North Korea's officials, would visit".
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|announced|confirmed|reported|told\s+\w+)\s+"
    r"(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?"
    r"(?:he|she|they|it|both|the\s+two(?:\s+\w+)?|\w(?:[^;:.\"\u201c]|(?<=\b[A-Za-z])\.){0,100}?)\s+would\s+\Z"
)
# A meeting as the purpose of something still to come: "will be joined by ... to discuss",
# "is due in Tokyo on Monday to meet".
_FUTURE_PURPOSE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+due|(?:is|are)\s+expected)\s+(?:[^;:.]|(?<=\b[A-Za-z])\.){0,140}\bto\s+\Z"
)
# A meeting where the clause's future act is to happen: "will press for solidarity ... at
# Monday's emergency EU summit".
_FUTURE_AT = re.compile(
    r"\b(?:will|shall)\s+(?:[^;:.,\"\u201c\u201d]|(?<=\b[A-Za-z])\.){0,170}\b(?:at|during)\s+"
    r"(?:(?:the|a|an|this|next|[\w'\u2019-]+)\s+){0,4}\Z"
)
# The meeting as the subject of a future or conditional verb, its own words before it:
# "The visit to Havana by Obama would cap ...", "A summit in June will decide".
_SUBJECT_OF_FUTURE = re.compile(
    r"(?:\s+(?!(?:that|which|who|was|were|is|are|has|had|have|and|but|said|says)\b)"
    r"[\w.'\u2019-]+){0,10}?\s+(?:would|will)\s+(?!have\b)"
)
_CONDITION = re.compile(r"\b(?:if|unless|provided|once)\b", re.IGNORECASE)
# "would meet the president on June 6", "would have an audience with the Pope on June 6":
# a future reported with its date is a plan, not a wish.
_WOULD_BEFORE = re.compile(r"\bwould\s+(?:(?:have|hold|pay|make)\s+(?:an?\s+|the\s+)?)?\Z")
_DATED = re.compile(
    rf"\b(?:{DAY_NAMED}|on\s+(?:(?:{MONTHS})\s+\d|\d{{1,2}}\s+(?:{MONTHS}))|"
    r"next\s+(?:week|month))\b"
)


# Ready to set off, the trip a trigger of its own ("prepared to fly to", "ready to head to"):
# a journey about to begin, no offer.
_ABOUT_TO = re.compile(r"\b(?:ready|prepared|preparing|prepares)\s+to\s+\Z")


def _wished(before: str, lowered: str) -> bool:
    """Whether the words before a trigger make the meeting a wish (``_WISHED``); "May"
    with its capital is a name or a month ("Prime Minister Julia May told"), not the modal."""
    wished = _WISHED.search(lowered)
    return wished is not None and not before.startswith("May", wished.start())


# A cancelling verb whose object is no meeting: "to drop the duties before next
# month's meeting", "a visit ... after a group called off nationwide protests" leave the
# meeting as it was.
_CANCELS_ANOTHER = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:tariffs?|sanctions?|embargo|duties|quotas?|contracts?|orders?|debts?|loans?|deals?|"
    r"protests?|strikes?|rall(?:y|ies)|demonstrations?|marches|boycotts?|operations?|"
    r"offensives?|attacks?|flights?|elections?|votes?|referend(?:um|ums|a)|matches|concerts?)\b"
)


def _cancels_it(s: RuleSentence, start: int, end: int) -> bool:
    """Whether a word of cancelling between ``start`` and ``end`` cancels a meeting, not
    a measure or a deal it names as its object (``_CANCELS_ANOTHER``)."""
    return s.has("meeting.cancelled", start, end) and any(
        not _CANCELS_ANOTHER.match(s.text, hit.end)
        for hit in s.find("meeting.cancelled")
        if start <= hit.start and hit.end <= end
    )


# A second predicate sharing the first's future: "will meet Zheng Tuobin, minister for
# trade, attend a meeting of the Joint Commission and ...".
_SHARED_FUTURE = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|is\s+due\s+to|plans?\s+to)\s+[a-z]+\b"
    r"[^.;:!?]{0,140}?(?:,|\band)\s+(?:attend|hold|join|host|chair|open|lead)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}\Z"
)


def meeting_status(s: RuleSentence, trigger: Hit) -> MeetingStatus | None:
    """The meeting's status, or ``None`` when the sentence denies it happened or will:
    what the words before it and its clause say (``_stated``, ``told_by_time``), else
    the first status cue of its clause and the words after it, else held."""
    before = s.text[max(0, trigger.start - 60) : trigger.start]
    # In lower case for the word lists below: three times faster than IGNORECASE.
    lowered = before.lower()
    clause = local_clause(s.text, trigger.start, trigger.end)
    if denied(s, trigger, lowered, clause[1]):
        return None
    status = (
        _stated(s, trigger, before, lowered, clause)
        or told_by_time(s, trigger, before, lowered, clause)
        or _by_cue(s, trigger, *clause)
    )
    # "Chile and Peru agreed to reopen the border": the agreeing was held, whatever it
    # plans (its cues, "to reopen", name what is to come after it)
    return "held" if trigger.phrase == "agreed" and status == "planned" else status


def _stated(
    s: RuleSentence, trigger: Hit, before: str, lowered: str, clause: tuple[int, int]
) -> MeetingStatus | None:
    """A status the sentence states of the meeting: cancelled, unlikely, reported or
    dated as to come, the next one, agreed or planned, wished for; else ``None``."""
    start, end = clause
    if _cancels_it(s, start, end):
        return "cancelled"
    if _UNLIKELY.match(s.text, trigger.end, end) or _UNLIKELY_TO.search(lowered):
        return "proposed"  # "a grain meeting is unlikely this summer": not agreed
    if done_before(s, trigger, lowered):
        return "held"  # "heads to Lima on Friday after visiting Quito": done before
    reported = _REPORTED_FUTURE.search(s.text, max(0, trigger.start - 160), trigger.start)
    dated = _WOULD_BEFORE.search(
        s.text, max(0, trigger.start - 30), trigger.start
    ) and _DATED.search(s.text, trigger.end, end)
    if (reported or dated) and not _CONDITION.search(s.text, trigger.end, end):
        # "said he would visit China next month", "would meet him on June 6": a plan
        return "planned"
    if trigger.phrase in _PRESENT_MEETS and _WHEN_CLAUSE.search(lowered):
        return "planned"  # "will decide when they meet": a present tense of time, to come
    if _NEXT_BEFORE.search(lowered):
        return "planned"  # "at the next meeting of the pact", "their next round of"
    if _SHARED_FUTURE.search(s.text, max(0, trigger.start - 200), trigger.start):
        return "planned"  # "He will meet Zheng, attend a meeting of the commission and"
    if _AGREED_TO_OPEN.search(lowered) or _ACCEPTED_INVITATION.search(lowered):
        # "Chile and Peru have agreed to begin talks on fishing"; "accepted an invitation
        # to visit": agreed on, no longer only offered
        return "planned"
    if _PLAN_BEFORE.search(lowered) or _headline_infinitive(s, trigger):
        return "planned"  # "Chile, Peru plan trade talks", "Chile, Peru to discuss"
    if _ABOUT_TO.search(lowered) and trigger.phrase.split()[0] in _GOING:
        return "planned"  # "prepared to fly to Lima for talks": about to go
    if _wished(before, lowered) or _OUGHT_AFTER.match(s.text[:end], trigger.end):
        return "proposed"
    if _FUTURE_PURPOSE.search(s.text, max(0, trigger.start - 160), trigger.start):
        return "planned"  # "the two will be joined by Cameron ... to discuss Syria"
    if _FUTURE_AT.search(s.text, max(0, trigger.start - 200), trigger.start):
        return "planned"  # "Greece will press for ... at Monday's emergency EU summit"
    if _SUBJECT_OF_FUTURE.match(s.text, trigger.end, end):
        return "planned"  # "A visit by Obama to Havana in late March would correspond"
    return None


_ACCEPTED_INVITATION = re.compile(
    r"\baccept(?:s|ed|ing)?\s+(?:an|the|his|her|their|its|[\w.]+['\u2019]s?)\s+"
    r"(?:[a-z]+\s+)?invitations?\b(?:\s+(?:from|by)\s+[\w .'\u2019]{1,40}?)?\s+to\s+$"
)


# A clause of time in the present tense speaks of what is to come: "when they meet",
# "once the two sides meet", "before he visits".
_PRESENT_MEETS = frozenset({"meet", "meets", "visit", "visits"})
_WHEN_CLAUSE = re.compile(
    r"\b(?:when|once|until|whenever|before|after)\s+(?:they|he|she|we|i|the\s+two"
    r"(?:\s+[a-z]+)?|both(?:\s+[a-z]+)?)\s+(?:next\s+|first\s+|finally\s+)?$"
)


# Cues of an event still to come that, after the meeting, date it before that event
# ("told the visiting president on Monday, ahead of the vote"): no plan of the meeting.
_BEFORE_ANOTHER = frozenset({"ahead of", "in the run-up to", "on the eve of"})


def _by_cue(s: RuleSentence, trigger: Hit, start: int, end: int) -> MeetingStatus:
    """The first status whose cue stands in the clause or the words after it (cancelled,
    proposed, planned, in that order), else held."""
    reach = min(len(s.text), end + 190)
    for cue in _CUES:
        if (
            _cancels_it(s, start, reach)
            if cue == "cancelled"
            else any(
                start <= hit.start
                and hit.end <= reach
                # "its main tool to meet the emissions target": to satisfy, no meeting
                and not (hit.phrase == "to meet" and MET_DEMAND.match(s.text, hit.end))
                and not (hit.phrase in _BEFORE_ANOTHER and hit.start >= trigger.end)
                for hit in s.find(f"meeting.{cue}")
            )
        ):
            return cue
    return "held"
