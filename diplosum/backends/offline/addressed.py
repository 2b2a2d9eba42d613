"""The one a meeting's visitor addresses in person, for ``meetings`` and ``no_position``:
the one spoken to when the meeting is where ("Merkel told Erdogan in a phone call"), a
courtesy call ("called on Prime Minister Obuchi", not "called on Japan to act"), a
visitor welcomed ("Abe welcomed Modi to Tokyo", not "Japan welcomed the decision"), and
an official told or assured in person ("Munoz told the Peruvian minister", not "told
reporters", nor "told Peru").
"""

from __future__ import annotations

import re

from ...text.dates import MONTHS, WEEKDAYS
from ...text.matching import word_alternatives
from .actors import ActorMention
from .clauses import office_end
from .lexicon import Hit
from .sentence import RuleSentence
from .titles import office_start

__all__ = [
    "CALLED_ON",
    "ON_A_DATE",
    "TOLD_OR_SEEN",
    "WELCOMED",
    "a_call",
    "addressee",
    "courtesy_call",
    "told_official",
    "welcomed_visitor",
]


# "in a phone call", "during talks", "at their meeting": the meeting as where it was said.
_IN_A_MEETING = re.compile(
    r"\b(?:in|during|at|over)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,2}\Z"
)
_SPOKE_TO = re.compile(
    word_alternatives(["told", "tells", "tell", "assured", "assures", "assure", "urged", "urges"])
    + r"\s+|"
    + word_alternatives(["urge", "asked", "ask", "warned", "warn", "pressed", "presses", "press"])
    + r"\s+|"
    # "will further pressure Xi in talks next week", "sought to convince Lula during"
    + word_alternatives(["pressure", "pressured", "pressures", "convince", "convinced"])
    + r"\s+|"
    + word_alternatives(["persuade", "persuaded", "pressing", "urging", "asking", "telling"])
    + r"\s+|"
    + word_alternatives(["briefed", "informed", "congratulated", "thanked", "reassured"])
    + r"\s+|"
    # in person: "gave Morales his support at the summit", "handed Soto a letter at talks"
    + word_alternatives(["gave", "gives", "handed", "hands", "greeted", "greets", "embraced"])
    + r"\s+"
)


def addressee(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The one "told" or "assured" right before a meeting named as where it was said
    ("Soto told Vega during a phone call that ..."): the meeting's other party."""
    if not _IN_A_MEETING.search(s.text, max(0, trigger.start - 40), trigger.start):
        return []
    verbs = list(_SPOKE_TO.finditer(s.text, max(0, trigger.start - 120), trigger.start))
    told = s.after(verbs[-1].end()) if verbs else None
    if told is None or told.end > trigger.start or told.start - verbs[-1].end() > 40:
        return []
    between = s.text[verbs[-1].end() : trigger.start]
    if ";" in between or ":" in between or not _quotes_closed(between):
        return []
    return [told]


def _quotes_closed(text: str) -> bool:
    """Whether every quotation opened in ``text`` closes in it ('gave him her "full
    support" at the summit'): a term quoted, not the start of what was said."""
    return text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")


# "called on Prime Minister Obuchi": a visit when a person is called on and nothing is
# asked of them; "called on Japan to act", "called on Obuchi to resign" are appeals.
CALLED_ON = frozenset(
    {"called on", "calls on", "calling on", "call on"}
    | {"called upon", "calls upon", "calling upon", "call upon"}
)
# What is asked after the one called on ("to lift the ban", "for calm"); a visit's
# purpose ("to discuss trade", "for talks") is no request.
_ASKED = re.compile(
    r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,40}?\b(?:to\s+(?!discuss|talk|exchange|review|brief)|for\s+(?!talks\b)|not\s+to\b)"
)


# "a video call on Monday", "their phone call on Tuesday": "call" a noun, no appeal.
_CALL_NOUN = re.compile(
    r"\b(?:a|an|the|phone|video|telephone|conference|their|his|her|its|brief|lengthy|long|"
    r"private|separate|recent|earlier|late-night|[\w]+-minute|hour-long)\s+\Z",
    re.IGNORECASE,
)
#: "call on July 4", "call on Monday": a date after "on" makes "call" a noun (and
#: "insisted on Monday" no insisting on anything, ``stance_triggers``).
ON_A_DATE = re.compile(rf"\s+(?:{WEEKDAYS}|{MONTHS})\b")


