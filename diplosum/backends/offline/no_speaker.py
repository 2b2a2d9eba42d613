"""Inverted reporting clauses and speakers who speak for no state, for ``speakers``:
'"...," said Ana Lopez' (the speaker after the verb), "..., said one economist at a bank"
and "People who managed to escape said ..." (no state's words, and no neighbour's either).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .agent_words import NOT_AGENTS
from .clauses import THE_TWO
from .lexicon import Hit

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = [
    "A_NAME",
    "INVERTED_AFTER",
    "NOT_A_NAME",
    "inverted",
    "mark_before",
    "no_state_speaks",
    "others_open",
    "people_open",
    "people_speak",
    "polled",
    "unknown_person_opens",
]

# What may come right before an inverted reporting verb: the end of a quotation or of a
# clause, or nothing.
INVERTED_AFTER = frozenset({"", ",", '"', "'", "\u201d", "\u2019"})


def mark_before(s: RuleSentence, clause: Hit) -> str:
    """The last character before reporting ``clause``, past white space ("" if none): a
    comma or a closing quotation mark makes an inverted clause ('"...," said X')."""
    return s.text[: clause.start].rstrip()[-1:]


# Who speaks for no state: "said analysts polled by Reuters", "said one economist at a
# bank", "said a Tokyo-based trader".
_NO_STATE_SPEAKS = re.compile(
    r"\s+(?:(?:a|an|one|two|three|several|some|many|most|other|the)\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:analysts?|economists?|dealers?|traders?|bankers?|brokers?|experts?|observers?|"
    r"strategists?|specialists?|academics?|researchers?|executives?|investors?)\b"
)


# A speaker after an inverted verb: a few words to the sentence's end or to what they are
# ("said Ana Lopez.", "said one economist at a bank", "said Ana Lopez, a spokeswoman");
# not what was said ("said he was confident", "said the group planned to ...").
_SPEAKER_TO_END = re.compile(
    r"\s+(?!(?:he|she|it|they|we|I|that|there|this|on|in|at|today|yesterday)\b)"
    r"(?!(?:[^.,;]|(?<=\b[A-Za-z])\.)*\b(?:is|are|was|were|has|have|had|will|would|could|can|may|must|did|does)\b)"
    r"(?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+\s*(?:[.!?]|,\s+(?:a|an|the|who)\s|\Z)"
)


def inverted(s: RuleSentence, clause: Hit) -> bool:
    """Whether reporting ``clause`` comes after what was said, its speaker after it
    ('"...," said Ana Lopez', "..., said one economist at a bank"), not before it ("Ana
    Lopez, a spokeswoman, said the plan ...")."""
    return (
        not clause.phrase.startswith(("told", "telling"))  # "told Kerry": the one told
        and mark_before(s, clause) in INVERTED_AFTER - {""}
        and _SPEAKER_TO_END.match(s.text, clause.end) is not None
    )


# A paper or agency of no state: "according to Peruvian news agency Pisco" (not "the state
# news agency", "official newspaper": those speak for their state).
_PRIVATE_MEDIA = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?((?:[\w.-]+\s+){0,2}?)"
    r"(?:news\s+agency|newspaper|broadcaster|tabloid|magazine|news\s+website)\b"
)
_STATE_MEDIA = frozenset({"state", "official", "state-run", "state-owned", "government"})


def no_state_speaks(s: RuleSentence, clause: Hit) -> bool:
    """Whether inverted ``clause``'s speaker speaks for no state ("..., said analysts",
    "..., according to Peruvian news agency Pisco")."""
    if not inverted(s, clause):
        return False
    media = _PRIVATE_MEDIA.match(s.text, clause.end)
    if media is not None and not _STATE_MEDIA.intersection(media.group(1).lower().split()):
        return True
    return _NO_STATE_SPEAKS.match(s.text, clause.end) is not None


# Agents of some state, unplaced when the sentence opens with them and names none:
# "Diplomats want Bolivia to ...", "Western diplomats say" (not "Peruvian diplomats"),
# "..., two sources close to the talks said".
_UNPLACED = frozenset({"diplomats", "observers", "insiders", "commentators", "sources"})
# Those of no state, or unplaced, a sentence may open with (``people_open``).
_NO_STATE_PEOPLE = NOT_AGENTS | _UNPLACED

