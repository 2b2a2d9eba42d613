"""A stance's topic: what the position is about, as a phrase a person can read.

After the trigger, past the one addressed ("lodged a complaint with the United Nations |
over the incident"); for a judgment said of a subject, the subject and the judgment
("Peru's plan was unacceptable"); for a stance with its agent after "by", the sentence
("The plan was welcomed by Egypt"); inside a quotation, what was said.
"""

from __future__ import annotations

import re

from ...text.dates import MONTH_NAMES, WEEKDAY_NAMES
from ...text.gazetteer import gazetteer
from ...text.people import NAME_PARTICLES
from .agents import reaction_about
from .lexicon import Hit
from .phrases import readable
from .positions import PATIENT_VERBS
from .quotations import open_quote
from .sentence import RuleSentence
from .topic_objects import (
    ABOUT_PREPOSITION,
    accusation_topic,
    antecedent_topic,
    characterised,
    charge_topic,
    past_addressee,
    past_the_warned,
    reason_topic,
    relative_clause_end,
    relative_subject,
    restraint_topic,
    said_of,
)

__all__ = ["asked_end", "names_only_holder", "past_feeling", "received_topic", "stance_topic"]

# What a judgment is said of: from the last reporting verb, "that" or clause break before it.
_JUDGED_FROM = re.compile(r"(?:\b(?:said|says|that)\s+|[,:\"\u201c]\s*|\A\s*)")

# A feeling voiced, as what a reporting verb says: 'voiced "grave concern" to Chile about'.
_FEELING = re.compile(
    r"\s*[\"\u201c]?(?:[a-z]+\s+){0,2}(?:concerns?|alarm|anger|displeasure|dismay|outrage|"
    r"regret|frustration|unease|opposition|support|satisfaction)[\"\u201d]?"
)


def past_feeling(s: RuleSentence, offset: int) -> int:
    """Where what a feeling voiced right at ``offset`` is about starts, past the one
    addressed ('voiced "grave concern" to Chile | about the quotas'); else ``offset``."""
    feeling = _FEELING.match(s.text, offset)
    if feeling is None:
        return offset
    about = ABOUT_PREPOSITION.match(s.text, feeling.end())
    if about is not None:
        return about.end()
    past = past_addressee(s, feeling.end())
    return past if past != feeling.end() else offset


def _judged_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """The subject judged and the judgment: "Peru's plan was unacceptable"."""
    starts = [
        start
        for start in _JUDGED_FROM.finditer(s.text, max(0, trigger.start - 100), trigger.start)
        if start.end() < trigger.start  # 'are "not acceptable"': the judgment's own mark
    ]
    return readable(s.text[: trigger.end], starts[-1].end()) if starts else None


def _quoted(s: RuleSentence, trigger: Hit) -> str | None:
    """The quotation a trigger stands in ('Lavrov said: "This is unacceptable.'): what
    was said, not who said it."""
    opening = open_quote(s.text[: trigger.start])
    return readable(s.text, opening + 1) if opening is not None else None


# What an appeal noun asks for ends with the noun phrase it is in: at a comma or at the
# sentence's own verb ("The calls by France for a ceasefire | were ignored").
_PHRASE_END = re.compile(r",|\s(?:was|were|is|are|has|have|had|went|fell|met|drew)\s")


def asked_end(s: RuleSentence, asked: int) -> int:
    """Where what an appeal in the subject asks for, from ``asked``, ends: at the
    sentence's verb or a comma ("calls from Peru for Chile to stop the tests | went
    unheeded")."""
    end = _PHRASE_END.search(s.text, asked)
    return end.start() if end else len(s.text)


def _asked_for(s: RuleSentence, asked: int) -> str | None:
    asked = past_addressee(s, asked)  # "U.S. concern to Chile's envoy | about the arrests"
    return readable(s.text[: asked_end(s, asked)], asked)