def a_call(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "call on" at ``trigger`` is the noun "call" ("a video call on Monday", "a
    20-minute call on June 3")."""
    return (
        _CALL_NOUN.search(s.text, max(0, trigger.start - 16), trigger.start) is not None
        # (only the bare noun: "called on Sunday for ..." is still an appeal)
        or (trigger.phrase == "call on" and ON_A_DATE.match(s.text, trigger.end) is not None)
    )


def courtesy_call(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "called on" at ``trigger`` is a visit to the people named after it."""
    if trigger.phrase not in CALLED_ON:
        return False
    called = s.after(trigger.end)
    if called is None or called.start - trigger.end > 40:
        return False
    # A person, or an office: "the Japanese prime minister", "Japan's prime minister".
    office = office_end(s.text, called.end) if called.kind != "person" else called.end
    if office is None or any(mark in s.text[trigger.end : called.start] for mark in ",;:"):
        return False
    last = s.listed_from(called)[-1]
    after = office if last is called else office_end(s.text, last.end) or last.end
    return _ASKED.match(s.text, after) is None


# "Abe welcomed Modi to Tokyo", "welcomed the Indian prime minister at the airport": a
# host greeting a visitor; "Japan welcomed the decision" is a stance (``stances``).
WELCOMED = frozenset({"welcomed", "welcomes", "welcoming", "welcome"})
_NAME_GAP = re.compile(r",?\s")
_WHERE_WELCOMED = re.compile(
    r",?\s+(?:(?:to|in|at)\s+(?:the\s+)?[A-Z]|at\s+the\s+(?:airport|palace|residence)|"
    # "on a state visit", and in a headline "on historic visit"
    r"(?:for|on)\s+(?:talks|(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?(?:visit|trip|tour))\b)"
    # "warmly welcomed Peru's president on Thursday.": no more said of them than when
    rf"|(?:\s+on\s+(?:{WEEKDAYS}))?\s*(?:\.\s*\Z|;)"
)


def welcomed_visitor(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "welcomed" at ``trigger`` greets a visitor: a person or an office right
    after it, then where or why they came ("to Tokyo", "for talks", "on a state visit")."""
    if trigger.phrase not in WELCOMED:
        return False
    visitor = s.after(trigger.end)
    if visitor is None or visitor.start - trigger.end > 12:
        return False  # "welcomed the visiting ..." has its own trigger
    end = visitor.end if visitor.kind == "person" else office_end(s.text, visitor.end)
    if end is None or any(mark in s.text[trigger.end : visitor.start] for mark in ",;:"):
        return False
    last = s.listed_from(visitor)[-1]
    if last is not visitor:
        end = last.end if last.kind == "person" else office_end(s.text, last.end) or last.end
    named = s.after(end)  # the office's holder: "Peruvian Foreign Minister Ana Soto"
    if (
        named is not None
        and named.kind == "person"
        and _NAME_GAP.fullmatch(s.text, end, named.start)
    ):
        end = named.end + (1 if s.text.startswith(",", named.end) else 0)
    return _WHERE_WELCOMED.match(s.text, end) is not None


# "Munoz told the Peruvian minister that ...", "Kerry assured his Saudi counterpart":
# one official speaking to another, a contact between their states.
# "Peru's envoy briefed the Security Council", "addressed the General Assembly": a state's
# official speaking at a body's session, a contact between the two.
TOLD = frozenset(
    {"told", "tell", "tells", "telling", "assured", "briefed", "addressed", "addresses"}
)
# "Peres is to see Mubarak next week", "saw the Egyptian president": a visit, when one
# official sees another (not "saw the minister's remarks as", "saw Lima as a partner").
SEEN = frozenset({"see", "sees", "saw", "seeing"})
# Either kind of contact, as ``told_official`` and ``no_meeting`` check for both.
TOLD_OR_SEEN = TOLD | SEEN
_SEEN_AS = re.compile(
    r"(?:\s+[a-z][\w-]*){1,2}['\u2019]s\b|(?:['\u2019]s)?(?:\s+[a-z][\w-]*){0,2}?\s+as\b"
)
# (past a courtesy title: "told Mrs Thatcher")
_TOLD_GAP = re.compile(
    r"\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?"
)
# A body's or state's office before the one who holds it: "European Commission |
# President | Jean-Claude Juncker".
_OFFICE_BEFORE_NAME = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}")
# "told the head of the Andean Community": an office of the body named after "of".
_HEAD_OF = re.compile(
    r"\s+the\s+(?:head|chief|leader|president|chairman|chair|secretary[- ]general|"
    r"director[- ]general|director)\s+of\s+(?:the\s+)?"
)
_COUNTERPART = re.compile(r"\s+counterparts?\b")
# What was told in writing, right after the one told: "in a letter", "by telegram".
_IN_WRITING = re.compile(
    r"(?:\s+[A-Z][\w.'-]*)*\s+(?:in|by|through|via)\s+(?:an?\s+)?(?:(?:personal|private|"
    r"written|open|secret)\s+)?(?:letters?|message|telegrams?|notes?|cables?|writing)\b"
)
# "told U.S. congressmen", "assured Chinese officials": a state's officials, told in person.
_OFFICIALS_TOLD = re.compile(
    r"\s+(?:(?:senior|visiting|top)\s+)?(?:officials|congressmen|congresswomen|senators|"
    r"lawmakers|legislators|ministers|diplomats|envoys|leaders)\b"
)


# A body in session: a Security Council, a General Assembly (not "told the United
# Nations", a body at large).
_SESSION = re.compile(r"\b(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council)\b")


def addressed_session(s: RuleSentence, told: ActorMention) -> bool:
    """Whether ``told``, the one a trigger of ``TOLD`` names, is a body in session (its
    Security Council): the meeting is the speaker's and the body's alone."""
    return told.kind == "igo" and _SESSION.search(s.text, told.start, told.end + 24) is not None


def told_official(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` ("told", "assured") has an official of one state speak to an
    official of another: a person or an office right after it, a person or office before."""
    if trigger.phrase not in TOLD_OR_SEEN:
        return False
    told = s.after(trigger.end)
    if told is None:
        return False
    if trigger.phrase in SEEN and _SEEN_AS.match(s.text, told.end):
        return False
    head_of = _HEAD_OF.fullmatch(s.text, trigger.end, told.start) is not None
    if not head_of and not _TOLD_GAP.fullmatch(s.text, trigger.end, office_start(s.text, told)):
        return False
    if trigger.phrase in TOLD and _IN_WRITING.match(s.text, told.end):
        return False  # "told President Reagan in a letter": correspondence, no contact
    told = _holder_named_after(s, told)
    officials = told.kind == "adjective" and _OFFICIALS_TOLD.match(s.text, told.end)
    session = addressed_session(s, told)
    if not (
        head_of
        or officials
        or session
        or s.is_official(told)
        or _COUNTERPART.match(s.text, told.end)
    ):
        return False
    speakers = [a for a in s.holders(trigger.start) if a.code]
    # An official, or a state or body itself telling one ("China told U.S. Ambassador
    # Gary Locke"; not "China was relieved to see Trump"), speaks to an official of another.
    if not speakers or speakers[0].code == told.code:
        return False
    state = trigger.phrase in TOLD and speakers[0].kind in ("name", "seat", "igo")
    return state or s.is_official(speakers[0])


def _holder_named_after(s: RuleSentence, told: ActorMention) -> ActorMention:
    """The person whose office the body or state ``told`` names ("European Commission
    President Jean-Claude Juncker": Juncker), else ``told``."""
    if told.kind not in ("igo", "name"):
        return told
    office = _OFFICE_BEFORE_NAME.match(s.text, told.end)
    person = s.after(told.end)
    if office is None or person is None or person.kind != "person" or person.code != told.code:
        return told
    return person if person.start == office.end() else told