# "People who managed to escape said ...", "Residents say ...": the subject of a reporting
# verb is people who speak for no state.
_PEOPLE_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:(?:the|some|many|most|other|several|local|two|"
    r"three|four|five|six|\d+|multiple|numerous|various|a\s+few)\s+)?"
    # a word or two of kind: "Western diplomats", "human rights groups" (a state named
    # there makes them its own: "Peruvian diplomats", ``people_speak``)
    r"(?:(?!(?:then|that|so|if|when|while|as|because|and|but|or|it|he|she|they|we)\b)"
    r"[A-Za-z-]+\s+){0,2}?"
    r"(?:people|residents|witnesses|refugees|survivors|villagers|civilians|analysts|experts|"
    r"economists|traders|activists|protesters|doctors|"
    # "Bankers said the polite wording hid their anger at Peru": a state's creditors
    r"bankers|dealers|brokers|investors|creditors|lenders|executives|"
    # "Critics say": of no one state named; "Diplomats said": unplaced
    r"critics|opponents|groups|farmers|" + "|".join(sorted(_UNPLACED)) + r")\b"
    r"[^,;:\"\u201c\u201d]*\Z",
    re.IGNORECASE,
)


# Those a poll asked, whatever their state: "Nearly half of U.S. respondents said".
_POLLED_BEFORE = re.compile(
    r"\b(?:respondents|those\s+(?:polled|surveyed|questioned|asked)|people\s+(?:polled|"
    r"surveyed)|voters\s+(?:polled|surveyed))\b[^,;:\"\u201c\u201d]*\Z",
    re.IGNORECASE,
)


def polled(s: RuleSentence, clause: Hit) -> bool:
    """Whether ``clause``'s subject is a poll's respondents, of whatever state."""
    return _POLLED_BEFORE.search(s.text, max(0, clause.start - 80), clause.start) is not None


# A sentence that opens with a person's name and an appositive: "Ana Soto, co-director of".
_NAME_OPENS = re.compile(
    r"\s*(?!(?:The|A|An|In|On|At|But|And|For|After|Before|While|When|As|Last|This)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'\u2019-]+,"
)


# A surname alone, set off by a comma ("Soto, who ..."): someone named in full before.
_SURNAME_OPENS = re.compile(r"\s*([A-Z][a-z'\u2019-]+),")


# The article an Arabic surname is joined to, which the surname alone drops: "al-Rashid".
_ARTICLE_JOINED = r"(?:(?:al|el)-)?"


def _named_in_full(article: str, surname: str, end: int | None = None) -> bool:
    """Whether ``article`` (up to ``end``) gives ``surname`` after a first name ("Carl
    Berg", "Omar al-Rashid" for "Rashid"): a person's name, not any capitalised word."""
    full = re.compile(rf"\b[A-Z][a-z]+\s+{_ARTICLE_JOINED}{re.escape(surname)}\b")
    return full.search(article, 0, len(article) if end is None else end) is not None


def _named_again(s: RuleSentence) -> re.Match[str] | None:
    """The surname that opens ``s`` if the article gave it earlier after a first name
    ("Ana Soto ... Soto, who ..."), as a person named again is."""
    named = _SURNAME_OPENS.match(s.text, s.opens())
    return (
        named if named is not None and _named_in_full(s.article, named.group(1), s.start) else None
    )


_SPEAKS_AFTER = re.compile(r",\s+(?:said|says|told|tells|added|adds)\b")
# An aside of what the person was doing: "Ana Soto, speaking at a forum on Peru's
# mining boom, said": the states in it are where or what, not whom she speaks for
# (but "Ana Soto, representing Chile, said", "speaking for Chile": they are).
_PARTICIPLE_ASIDE = re.compile(
    r"\s+(?!(?:representing|speaking\s+(?:for|on\s+behalf))\b)[a-z]+ing\b"
)


def unknown_person_opens(s: RuleSentence) -> int | None:
    """Where the name ends of a person no rule places that opens ``s`` set off by a comma
    ("Ana Soto, who leads the claim against Peru, says he ...", or "Soto, however, ..."
    once named in full): the subject, whom "he" or "she" after it stands for; ``None``
    if the sentence opens otherwise."""
    named = _NAME_OPENS.match(s.text, s.opens()) or _named_again(s)
    # (A person the rules found but cannot place is still unplaced: "King Felipe".)
    if named is None or any(a.code and a.start < named.end() for a in s.actors):
        return None
    if not s.text.startswith(" who ", named.end()) and not _PARTICIPLE_ASIDE.match(
        s.text, named.end()
    ):
        # "Ana Soto, head of the Chilean Coffee Institute, said", "Ana Soto, an official
        # with Acme, a Chilean trading firm, told": placed by the appositives before the
        # verb (not by a relative clause's objects: "Ana Soto, who sued Peru, said").
        verb = _SPEAKS_AFTER.search(s.text, named.end())
        closing = verb.start() if verb else s.text.find(",", named.end())
        if any(a.code and named.end() <= a.start < closing for a in s.actors):
            return None
    return named.end()