# A sentence's opening phrase of place or time, up to its comma ("In London, ", "On
# Monday, "): no part of what a stance with its agents after "by" is about.
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ll]ater|[Ee]arlier|[Mm]eanwhile)"
    r"\b[^,;:]{0,40}"
    # "Backed by a Saudi-led alliance, Hadi's forces ...": what is backed follows
    r"|[A-Z][a-z]+ed\s+by\b[^,;:]{0,60}),\s+"
)


# Words that end a noun phrase read backwards from its last word: prepositions, linking
# words and common verbs ("worried about | plans", "when | the Bolivian navy").
_NOT_IN_PHRASE = frozenset(
    {"about", "of", "on", "in", "at", "to", "for", "with", "from", "over", "against"}
    | {"among", "after", "before", "than", "as", "into", "by", "and", "or", "but", "that"}
    | {"which", "who", "while", "when", "is", "are", "was", "were", "be", "been", "has"}
    | {"have", "had", "said", "says", "saw", "see", "also", "including"}
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these"})
# A time the phrase would end on ("sanctions last week, backed by ..."): no noun
# phrase of what is backed.
_TIMES = frozenset(
    {"month", "week", "year", "day", "weekend", "morning", "afternoon", "evening", "night"}
    | {"months", "weeks", "years", "days", "decades"}
    | {"today", "yesterday", "ago", *MONTH_NAMES, *WEEKDAY_NAMES}
)
_WORD_BEFORE = re.compile(r"[\w.'\u2019-]+")
# After the agents, the phrase's own complement: "plans, backed by Chile, | to lift ...".
_CLOSING_COMMA = re.compile(r"[^,;:()\"\u201c\u201d]{1,80}?,\s+to\s+(?=[a-z])")


# A dateline's city in capitals before the sentence's first word: "LIMA Peruvian forces".
_DATELINE = re.compile(r"[A-Z]{3,}\s+[A-Z][a-z]")
# An adverb between a noun and its participle: "a pact provisionally agreed by".
_ADVERB_BEFORE = re.compile(r"\s(?:\w+ly|first|later|also|since)\Z")
# A noun summing up the clause before it: "..., an allegation rejected by Peru", "... - a
# version Chile disputes" (the clause is the topic, not "an allegation").
_SUMMING_UP = re.compile(r"(?:,|\s[-\u2013\u2014])\s+\Z")


def _noun_phrase_before(text: str, end: int) -> tuple[list[str], int]:
    """The words of the noun phrase ending at ``end`` (at most six, back to a determiner,
    a preposition or a verb), and where it starts."""
    words = list(_WORD_BEFORE.finditer(text, max(0, end - 60), end))
    phrase: list[str] = []
    start = end  # where the phrase read so far starts: the next word must end right before
    for word in reversed(words[-6:]):
        if word.group().lower() in _NOT_IN_PHRASE or (phrase and word.end() + 1 != start):
            break
        if not any(c.isalnum() for c in word.group()):
            break  # "militias - backed by": a dash, no word
        if phrase and word.group().endswith("ed") and word.group().islower():
            break  # "Peru criticised | plans": a verb (not "the proposed plans")
        if word.start() == 0 and _DATELINE.match(text):
            break  # "LIMA | Peruvian forces backed by": a dateline, no word of the phrase
        phrase.insert(0, word.group())
        start = word.start()
        if word.group().lower() in _DETERMINERS:
            break
    return phrase, start


def _set_off_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """What a participle with its agents is about: the noun phrase it follows, set off by
    a comma or not ("Chilean forces backed by Peru"), and the infinitive after its agents
    ("plans, backed by Chile, to lift the embargo" is about plans to lift the embargo)."""
    if not s.text.startswith(" by ", trigger.end):
        return None
    set_off = s.text.endswith(", ", 0, trigger.start)
    end = trigger.start - 2
    if not set_off:
        if trigger.phrase not in PATIENT_VERBS or not s.text.endswith(" ", 0, trigger.start):
            return None
        adverb = _ADVERB_BEFORE.search(s.text, max(0, trigger.start - 20), trigger.start - 1)
        end = adverb.start() if adverb is not None else trigger.start - 1
    phrase, start = _noun_phrase_before(s.text, end)
    if not phrase or phrase[-1].rstrip(".") in _TIMES or phrase[-1].isdigit():
        return None  # "sanctions last week, backed by", "in 2014, backed by"
    if phrase[0][0].isdigit():
        return None  # "$10 billion approved by": an amount, its noun cut off
    if phrase[-1].endswith("ed") and phrase[-1].islower():
        return None  # "dismissed | criticism by": a verb, not a noun phrase
    if not set_off and phrase[0] in ("a", "an") and _SUMMING_UP.search(s.text, 0, start):
        return None  # "..., an allegation rejected by Peru": what it sums up is the topic
    closing = _CLOSING_COMMA.match(s.text, trigger.end) if set_off else None
    complement = readable(s.text, closing.end()) if closing is not None else None
    topic = " ".join(phrase + ([f"to {complement}"] if complement else []))
    return topic if len(topic.split()) >= 2 else None


# A passive appeal and what was asked: "China has been urged | by A and B | to take ...".
_URGED = frozenset({"urged", "pressed", "asked", "encouraged", "called on", "called upon"})
_PASSIVE_BEFORE = re.compile(r"\s+(?:has|have|had)?\s*(?:been|was|were|is|are)\s+\Z")
_TO_AFTER_AGENTS = re.compile(r"[^,;:]{1,80}?\s+to\s+(?=[a-z])")


def _urged_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """What the subject of a passive appeal was asked to do, with the subject: "China |
    has been urged by ... | to take a bigger role" is "China to take a bigger role"."""
    if trigger.phrase not in _URGED:
        return None
    passive = _PASSIVE_BEFORE.search(s.text, max(0, trigger.start - 24), trigger.start)
    asked = _TO_AFTER_AGENTS.match(s.text, trigger.end)
    if passive is None or asked is None:
        return None
    subject = s.text[s.opens() : passive.start()].strip()
    what = readable(s.text, asked.end())
    if what is None or not 0 < len(subject.split()) <= 6 or "," in subject:
        return None
    return f"{subject} to {what}"


def _sentence_topic(s: RuleSentence) -> str | None:
    """The sentence as the topic, from its subject ("The plan was welcomed by Egypt")."""
    opening = _OPENING_PHRASE.match(s.text, s.opens())
    return readable(s.text, opening.end() if opening else s.opens())


def _reaction_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """What a reaction noun is about, before its holders ("objections to | the tax | from
    Portugal")."""
    about = reaction_about(s, trigger)
    return None if about is None else readable(s.text[: about.end("about")], about.start("about"))


_FOR_WHAT = re.compile(r"\s(?:for|over|about)\s")


def received_topic(s: RuleSentence, received: int, past: int) -> str | None:
    """The topic of a stance noun the subject received at ``received`` ("Japan came under
    criticism from the U.S. | for its trade policy"; "Chile's decision | drew ..."): what
    it was for, after ``past``, else the subject."""
    why = _FOR_WHAT.search(s.text, past)
    return (why is not None and readable(s.text, why.end())) or readable(s.text[:received], 0)


def stance_topic(
    s: RuleSentence, trigger: Hit, *, judged: bool, with_agents: bool, asked: int | None = None
) -> str | None:
    """The topic of the stance ``trigger`` states in ``s``: ``judged`` when the subject is
    what is judged ("Peru's plan was unacceptable", "Iran was condemned"), ``with_agents``
    when its holders follow "by" ("The plan was welcomed by Egypt"); ``asked``, where what
    an appeal asks for starts past its holders ("calls from Britain for | Iran to stop")."""
    quoted = open_quote(s.text[: trigger.start]) is not None
    topic = (
        (quoted and said_of(s, trigger.end))
        or (asked is not None and _asked_for(s, asked))
        or ((judged or with_agents) and relative_subject(s, trigger))
        or (judged and _judged_topic(s, trigger))
        or (with_agents and _reaction_topic(s, trigger))
        or (with_agents and _set_off_topic(s, trigger))
        or (with_agents and _urged_topic(s, trigger))
        or (with_agents and _sentence_topic(s))
        or (with_agents and charge_topic(s, trigger))
        # "upgraded their diplomatic ties": the phrase holds what it is about.
        or (trigger.phrase.endswith(("ties", "relations")) and readable(s.text, trigger.start))
        # "offered to mediate between Chile and Peru", "to act as a mediator between ...":
        # the mediation, not "between ..."
        or (trigger.phrase.endswith("mediate") and readable(s.text, trigger.end - len("mediate")))
        or (
            "act as" in trigger.phrase
            and readable(s.text, trigger.start + trigger.phrase.index("act as"))
        )
        or _called_for_topic(s, trigger)
        or antecedent_topic(s, trigger)
        or accusation_topic(s, trigger)
        or reason_topic(s, trigger)
        or characterised(s, trigger)
        or restraint_topic(s, trigger)
        or past_the_warned(s, trigger)
        or readable(s.text, past_addressee(s, trigger.end))
        or readable(s.text, trigger.start)
        or _quoted(s, trigger)
        or readable(s.text, _past_reporting_clause(s), 16)
    )
    if topic:
        topic = relative_clause_end(s, trigger, topic)
    # "thanked him for his leadership": what for, not "him for his leadership"
    reason = _PRONOUN_FOR.match(topic) if topic else None
    return reason.group(1) if reason is not None else topic


# "called for an investigation | into the killings": the noun the call ends on heads
# what it asks for, not the words after it alone.
_CALLED_FOR_NOUN = re.compile(r"\b(?:an?|the)\s+(?:investigation|inquiry)\Z")


def _called_for_topic(s: RuleSentence, trigger: Hit) -> str | None:
    """What a call for an inquiry asks for, from the inquiry's article on."""
    noun = _CALLED_FOR_NOUN.search(s.text, trigger.start, trigger.end)
    return None if noun is None else readable(s.text, noun.start())


# A pronoun object, then what it is praised or blamed for.
_PRONOUN_FOR = re.compile(
    r"(?:him|her|them|it|us|me)\s+for\s+((?:[\w'\u2019-]+\s+)+[\w'\u2019-]+.*)\Z"
)


_THAT = re.compile(r"\s+that\b")


def _past_reporting_clause(s: RuleSentence) -> int:
    """Where the sentence's own words start: past a reporting clause that opens it ("He
    said (that) ..."), which says who spoke, not what about."""
    first = next(iter(s.find("reporting")), None)
    if (
        first is None
        or first.phrase.startswith("according")
        or len(s.text[: first.start].split()) > 5
    ):
        return 0
    that = _THAT.match(s.text, first.end)
    return that.end() if that is not None else first.end


_WORDS = re.compile(r"[A-Za-z]+")
_FILLERS = frozenset({"the", "a", "an", "of", "and", "his", "her", "its", "their", "s"})


def names_only_holder(s: RuleSentence, topic: str, code: str | None) -> bool:
    """Whether ``topic`` names nothing but the state ``code`` and its people and offices
    ("Chile's minister of mines, Juan Perez" as Chile's topic): no position's topic."""
    at = s.text.find(topic)
    if code is None or at < 0:
        return False
    end = at + len(topic)
    inside = [a for a in s.actors if at <= a.start and a.end <= end]
    if not inside or any(a.code != code for a in inside):
        return False
    rest = s.text[at:end]
    for mention in reversed(inside):
        rest = rest[: mention.start - at] + " " + rest[mention.end - at :]
    offices = gazetteer().office_words
    # A capitalised word the rules do not know is a name too ("minister of mines, Juan
    # Perez" when the people file lacks him).
    return all(
        word[0].isupper() or word in NAME_PARTICLES or word.lower() in offices or word in _FILLERS
        for word in _WORDS.findall(rest)
    )
