"""A stance's topic read from the trigger's own object, for ``topics``.

Past the one addressed ("lodged a complaint with the United Nations | over the
incident"); a call for restraint and whom it asks; a charge without its agent ("accused
of espionage"), or with the one accused ("accused Chile of spying": Chile's spying);
what a verb calls something, without what it is called ("rejected the report | as
baseless"); what one is praised or blamed for, where it is theirs ("criticised Chile
over its tariffs": Chile's tariffs); the noun phrase a relative clause on the trigger
follows ("The plan, which France has criticised, | goes ahead"); what a quotation was
said of, named after it ('"We will never accept this," Peru said of | the Chilean plan').
And a topic read inside a relative clause ends where the clause does ("Peru, which
opposes the dam, | raised the issue").
"""

from __future__ import annotations

import re

from ...text.dates import WEEKDAYS
from .charges import charge_before_agent
from .lexicon import Hit
from .phrases import readable
from .sentence import RuleSentence

__all__ = [
    "ABOUT_PREPOSITION",
    "accusation_topic",
    "antecedent_topic",
    "characterised",
    "charge_topic",
    "past_addressee",
    "past_the_warned",
    "reason_topic",
    "relative_clause_end",
    "relative_subject",
    "restraint_topic",
    "said_of",
]

# (after a closing mark: 'expressed "deep concern" to Chile about')
_ADDRESSED = re.compile(r"[\"\u201d]?\s+(?:with|to)\s+")
ABOUT_PREPOSITION = re.compile(r"\s+(?:over|about|against|on|regarding|concerning)\s+")
# The rest of the one addressed before "about": "to Chile's trade minister on Friday |
# about", "to Chilean officials | over".
_ADDRESSEE_REST = re.compile(
    r"(?:'s|\u2019s)?(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?"
    r"\s+(?:over|about|regarding|concerning)\s+"
)


def past_addressee(s: RuleSentence, offset: int) -> int:
    """Where a stance's topic starts after ``offset``: past the one addressed ("lodged a
    complaint with the United Nations | over the incident", "protested to Chile | about")."""
    addressed = _ADDRESSED.match(s.text, offset)
    party = s.after(offset) if addressed is not None else None
    if addressed is None or party is None:
        return offset
    if s.text[addressed.end() : party.start].strip().lower() not in ("", "the"):
        return offset
    about = ABOUT_PREPOSITION.match(s.text, party.end) or _ADDRESSEE_REST.match(s.text, party.end)
    return about.end() if about is not None else offset


# What one warned was told, a clause after them: "warned Peru (that) the plan would
# fail", "warned Chile he had been caught": the warning, not the one warned.
_WARNED = frozenset({"warned", "warns", "warn", "warning", "cautioned", "cautions"})
_WARNING_CLAUSE = re.compile(
    r"\s+(?:that\s+)?(?=(?:he|she|it|they|we|there|(?:the|its|his|her|their)(?:\s+[\w-]+){1,3})\s+"
    r"(?:would|will|could|can|might|may|must|should|was|were|is|are|had|has|have)\b)"
)


def past_the_warned(s: RuleSentence, trigger: Hit) -> str | None:
    """The warning a state or person was given, right after them; ``None`` where the
    trigger warns no one named or what follows is no clause."""
    if trigger.phrase not in _WARNED:
        return None
    warned = s.after(trigger.end)
    if warned is None or s.text[trigger.end : warned.start].strip().lower() not in ("", "the"):
        return None
    clause = _WARNING_CLAUSE.match(s.text, warned.end)
    return None if clause is None else readable(s.text, clause.end())


# Who restraint is asked of, right after it: "urged restraint on both sides".
_OF_SIDES = re.compile(
    r"\s+(?:on|from|by)\s+(?:all|both|the\s+two)\s+(?:sides|parties|countries)\b"
)

_IN_DOING = re.compile(r"\s+in\s+[a-z]+ing\b")


def restraint_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """A call for restraint names what it asks: the call itself, with those it asks it
    of ("asked for restraint on both sides") or in what ("urged restraint in curbing
    clashes"), not what follows ("during a briefing")."""
    if not trigger.phrase.endswith("restraint"):
        return None
    if _IN_DOING.match(s.text, trigger.end):
        return readable(s.text, trigger.start)  # "urged restraint in curbing any clash"
    sides = _OF_SIDES.match(s.text, trigger.end)
    return s.text[trigger.start : sides.end() if sides else trigger.end]


def charge_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """A passive accusation and its charge, without its agent: "accused of espionage"
    (by Peru)."""
    by = charge_before_agent(s, trigger)
    return readable(s.text[:by], trigger.start) if by is not None else None