#: Capitalised words that open a clause but name no one ("He said", "The ministry").
NOT_A_NAME = frozenset(
    {"He", "She", "It", "They", "We", "I", "You", "The", "This", "That", "These", "Those"}
    | {"There", "But", "And", "A", "An", "Its", "His", "Her", "Their", "Officials"}
    | {"Analysts", "Diplomats", "Sources", "Police", "Reuters"}
)
#: A name of one to three capitalised words that is none of ``NOT_A_NAME`` (a pattern
#: fragment): "Soto", "Carl Berg".
A_NAME = (
    rf"(?!(?:{'|'.join(sorted(NOT_A_NAME))})\b)"
    r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2}"
)
# A name right before a reporting verb, after a clause's break: "..., particularly Peru,
# but Soto said", "; Soto added".
_NAME_SPEAKS = re.compile(
    # (or opening the sentence: "Berg said the evidence supported his case")
    r"(?:^[\s\"\u201c]*|[,;]\s+(?:but|and|while)\s+|;\s+)"
    rf"({A_NAME})\s+(?:also\s+)?\Z"
)


def named_after_break(s: RuleSentence, clause: Hit) -> bool:
    """Whether ``clause``'s subject is a name no rule places, opening a clause of its own
    after a break ("Close links would continue with Peru, but Soto said"): the states
    before the break are not who speaks."""
    name = _NAME_SPEAKS.search(s.text, max(0, clause.start - 50), clause.start)
    if name is None or any(name.start() <= a.start < clause.start for a in s.actors):
        return False
    if name.start() > 0:
        return True
    # Opening the sentence, a capital is no sign of a name ("Plans announced", "Bankers
    # said"): the article names the person in full elsewhere ("Carl Berg").
    return _named_in_full(s.article, name.group(1).split()[-1])


def people_speak(s: RuleSentence, clause: Hit) -> bool:
    """Whether ``clause``'s subject before it is people of no state ("People who fled
    said", a person named with no state: "Ana Soto, an analyst, said"), with no state
    named among them, a state's people who are no agents of it ("West German bankers
    also said"), or a poll's respondents."""
    if polled(s, clause):
        return True
    right_before = s.before(clause.start)
    if right_before is not None and not s.is_agent(right_before):
        gap = s.text[right_before.end : clause.start]
        if "," not in gap and len(gap.split()) <= 3:
            return True  # "West German bankers also said": they spoke, for no state
    opening = unknown_person_opens(s)
    if opening is not None and opening <= clause.start:
        return True  # "Ana Soto, who sued Peru and Chile, says": Soto, whom no state places
    named = _NAME_OPENS.match(s.text, s.opens())
    if (
        named is not None
        and named.end() <= clause.start
        and not any(a.code and a.start < clause.start for a in s.actors)
    ):
        return True  # "Ana Soto, an analyst at a think tank, said": whom no state places
    if _GROUP_OPENS.fullmatch(s.text, 0, clause.start):
        return True  # "The opposition had told", "The rebels said": a group no state places
    if _BOTH_OPEN.match(s.text) and not any(a.code and a.start < clause.start for a in s.actors):
        return True  # "Both leaders ... said": two, whom the reporting rules did not place
    before = _PEOPLE_BEFORE.search(s.text, max(0, clause.start - 80), clause.start)
    if before is None:
        return _of_no_state(s, clause)
    return not any(a.code and before.start() <= a.start < clause.start for a in s.actors)


# A sentence that opens with an armed or political group as its subject, no state named,
# right before its verb: "The opposition had told", "The rebels also said" (a group
# takes its state's code only where the text names that state; not "The statement
# said", "The aide said": the neighbour's speaker's own words).
_GROUP_OPENS = re.compile(
    r"\s*The\s+(?:[a-z][\w-]*\s+){0,2}?(?:opposition|rebels?|militants?|insurgents?|"
    r"guerrillas?|separatists?|militias?|jihadists?|islamists?|extremists?)\s+"
    r"(?:(?:has|have|had|also|later|earlier|then)\s+){0,2}"
)
# A sentence that opens with two people or sides as its subject ("Both leaders", "The two
# ministers", as ``referred`` reads them): not one speaker, whom a neighbour's may be.
_BOTH_OPEN = re.compile(rf"\s*(?:{THE_TWO})")
# A short subject right before the verb, from its clause's start: "The company said", '"...,"
# the firm said', "A spokeswoman for the firm said", "Company officials said".
_SHORT_SUBJECT = re.compile(
    r"(?:^|[,;:][\"'\u201d\u2019]?\s+|\b(?:and|but)\s+)((?:[\w'\u2019-]+\s+){1,6}?)"
    r"(?:(?:has|have|had|also|then|later|earlier)\s+)?\Z"
)


