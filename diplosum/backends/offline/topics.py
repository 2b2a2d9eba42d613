"""A stance's topic: what the position is about, as a phrase a person can read.

After the trigger, past the one addressed ("lodged a complaint with the United Nations |
over the incident"); for a judgment said of a subject, the subject and the judgment
("Peru's plan was unacceptable"); for a stance with its agent after "by", the sentence
("The plan was welcomed by Egypt"); inside a quotation, what was said.
"""

from __future__ import annotations

import re

from ...text.dates import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS
from ...text.gazetteer import gazetteer
from .agents import charge_before_agent, reaction_about
from .lexicon import Hit
from .phrases import readable
from .positions import PATIENT_VERBS
from .quotations import open_quote
from .sentence import RuleSentence

__all__ = ["names_only_holder", "past_feeling", "received_topic", "stance_topic"]

# What a judgment is said of: from the last reporting verb, "that" or clause break before it.
_JUDGED_FROM = re.compile(r"(?:\b(?:said|says|that)\s+|[,:\"\u201c]\s*|\A\s*)")

# (after a closing mark: 'expressed "deep concern" to Chile about')
_ADDRESSED = re.compile(r"[\"\u201d]?\s+(?:with|to)\s+")
_ABOUT = re.compile(r"\s+(?:over|about|against|on|regarding|concerning)\s+")
# The rest of the one addressed before "about": "to Chile's trade minister on Friday |
# about", "to Chilean officials | over".
_ADDRESSEE_REST = re.compile(
    r"(?:'s|\u2019s)?(?:\s+[a-z][\w-]*){0,3}?(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?"
    r"\s+(?:over|about|regarding|concerning)\s+"
)


def _past_addressee(s: RuleSentence, offset: int) -> int:
    """Where a stance's topic starts after ``offset``: past the one addressed ("lodged a
    complaint with the United Nations | over the incident", "protested to Chile | about")."""
    addressed = _ADDRESSED.match(s.text, offset)
    party = s.after(offset) if addressed is not None else None
    if addressed is None or party is None:
        return offset
    if s.text[addressed.end() : party.start].strip().lower() not in ("", "the"):
        return offset
    about = _ABOUT.match(s.text, party.end) or _ADDRESSEE_REST.match(s.text, party.end)
    return about.end() if about is not None else offset


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
    about = _ABOUT.match(s.text, feeling.end())
    if about is not None:
        return about.end()
    past = _past_addressee(s, feeling.end())
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


def _asked_for(s: RuleSentence, asked: int) -> str | None:
    asked = _past_addressee(s, asked)  # "U.S. concern to Chile's envoy | about the arrests"
    end = _PHRASE_END.search(s.text, asked)
    return readable(s.text[: end.start()] if end else s.text, asked)


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
    return (
        (asked is not None and _asked_for(s, asked))
        or ((judged or with_agents) and _relative_subject(s, trigger))
        or (judged and _judged_topic(s, trigger))
        or (with_agents and _reaction_topic(s, trigger))
        or (with_agents and _set_off_topic(s, trigger))
        or (with_agents and _urged_topic(s, trigger))
        or (with_agents and _sentence_topic(s))
        or (with_agents and _charge(s, trigger))
        # "upgraded their diplomatic ties": the phrase holds what it is about.
        or (trigger.phrase.endswith(("ties", "relations")) and readable(s.text, trigger.start))
        or _antecedent_topic(s, trigger)
        or _characterised(s, trigger)
        or _restraint(s, trigger)
        or readable(s.text, _past_addressee(s, trigger.end))
        or readable(s.text, trigger.start)
        or _quoted(s, trigger)
        or readable(s.text, _past_reporting_clause(s), 16)
    )


# Who restraint is asked of, right after it: "urged restraint on both sides".
_OF_SIDES = re.compile(
    r"\s+(?:on|from|by)\s+(?:all|both|the\s+two)\s+(?:sides|parties|countries)\b"
)

_IN_DOING = re.compile(r"\s+in\s+[a-z]+ing\b")


def _restraint(s: RuleSentence, trigger: Hit) -> str | None:
    """A call for restraint names what it asks: the call itself, with those it asks it
    of ("asked for restraint on both sides") or in what ("urged restraint in curbing
    clashes"), not what follows ("during a briefing")."""
    if not trigger.phrase.endswith("restraint"):
        return None
    if _IN_DOING.match(s.text, trigger.end):
        return readable(s.text, trigger.start)  # "urged restraint in curbing any clash"
    sides = _OF_SIDES.match(s.text, trigger.end)
    return s.text[trigger.start : sides.end() if sides else trigger.end]


def _charge(s: RuleSentence, trigger: Hit) -> str | None:
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


def _characterised(s: RuleSentence, trigger: Hit) -> str | None:
    """The object of a verb that calls it something, without what it is called ("rejected
    the report | as baseless" is about the report), when it is two words or more."""
    if trigger.phrase not in _CHARACTERISING or _BY.match(s.text, trigger.end):
        return None  # "welcomed by the World Bank as ...": a passive, its agent follows
    start = _past_addressee(s, trigger.end)
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


def _antecedent_topic(s: RuleSentence, trigger: Hit) -> str | None:
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


def _relative_subject(s: RuleSentence, trigger: Hit) -> str | None:
    """What a passive relative clause on its stance verb is about: the noun phrase it
    follows ("secured the deal that was approved by EU leaders" is about the deal)."""
    relative = _RELATIVE_PASSIVE.search(s.text, max(0, trigger.start - 40), trigger.start)
    if relative is None:
        return None
    noun = _ANTECEDENT.search(s.text, max(0, relative.start() - 60), relative.start())
    return None if noun is None else readable(s.text[: relative.start()], noun.start())


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
# Particles of names: "Alfredo del Mazo", "Ursula von der Leyen".
_PARTICLES = frozenset({"de", "del", "della", "da", "di", "dos", "das", "do", "la", "le"})
_PARTICLES |= frozenset({"van", "von", "der", "den", "bin", "al", "el", "ibn"})


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
        word[0].isupper() or word in _PARTICLES or word.lower() in offices or word in _FILLERS
        for word in _WORDS.findall(rest)
    )