# Verbs that name their object, then what it is called: "described the move as a
# provocation", "rejected the report as baseless".
_CHARACTERISING = frozenset(
    {"described", "describes", "denounced", "denounces", "rejected", "rejects", "dismissed"}
    | {"dismisses", "branded", "brands", "labelled", "labeled", "condemned", "condemns"}
    | {"criticised", "criticized", "hailed", "hails", "welcomed", "welcomes", "slammed"}
    | {"decried", "decries", "characterised", "characterized", "termed", "praised", "praises"}
)
_AS = re.compile(r"\s+as\s+")
_BY = re.compile(r"\s+by\b")
_NOT_CALLED = re.compile(r"(?:well|soon|long|much|part|far|many|if|though)\b")


def characterised(s: RuleSentence, trigger: Hit) -> str | None:
    """The object of a verb that calls it something, without what it is called ("rejected
    the report | as baseless" is about the report), when it is two words or more."""
    if trigger.phrase not in _CHARACTERISING or _BY.match(s.text, trigger.end):
        return None  # "welcomed by the World Bank as ...": a passive, its agent follows
    start = past_addressee(s, trigger.end)
    called = _AS.search(s.text, start, start + 80)
    if (
        called is None
        or _NOT_CALLED.match(s.text, called.end())  # "as well as", "as part of"
        or any(mark in s.text[start : called.start()] for mark in ',;:"\u201c')
    ):
        return None
    topic = readable(s.text[: called.start()], start)
    return topic if topic is not None and len(topic.split()) >= 2 else None


# "The plan, which France has criticised, goes ahead", "backs a tax which Bonn opposes": the
# verb of a relative clause whose object is what the clause follows ("that" only after a
# comma: without one it may open what was said, "said that Peru opposes").
_RELATIVE_OPENS = re.compile(r"(?:,\s+(?:which|that)|\s+which)\s+[^,;:]{1,60}\Z")
# The verb ends its clause, after a time at most ("which Chile rejected last week,").
_CLAUSE_ENDS = re.compile(
    r"(?:\s+(?:(?:last|this|next)\s+\w+|yesterday|today|earlier|in\s+\d{4}|"
    rf"on\s+(?:{WEEKDAYS})))?\s*[,;:.]"
)
# The antecedent's noun phrase: from its determiner, a few words before the comma.
_ANTECEDENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese|[Tt]hose)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+\Z"
)


def antecedent_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """What a relative clause ending on its stance verb is about: the noun phrase before
    ", which" ("The plan, which France has criticised, | goes ahead")."""
    if not _CLAUSE_ENDS.match(s.text, trigger.end):
        return None
    if s.text.endswith(("'s ", "\u2019s "), 0, trigger.start):
        return None  # "which backs Syria's opposition,": a noun, no verb with its object
    relative = _RELATIVE_OPENS.search(s.text, 0, trigger.start)
    if relative is None:
        return None
    noun = _ANTECEDENT.search(s.text, max(0, relative.start() - 60), relative.start())
    return None if noun is None else readable(s.text[: relative.start()], noun.start())


# A relative pronoun and the passive's auxiliary right before the trigger: "the deal |
# that was | approved by EU leaders" ("that" before a verb opens no reported clause).
_RELATIVE_PASSIVE = re.compile(
    r"(?:,\s*|\s+)(?:which|that)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?\Z"
)


def relative_subject(s: RuleSentence, trigger: Hit) -> str | None:
    """What a passive relative clause on its stance verb is about: the noun phrase it
    follows ("secured the deal that was approved by EU leaders" is about the deal)."""
    relative = _RELATIVE_PASSIVE.search(s.text, max(0, trigger.start - 40), trigger.start)
    if relative is None:
        return None
    noun = _ANTECEDENT.search(s.text, max(0, relative.start() - 60), relative.start())
    return None if noun is None else readable(s.text[: relative.start()], noun.start())


# "accused Chile of spying", "accuses him of": the one accused, then the charge.
_ACCUSED_OF = re.compile(
    r"\s+(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|him|her|them|it|us)"
    # (a charge in small letters: not "accused Secretary | of | State Ana Soto of")
    r"\s+of\s+(?=[a-z])"
)
_ACCUSING = frozenset({"accused", "accuses", "accusing", "accuse"})
_POSSESSIVE_PRONOUNS = {"him": "his", "her": "her", "them": "their", "it": "its", "us": "our"}


def _possessive(who: str) -> str:
    """``who``'s possessive: "his" for "him", "Chile's", "the United States'"."""
    return _POSSESSIVE_PRONOUNS.get(who) or who + ("'" if who.endswith("s") else "'s")