def _of_no_state(s: RuleSentence, clause: Hit) -> bool:
    """Whether the short subject right before ``clause`` (or after "according to") names
    one of no state, a firm or people (``NOT_AGENTS``), and no state: its words, not a
    neighbour's speaker's."""
    if clause.phrase.lower() == "according to":
        subject = _SOURCE_AFTER.match(s.text, clause.end)
    else:
        subject = _SHORT_SUBJECT.search(s.text, max(0, clause.start - 50), clause.start)
    if subject is None or any(subject.start() <= a.start < subject.end() for a in s.actors):
        return False
    words = {w.lower().removesuffix("'s").removesuffix("\u2019s") for w in subject.group(1).split()}
    return not NOT_AGENTS.isdisjoint(words)


# The source after "according to", to its clause's end: "according to a company statement".
_SOURCE_AFTER = re.compile(r"\s+((?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+)\s*(?=[,;:.]|\Z)")


# What may come before a sentence's opening subject: a determiner or a number.
_OPENING = re.compile(
    # (after a dateline in capitals: "SEOUL An American student ...")
    r"\s*(?:[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+)*\s+)?"
    r"(?:(?:the|The|a|A|an|An|some|Some|many|Many|most|Most|other|Other|several|Several|"
    r"two|Two|three|Three|\d+)\s+)?"
)


def others_open(s: RuleSentence, offset: int) -> bool:
    """Whether ``s`` opens, before ``offset``, with a subject a state's name describes
    that is none of its agents ("Japanese firms announced plans to", "Italian banks
    want"), or people of no state (``people_open``): what that subject says or aims at is
    its own, no neighbour's speaker's."""
    first = s.actors[0] if s.actors else None
    return people_open(s, offset) or (
        first is not None
        and first.end <= offset
        and _OPENING.fullmatch(s.text, 0, first.start) is not None
        and not s.is_agent(first)
    )


# The sentence's first word, a plural noun of people: "Investors are concerned about".
_FIRST_WORD = re.compile(
    r"[\s\"'\u201c]*(?:(?:Many|Some|Most|Other)\s+)?(?:[A-Z][a-z]+\s+)?([A-Za-z][a-z]+s)\b"
)


# States the sentence opens with but does not name: "The world's richest countries have
# said they want", "Many Western governments". Not those counted or pointed back to ("the
# two countries", "both nations", "these states"), who were named before.
_UNNAMED_STATES = re.compile(
    r"[\s\"'\u201c]*(?:(?:The|Many|Some|Most|Other|Several|Western|Poor|Rich)\s+|"
    # "More than 30 nations have promised aid", "Over 40 states": more than are named.
    r"(?:(?:More|Fewer)\s+than\s+|Over\s+|Nearly\s+|About\s+|Around\s+|At\s+least\s+)?"
    r"\d[\d,]*\s+)?"
    # (the sentence's first word in capitals: "Donor nations have promised")
    r"(?:(?!Two\b|Three\b|Both\b|These\b|Those\b|All\b|Our\b)[A-Z][a-z'\u2019-]+\s+)?"
    r"(?:(?!two\b|three\b|both\b|these\b|those\b|all\b)[a-z][\w'\u2019-]*\s+){0,3}?"
    r"(?:countries|nations|states|governments)\b"
)


def people_open(s: RuleSentence, offset: int) -> bool:
    """Whether ``s`` opens with people who act for no state ("Investors", "Rescue
    workers"), or states it does not name, with no actor before ``offset``: what they say
    or aim at is theirs."""
    if any(a.start < offset for a in s.actors):
        return False
    first = _FIRST_WORD.match(s.text, s.opens())
    if first is not None and first.group(1).lower() in _NO_STATE_PEOPLE:
        return True
    unnamed = _UNNAMED_STATES.match(s.text, s.opens())
    return unnamed is not None and unnamed.end() <= offset