_DETERMINER = re.compile(r"(?:the|a|an|this|that|these|those)\s", re.IGNORECASE)


def accusation_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """The charge an accusation names, as the accused's ("accused Chile of spying on
    Peru" -> "Chile's spying on Peru", "accused him of complicity" -> "his complicity"),
    or the charge alone where it has its own determiner ("accused Chile of the raid" ->
    "the raid"), not "Chile of spying", which reads as no phrase."""
    if trigger.phrase not in _ACCUSING:
        return None
    accused = _ACCUSED_OF.match(s.text, trigger.end)
    charge = readable(s.text, accused.end()) if accused is not None else None
    if accused is None or charge is None:
        return None
    if _DETERMINER.match(charge):
        return charge
    return f"{_possessive(accused.group('who'))} {charge}"


# Verbs that praise or blame someone for something: "criticised Chile over its tariffs",
# "thanked Peru for its help", "blamed Chile for the collapse of the talks".
_PRAISE_OR_BLAME = (
    "critici", "prais", "thank", "blam", "condemn", "rebuk", "slam", "fault", "laud",
    "commend", "chid", "scold", "censur", "denounc", "congratulat", "hail", "lambast",
    "castigat", "applaud", "reprimand",
)  # fmt: skip
_FOR_OR_OVER = re.compile(
    r"\s+(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"\s+(?:for|over)\s+(?=[a-z])"
)


def reason_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """What one named is praised or blamed for, where it is their own ("criticised Chile
    over its tariffs" -> "Chile's tariffs"), not "Chile over its tariffs". Anything else
    ("for the raid", "for lost jobs", "for failing to act") keeps the one blamed before
    it: whom is the point, and "Chile's failing" or "China's lost jobs" would misread."""
    if not trigger.phrase.startswith(_PRAISE_OR_BLAME) or " " in trigger.phrase:
        return None
    named = _FOR_OR_OVER.match(s.text, trigger.end)
    reason = readable(s.text, named.end()) if named is not None else None
    own = _OWN_REASON.match(reason) if reason is not None else None
    if named is None or reason is None or own is None:
        return None
    return f"{_possessive(named.group('who'))} {reason[own.end() :]}"


# The reason as the one named's own: "its tariffs", "their stance".
_OWN_REASON = re.compile(r"(?:its|their|his|her)\s+")


# A quotation's reporting clause that names what it was said of: '"We will never accept
# this," Peru's president said of | the Chilean plan', '... Peru said on Monday of |',
# '... Chile's foreign ministry said in a written statement about | Peru's decision'.
_SAID_OF = re.compile(
    r"[\"\u201d],?\s+[^\"\u201c\u201d;:]{1,80}?\b(?:said|says|added|wrote|writes)"
    r"(?:\s+(?:on|late\s+on)\s+[A-Z][a-z]+)?"
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|speech|interview|letter|"
    r"remarks|address))?\s+(?:of|about|regarding|concerning)\s+"
)


def said_of(s: RuleSentence, inside: int) -> str | None:
    """What the quotation holding ``inside`` was said of, where the reporting clause right
    after it names that; ``None`` where it does not."""
    said = _SAID_OF.search(s.text, inside)
    if said is None or any(m in s.text[inside : said.start()] for m in '"\u201c\u201d'):
        return None  # another quotation opens or closes first
    return readable(s.text, said.end())


# A trigger inside a relative clause set off by commas after its holder ("Peru, which
# opposes the dam, raised ...", "Chile and Peru, both of which ..."), and the comma that
# closes that clause in the topic (not one of a list: ", and", ", zinc and gold").
_IN_RELATIVE = re.compile(r",\s+(?:(?:both|each|all)\s+of\s+)?(?:which|who|whom)\s[^,;:]{0,80}\Z")
_CLOSING_COMMA = re.compile(r",\s+(?!(?:and|or|but|nor)\b)(?![\w-]+(?:,|\s+(?:and|or)\b))[a-z]")


def relative_clause_end(s: RuleSentence, trigger: Hit, topic: str) -> str:
    """``topic``, ended where the relative clause that holds ``trigger`` ends ("Peru,
    which opposes the dam, raised the issue": "the dam"), when two words or more are
    left; else as it is."""
    if _IN_RELATIVE.search(s.text, max(0, trigger.start - 90), trigger.start) is None:
        return topic
    closing = _CLOSING_COMMA.search(topic)
    head = topic[: closing.start()] if closing is not None else topic
    return head if len(head.split()) >= 2 else topic
